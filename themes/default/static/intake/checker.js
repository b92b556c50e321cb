// Deskbook's pre-submission checker for the browser and Node 20, with no dependencies beyond the shared
// text analyzer. The rules arrive as data: the JSON that `IntakeRules.browserJSON()` writes from intake.yml,
// with defaults, stems and messages already resolved. Every step mirrors the Swift checker in
// Sources/DeskbookIntake (named in the comments), so both give the same findings, messages, route and
// expected response; Tests/Fixtures/intake holds the shared cases that prove it.
import { analyze, bloomPositions, termScript } from '../search/search.js';

export { bloomPositions };

// The codes of reading a request (FindingCode.reading in Swift); each check names its own codes in CHECKS.
// FindingCode.defaultSeverity is resolved into rules.severities.
const CODE = Object.freeze({
  requestEncoding: 'request.encoding',
  requestSyntax: 'request.syntax',
  requestNotObject: 'request.not-object',
  requestTooLarge: 'request.too-large',
  requestEmpty: 'request.empty',
  requestUnknownField: 'request.unknown-field',
  requestWrongType: 'request.wrong-type',
});

// MessageCatalog.Key
const KEY = Object.freeze({
  firstResponse: 'schedule.first-response',
  resolution: 'schedule.resolution',
  expectText: 'expect.text',
  expectFiles: 'expect.files',
  expectFlag: 'expect.flag',
});

const MAX_SAFE = 9007199254740991;
const DAY = 86400;
const HORIZON_DAYS = 3700;

/**
 * Checks a request: `fields` is the object of field values, `lang` the request language, `at` the submission
 * time (Date, ISO string or milliseconds; default now), `suggestions` the search engine's articles for the
 * subject and description (suggestionQuery of request-form.js), best first, scored 0..1, and
 * `questionSuggestions` the articles for each question of topicQuestions(), by question. Leave either out when
 * there was no search: the rules that need it then say nothing. Returns
 * `{ready, findings: [{severity, code, field, message}], suggestions, route, expected_response}`.
 */
export function check(rules, fields, { lang, at, suggestions, questionSuggestions } = {}) {
  const language = rules.languages.includes(lang) ? lang : rules.default_language;
  const findings = new FindingList(rules, language);
  if (!isObject(fields)) {
    findings.add(CODE.requestNotObject, null);
    return result(findings);
  }
  const values = readFields(fields, rules, findings);
  if (values.values.size === 0) {
    findings.add(CODE.requestEmpty, null);
    return result(findings);
  }
  const context = new CheckContext(rules, language, values, findings, Array.isArray(suggestions) ? suggestions : null);
  context.questionSearches = isObject(questionSuggestions) ? questionSuggestions : null;
  for (const entry of CHECKS) entry.check(context);
  const instant = Math.floor(toDate(at).getTime() / 1000);
  return result(findings, context.suggestions, route(context), expectedResponse(context, instant));
}

/**
 * The checks in the order they run, each with its name and the finding codes it may report: the twin of
 * IntakeChecks.all in Swift (Sources/DeskbookIntake/Checking/IntakeChecks.swift), the same names in the same
 * order, as Tests/Fixtures/checks.json records for both test suites. A new rule is one function below
 * and one entry here.
 */
export const CHECKS = Object.freeze([
  { name: 'fields', codes: ['field.required', 'subject.empty', 'field.too-long', 'field.too-short', 'field.option', 'field.format', 'field.markup', 'field.file-type', 'field.nul-character'], check: checkFields },
  { name: 'required-groups', codes: ['field.one-of-required'], check: checkRequiredGroups },
  { name: 'subject', codes: ['subject.generic', 'subject.unrelated'], check: checkSubject },
  { name: 'follow-up', codes: ['followup.ticket-missing', 'followup.number-hint'], check: checkFollowUp },
  { name: 'abuse', codes: ['language.abusive'], check: checkAbuse },
  { name: 'conduct', codes: ['language.threat', 'language.discriminatory', 'language.personal-attack'], check: checkConduct },
  { name: 'unclear', codes: ['request.wrong-layout', 'request.unclear'], check: checkUnclear },
  { name: 'scope', codes: ['scope.outside'], check: checkScope },
  { name: 'error-report', codes: ['error-report.steps', 'error-report.evidence'], check: checkErrorReport },
  { name: 'topics', codes: ['topic.multiple'], check: checkTopics },
  { name: 'documentation', codes: ['docs.likely-answer'], check: checkDocumentation },
  { name: 'competence', codes: ['scope.out-of-competence'], check: checkCompetence },
].map(Object.freeze));

/**
 * Checks a request file's bytes (Uint8Array), as `IntakeChecker.check(data:)` does: size, UTF-8 and JSON
 * first. Only JSON is read here; YAML requests are for the command line.
 */
export function checkBytes(rules, bytes, options = {}) {
  const read = readRequest(bytes, rules.limits.request_bytes);
  if (read.problem) {
    const language = rules.languages.includes(options.lang) ? options.lang : rules.default_language;
    const findings = new FindingList(rules, language);
    findings.add(read.problem.code, null, read.problem.values);
    return result(findings);
  }
  return check(rules, read.value, options);
}

/** RequestReader.read: `{value}` or `{problem: {code, values}}`; JSON is read by readRequestJSON. */
export function readRequest(bytes, limit) {
  if (bytes.length > limit) return { problem: { code: CODE.requestTooLarge, values: { max: String(limit) } } };
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: { code: CODE.requestEncoding, values: {} } };
  }
  const trimmed = text.replace(/^[\s\uFEFF]+/, '');
  if (trimmed === '') return { value: {} };
  try {
    return { value: readRequestJSON(trimmed) };
  } catch {
    return { problem: { code: CODE.requestSyntax, values: {} } };
  }
}

// ---- RequestJSON ----

const MAX_JSON_DEPTH = 64;
const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const JSON_ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * RequestJSON.parse: one JSON value by RFC 8259, strictly. A key given twice in one object throws (keys compared
 * in normalization form C, as Swift compares strings: back ends disagree on which value wins), numbers beyond
 * the double range are ±Infinity, an escaped surrogate without its pair and a raw control character throw, and
 * objects and arrays nest at most MAX_JSON_DEPTH deep. Throws SyntaxError.
 */
function readRequestJSON(text) {
  let index = 0;
  const fail = () => {
    throw new SyntaxError(`request JSON: unexpected input at ${index}`);
  };
  const skipSpace = () => {
    while (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r') index++;
  };
  const expect = (character) => {
    if (text[index] !== character) fail();
    index++;
  };
  const hexUnit = () => {
    const digits = text.slice(index, index + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) fail();
    index += 4;
    return parseInt(digits, 16);
  };
  const isLead = (unit) => unit >= 0xd800 && unit <= 0xdbff;
  const isTrail = (unit) => unit >= 0xdc00 && unit <= 0xdfff;
  const escape = () => {
    const character = text[index++];
    if (Object.prototype.hasOwnProperty.call(JSON_ESCAPES, character)) return JSON_ESCAPES[character];
    if (character !== 'u') fail();
    const unit = hexUnit();
    if (isTrail(unit)) fail();
    if (!isLead(unit)) return String.fromCharCode(unit);
    expect('\\');
    expect('u');
    const trail = hexUnit();
    if (!isTrail(trail)) fail();
    return String.fromCharCode(unit, trail);
  };
  const string = () => {
    index++;
    let result = '';
    let start = index;
    for (;;) {
      if (index >= text.length) fail();
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        result += text.slice(start, index++);
        return result;
      }
      if (code === 0x5c) {
        result += text.slice(start, index++);
        result += escape();
        start = index;
      } else if (code < 0x20) {
        fail();
      } else {
        index++;
      }
    }
  };
  const number = () => {
    JSON_NUMBER.lastIndex = index;
    const match = JSON_NUMBER.exec(text);
    if (!match) fail();
    index = JSON_NUMBER.lastIndex;
    return Number(match[0]);
  };
  const literal = (word, result) => {
    if (!text.startsWith(word, index)) fail();
    index += word.length;
    return result;
  };
  const object = (depth) => {
    if (depth > MAX_JSON_DEPTH) fail();
    index++;
    const members = {};
    const keys = new Set();
    skipSpace();
    if (text[index] === '}') {
      index++;
      return members;
    }
    for (;;) {
      skipSpace();
      if (text[index] !== '"') fail();
      const key = string();
      skipSpace();
      expect(':');
      skipSpace();
      const member = value(depth + 1);
      const normalized = key.normalize('NFC');
      if (keys.has(normalized)) fail();
      keys.add(normalized);
      // defineProperty, so that a key such as "__proto__" is a member like any other.
      Object.defineProperty(members, key, { value: member, enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[index] === ',') {
        index++;
        continue;
      }
      expect('}');
      return members;
    }
  };
  const array = (depth) => {
    if (depth > MAX_JSON_DEPTH) fail();
    index++;
    const items = [];
    skipSpace();
    if (text[index] === ']') {
      index++;
      return items;
    }
    for (;;) {
      skipSpace();
      items.push(value(depth + 1));
      skipSpace();
      if (text[index] === ',') {
        index++;
        continue;
      }
      expect(']');
      return items;
    }
  };
  const value = (depth) => {
    switch (text[index]) {
      case '{': return object(depth);
      case '[': return array(depth);
      case '"': return string();
      case 't': return literal('true', true);
      case 'f': return literal('false', false);
      case 'n': return literal('null', null);
      default: return number();
    }
  };
  skipSpace();
  const result = value(1);
  skipSpace();
  if (index !== text.length) fail();
  return result;
}

function result(findings, suggestions = [], route = null, expected = null) {
  return {
    ready: !findings.findings.some((finding) => finding.severity === 'error'),
    findings: findings.findings,
    suggestions,
    route,
    expected_response: expected,
  };
}

function toDate(at) {
  if (at === undefined || at === null) return new Date();
  return at instanceof Date ? at : new Date(at);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// ---- MessageFormatter and FindingList ----

function formatMessage(rules, language, key, values = {}) {
  const template = rules.messages[key]?.[language] ?? '';
  let out = '';
  let rest = template;
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    out += rest.slice(0, open);
    const after = rest.slice(open + 1);
    const close = after.indexOf('}');
    const name = close >= 0 ? after.slice(0, close) : null;
    if (name !== null && Object.prototype.hasOwnProperty.call(values, name)) {
      out += values[name];
      rest = after.slice(close + 1);
    } else {
      out += '{';
      rest = after;
    }
  }
  return out + rest;
}

class FindingList {
  constructor(rules, language) {
    this.rules = rules;
    this.language = language;
    this.findings = [];
  }

  add(code, field, values = {}) {
    this.findings.push({
      severity: this.rules.severities[code] ?? 'error',
      code,
      field: field ?? null,
      message: this.text(code, values),
    });
  }

  text(key, values) {
    return formatMessage(this.rules, this.language, key, values);
  }

  label(field) {
    return field.label[this.language] ?? '';
  }
}

// ---- RequestFields ----

function readFields(object, rules, findings) {
  const values = new Map();
  const invalid = new Set();
  let confirmedDocs = false;
  for (const key of Object.keys(object).sort()) {
    const raw = object[key] ?? null;
    if (key === rules.documentation?.confirm_field) {
      if (typeof raw === 'boolean') confirmedDocs = raw;
      else if (raw !== null) findings.add(CODE.requestWrongType, key, { label: key, expected: findings.text(KEY.expectFlag) });
      continue;
    }
    const field = rules.fields.find((candidate) => candidate.id === key);
    if (!field) {
      findings.add(CODE.requestUnknownField, key);
      continue;
    }
    const read = fieldValue(raw, field.type);
    if (read.expected) {
      invalid.add(key);
      findings.add(CODE.requestWrongType, key, { label: findings.label(field), expected: findings.text(read.expected) });
    } else if (read.value) {
      values.set(key, read.value);
    }
  }
  return { values, invalid, confirmedDocs };
}

function fieldValue(raw, type) {
  if (raw === null) return {};
  if (type === 'checkbox') {
    if (typeof raw !== 'boolean') return { expected: KEY.expectFlag };
    return raw ? { value: { flag: true } } : {};
  }
  if (type === 'file') {
    if (typeof raw === 'string') {
      const name = trim(raw);
      return name ? { value: { files: [name] } } : {};
    }
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) return { expected: KEY.expectFiles };
    const names = raw.map(trim).filter((name) => name.length > 0);
    return names.length ? { value: { files: names } } : {};
  }
  if (typeof raw === 'string') {
    const text = trim(raw);
    return text ? { value: { text } } : {};
  }
  if (typeof raw === 'number' && Number.isInteger(raw) && Math.abs(raw) <= MAX_SAFE) {
    return { value: { text: String(raw) } };
  }
  return { expected: KEY.expectText };
}

function fieldText(values, id) {
  return id == null ? null : values.values.get(id)?.text ?? null;
}

function holds(values, conditions) {
  return conditions.every((condition) => {
    const value = values.values.get(condition.field);
    if (value?.text !== undefined) return condition.values.includes(value.text);
    if (value?.flag) return condition.values.includes('true');
    return false;
  });
}

// ---- CheckContext and TermIndex ----

class CheckContext {
  // `searched`: the articles the search engine found for the subject and description, which checker.js gets
  // from the page (the Swift context asks its suggester), null when there was no search; `suggestions`: those
  // shown with the result.
  constructor(rules, language, fields, findings, searched = null) {
    this.rules = rules;
    this.language = language;
    this.fields = fields;
    this.findings = findings;
    this.searched = searched;
    this.questionSearches = null;
    this.suggestions = [];
    this.oversized = new Set();
    this.cache = new Map();
    this.wordCache = new Map();
  }

  readable(id) {
    if (id == null || this.oversized.has(id)) return null;
    return fieldText(this.fields, id);
  }

  get subject() {
    return this.readable(this.rules.subject_field);
  }

  get body() {
    return this.readable(this.rules.body_field);
  }

  get mainTexts() {
    return [this.subject, this.body].filter((text) => text !== null);
  }

  terms(text) {
    let terms = this.cache.get(text);
    if (!terms) {
      terms = analyze(text, this.language);
      this.cache.set(text, terms);
    }
    return terms;
  }

  words(text) {
    let words = this.wordCache.get(text);
    if (!words) {
      words = analyze(text, this.language, { keepStopWords: true });
      this.wordCache.set(text, words);
    }
    return words;
  }

  matchCount(keywords, texts) {
    const analysed = texts.map((text) => this.terms(text));
    return keywords.filter((phrase) => analysed.some((terms) => containsPhrase(terms, phrase))).length;
  }

  matches(keywords, texts) {
    return this.matchCount(keywords, texts) > 0;
  }

  // CheckContext.searchResults: at most searchLimit(rules) articles, null without a search, a rule that
  // searches, or text.
  searchResults() {
    const limit = searchLimit(this.rules);
    if (this.searched === null || limit === null || this.mainTexts.length === 0) return null;
    return this.searched.slice(0, limit);
  }
}

/**
 * How many articles the search for a request returns (IntakeRules.searchLimit): documentation.limit, or
 * out_of_competence.limit; null when no rule searches, and the request form does not search then.
 */
export function searchLimit(rules) {
  return rules?.documentation?.limit ?? rules?.out_of_competence?.limit ?? null;
}

function containsPhrase(terms, phrase) {
  if (phrase.length === 0 || phrase.length > terms.length) return false;
  for (let start = 0; start <= terms.length - phrase.length; start++) {
    if (phraseStartsAt(phrase, start, terms)) return true;
  }
  return false;
}

function phraseStartsAt(phrase, start, terms) {
  return phrase.length > 0 && start + phrase.length <= terms.length && phrase.every((term, offset) => terms[start + offset] === term);
}

// ---- FieldChecks ----

function checkFields(context) {
  for (const field of context.rules.fields) {
    const value = context.fields.values.get(field.id);
    if (!value) {
      if (!context.fields.invalid.has(field.id)) checkMissing(context, field);
    } else if (value.text !== undefined) {
      checkText(context, value.text, field);
    } else if (value.files) {
      checkFiles(context, value.files, field);
    }
  }
}

function checkMissing(context, field) {
  const { rules, findings } = context;
  const isSubject = field.id === rules.subject_field && rules.subject != null;
  const conditional = field.required_when.length > 0 && holds(context.fields, field.required_when);
  if (!(field.required || isSubject || conditional)) return;
  findings.add(isSubject ? 'subject.empty' : 'field.required', field.id, { label: findings.label(field) });
}

// A group none of whose fields has a value, or a value that could not be read, is reported at its first field.
function checkRequiredGroups(context) {
  const { rules, findings } = context;
  for (const group of rules.require_one_of) {
    if (group.some((id) => context.fields.values.has(id) || context.fields.invalid.has(id))) continue;
    const labels = group.map((id) => findings.label(rules.fields.find((field) => field.id === id)));
    findings.add('field.one-of-required', group[0], { labels: labels.join(', ') });
  }
}

function checkText(context, text, field) {
  const { findings } = context;
  const label = findings.label(field);
  const length = Array.from(text).length;
  if (length > field.max_length) {
    context.oversized.add(field.id);
    findings.add('field.too-long', field.id, { label, max: String(field.max_length) });
  } else if (field.min_length != null && length < field.min_length) {
    findings.add('field.too-short', field.id, { label, min: String(field.min_length) });
  }
  if (field.type === 'select') {
    if (!field.options.some((option) => option.value === text)) findings.add('field.option', field.id, { label });
  } else if (field.pattern != null && !context.oversized.has(field.id) && !matchesWhole(text, field.pattern)) {
    findings.add('field.format', field.id, { label, example: field.example ?? '' });
  }
  if (hasMarkup(text)) findings.add('field.markup', field.id, { label });
  checkNul(context, [text], field);
}

function checkFiles(context, names, field) {
  const rejected = field.accept.length > 0 && names.some((name) => {
    const dot = name.lastIndexOf('.');
    return dot < 0 || !field.accept.includes(name.slice(dot).toLowerCase());
  });
  if (rejected) {
    const { findings } = context;
    findings.add('field.file-type', field.id, { label: findings.label(field), accept: field.accept.join(', ') });
  }
  checkNul(context, names, field);
}

// A NUL character is refused: back ends cut text at it or cannot store it.
function checkNul(context, texts, field) {
  if (texts.some((text) => text.includes('\u0000'))) {
    context.findings.add('field.nul-character', field.id, { label: context.findings.label(field) });
  }
}

// ---- FieldFormat ----

const patterns = new Map();

function compiled(source) {
  let expression = patterns.get(source);
  if (!expression) {
    expression = new RegExp(source, 'u');
    patterns.set(source, expression);
  }
  return expression;
}

function matchesWhole(value, pattern) {
  return compiled('^(?:' + pattern + ')$').test(value);
}

function containsPattern(text, pattern) {
  return compiled(pattern).test(text);
}

// ---- Language rules: SubjectCheck, FollowUpCheck, AbuseCheck, ScopeCheck, ErrorReportCheck, TopicCheck ----

function checkSubject(context) {
  const { rules, findings } = context;
  const subject = context.subject;
  if (!rules.subject || subject === null) return;
  const generic = new Set(rules.subject.generic_words.flat());
  const own = new Set(context.terms(subject).filter((term) => !generic.has(term)));
  if (own.size === 0) {
    findings.add('subject.generic', rules.subject_field);
    return;
  }
  const body = context.body;
  if (rules.subject.related_to_body && body !== null && !context.terms(body).some((term) => own.has(term))) {
    findings.add('subject.unrelated', rules.subject_field);
  }
}

// Whether the request continues an open one: its values meet follow_up.when.
function isFollowUp(context) {
  const rule = context.rules.follow_up;
  return Boolean(rule) && rule.when.length > 0 && holds(context.fields, rule.when);
}

// An oversized subject (already an error) is not searched: no pattern runs on text over its field's limit.
function checkFollowUp(context) {
  const { rules, findings } = context;
  const rule = rules.follow_up;
  if (!rule || context.oversized.has(rules.subject_field)) return;
  if (containsPattern(context.subject ?? '', rule.ticket_pattern)) return;
  if (isFollowUp(context)) {
    findings.add('followup.ticket-missing', rules.subject_field, { example: rule.example });
  } else if (context.matches(rule.mentions, context.mainTexts)) {
    findings.add('followup.number-hint', rules.subject_field, { example: rule.example });
  }
}

function checkAbuse(context) {
  const words = context.rules.abuse;
  if (!words) return;
  for (const field of context.rules.fields) {
    if (field.type !== 'text' && field.type !== 'textarea') continue;
    const text = context.readable(field.id);
    if (text !== null && context.matches(words, [text])) context.findings.add('language.abusive', field.id);
  }
}

function checkConduct(context) {
  const rule = context.rules.conduct;
  if (!rule) return;
  for (const field of context.rules.fields) {
    if (field.type !== 'text' && field.type !== 'textarea') continue;
    const text = context.readable(field.id);
    if (text === null) continue;
    const words = context.words(text);
    if (rule.threats.some((phrase) => containsPhrase(words, phrase)) || menaces(words, rule)) {
      context.findings.add('language.threat', field.id);
    }
    if (rule.slurs.some((phrase) => containsPhrase(words, phrase))) context.findings.add('language.discriminatory', field.id);
    const abusive = context.findings.findings.some((finding) => finding.code === 'language.abusive' && finding.field === field.id);
    if (!abusive && insultsTheReader(words, rule)) context.findings.add('language.personal-attack', field.id);
  }
}

// A menace: its subject, then its other terms within `rule.menace_gap` terms, with no negation from the
// subject to the term after the menace.
function menaces(words, rule) {
  for (let start = 0; start < words.length; start++) {
    for (const phrase of rule.menaces) {
      if (phrase.length < 2 || phrase[0] !== words[start]) continue;
      const rest = phrase.slice(1);
      for (let next = start + 1; next < Math.min(start + 2 + rule.menace_gap, words.length); next++) {
        if (!phraseStartsAt(rest, next, words)) continue;
        const end = Math.min(next + rest.length + 1, words.length);
        const span = words.slice(start, end);
        if (!rule.negations.some((negation) => containsPhrase(span, negation))) return true;
      }
    }
  }
  return false;
}

// An insult starting within `rule.window` terms after the end of an address.
function insultsTheReader(words, rule) {
  for (let start = 0; start < words.length; start++) {
    for (const address of rule.address) {
      if (!phraseStartsAt(address, start, words)) continue;
      const first = start + address.length;
      for (let next = first; next < Math.min(first + rule.window, words.length); next++) {
        if (rule.insults.some((phrase) => phraseStartsAt(phrase, next, words))) return true;
      }
    }
  }
  return false;
}

// ---- UnclearCheck, KnownWords and KeyboardLayout ----

// A description whose prose (outside code fences and log lines) has too few known words: a warning, or,
// when the same keys in the other layout (QWERTY and ЙЦУКЕН) give known words, a hint with that text.
function checkUnclear(context) {
  const rule = context.rules.unclear;
  const body = context.body;
  if (!rule || body === null) return;
  const field = context.rules.body_field;
  if (context.findings.findings.some((finding) => finding.code === 'field.too-short' && finding.field === field)) return;
  const prose = proseLines(body).join('\n');
  if (isUnderstood(context, rule, prose)) return;
  const swapped = swapLayout(prose);
  if (isUnderstood(context, rule, swapped)) {
    context.findings.add('request.wrong-layout', field, { text: excerpt(swapped, LAYOUT_EXCERPT) });
  } else {
    context.findings.add('request.unclear', field);
  }
}

const LAYOUT_EXCERPT = 60;

// One-letter terms ("a", "в", and a stray "e" of a layout mix-up) count neither way.
function isUnderstood(context, rule, text) {
  let letterTerms = 0;
  let known = 0;
  for (const term of context.words(text)) {
    const script = Array.from(term).length >= 2 ? termScript(term) : null;
    if (script === null) continue;
    letterTerms += 1;
    if (knows(rule.filters[script], term)) known += 1;
  }
  return known >= rule.min_known && known * 100 >= rule.min_percent * letterTerms;
}

const filterBits = new Map();

function knows(filter, term) {
  if (!filter) return false;
  let bits = filterBits.get(filter.bits);
  if (!bits) {
    bits = Uint8Array.from(atob(filter.bits), (character) => character.charCodeAt(0));
    filterBits.set(filter.bits, bits);
  }
  return bloomPositions(term, filter.size, filter.hashes).every((position) => (bits[position >> 3] & (1 << (position & 7))) !== 0);
}

// The lines a person wrote: not inside a code fence, not log lines.
function proseLines(text) {
  const kept = [];
  let fenced = false;
  for (const line of lines(text)) {
    if (trim(line).startsWith('```')) {
      fenced = !fenced;
      continue;
    }
    if (!fenced && !isLogLine(line)) kept.push(line);
  }
  return kept;
}

// A line with a date or time stamp, a stack frame ("at com.example.Service.run(...)"), or at least as many
// code-like chunks (digits, inner punctuation, camelCase) as words.
function isLogLine(line) {
  const chunks = spaceSeparated(line).map(stripChunk).filter((chunk) => chunk !== '');
  if (chunks.some(isStamp)) return true;
  if (chunks.length >= 2 && chunks[0] === 'at' && isCodeChunk(chunks[1])) return true;
  const code = chunks.filter(isCodeChunk).length;
  return code > 0 && code >= chunks.length - code;
}

function spaceSeparated(text) {
  const chunks = [''];
  for (const character of text) {
    if (isSpace(character)) chunks.push('');
    else chunks[chunks.length - 1] += character;
  }
  return chunks;
}

const CHUNK_EDGES = new Set(Array.from('"\'()[]{}<>,;:!?.\u00ab\u00bb\u201c\u201d\u201e'));
const CODE_MARKS = new Set(Array.from('._/\\:=@#$%&*+|<>()[]{}'));

function stripChunk(chunk) {
  const characters = Array.from(chunk);
  let start = 0;
  let end = characters.length;
  while (start < end && CHUNK_EDGES.has(characters[start])) start += 1;
  while (end > start && CHUNK_EDGES.has(characters[end - 1])) end -= 1;
  return characters.slice(start, end).join('');
}

function isDigit(character) {
  return character >= '0' && character <= '9';
}

// Digits, inner punctuation of code, or a capital after a small letter (camelCase), in Latin or Cyrillic.
function isCodeChunk(chunk) {
  let afterSmall = false;
  for (const character of chunk) {
    if (isDigit(character) || CODE_MARKS.has(character)) return true;
    const code = character.codePointAt(0);
    const capital = (code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f) || code === 0x401;
    if (afterSmall && capital) return true;
    afterSmall = (code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f) || code === 0x451;
  }
  return false;
}

// A chunk starting with a time (9:41:07) or a date (2026-02-10, 2026/02/10, 2026.02.10).
function isStamp(chunk) {
  const characters = Array.from(chunk);
  const digits = (from, count) => characters.length >= from + count && characters.slice(from, from + count).every(isDigit);
  const separator = (at) => characters[at] === '-' || characters[at] === '/' || characters[at] === '.';
  if (digits(0, 4) && separator(4) && digits(5, 2) && separator(7) && digits(8, 2)) return true;
  const hour = digits(0, 2) ? 2 : digits(0, 1) ? 1 : 0;
  return hour > 0 && characters[hour] === ':' && digits(hour + 1, 2) && characters[hour + 3] === ':' && digits(hour + 4, 2);
}

const LATIN_KEYS = 'qwertyuiop[]asdfghjkl;\'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~';
const CYRILLIC_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ';
const TO_CYRILLIC = new Map(Array.from(LATIN_KEYS).map((key, index) => [key, CYRILLIC_KEYS[index]]));
const TO_LATIN = new Map(Array.from(CYRILLIC_KEYS).map((key, index) => [key, LATIN_KEYS[index]]));

function isLatinLetter(character) {
  return character !== undefined && ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z'));
}

// The text as the same keys give it in the other layout: Latin letters to Cyrillic and back. A punctuation
// key that stands for a Cyrillic letter (",", ";", "[") changes only between two Latin letters.
function swapLayout(text) {
  const characters = Array.from(text);
  return characters.map((character, index) => {
    const cyrillic = TO_CYRILLIC.get(character);
    if (cyrillic !== undefined && (isLatinLetter(character) || (isLatinLetter(characters[index - 1]) && isLatinLetter(characters[index + 1])))) {
      return cyrillic;
    }
    return TO_LATIN.get(character) ?? character;
  }).join('');
}

// The first `limit` characters of the trimmed text, with an ellipsis when cut.
function excerpt(text, limit) {
  const characters = [];
  for (const character of trim(text)) {
    if (!isSpace(character)) characters.push(character);
    else if (characters[characters.length - 1] !== ' ') characters.push(' ');
  }
  return characters.length <= limit ? characters.join('') : characters.slice(0, limit).join('') + '\u2026';
}

function checkScope(context) {
  for (const topic of context.rules.out_of_scope) {
    // Small words included, as in CheckContext.checkScope: "call me" is not any "call".
    if (!context.mainTexts.some((text) => topic.words.some((phrase) => containsPhrase(context.words(text), phrase)))) continue;
    const pointer = topic.pointer[context.language] ?? '';
    context.findings.add('scope.outside', null, { pointer: topic.url != null ? pointer + ' ' + topic.url : pointer });
  }
}

function checkErrorReport(context) {
  const { rules, findings } = context;
  const rule = rules.error_reports;
  const body = context.body;
  if (!rule || body === null) return;
  const isErrorReport = (rule.when.length > 0 && holds(context.fields, rule.when)) || context.matches(rule.words, context.mainTexts);
  if (!isErrorReport) return;
  if (rule.requires_steps && !hasSteps(context, body, rule)) findings.add('error-report.steps', rules.body_field);
  const hasEvidence = rule.evidence_fields.some((id) => context.fields.values.has(id))
    || (rule.quoted_evidence && hasQuotedFragment(body)) || body.includes('```');
  if (!hasEvidence) findings.add('error-report.evidence', rule.evidence_fields[0] ?? rules.body_field);
}

// Steps as numbered lines, numbered inside a line, named by a steps word, or told as "first… then…".
function hasSteps(context, body, rule) {
  if (numberedLines(body).length >= 2 || hasInlineSteps(body) || context.matches(rule.steps_words, [body])) return true;
  const words = context.words(body);
  const first = words.findIndex((_, start) => rule.first_words.some((phrase) => phraseStartsAt(phrase, start, words)));
  if (first < 0) return false;
  const after = words.slice(first + 1);
  return rule.then_words.some((phrase) => containsPhrase(after, phrase));
}

function checkTopics(context) {
  const rule = context.rules.one_topic;
  const body = context.body;
  if (!rule || body === null) return;
  const asked = questions(body);
  const departments = asked.map((question) => bestDepartment(context, [question])?.id ?? null);
  const numbered = numberedLines(body).filter((line) => {
    const trimmed = trim(line);
    return trimmed.endsWith('?') || trimmed.endsWith('\uFF1F');
  });
  if (new Set(departments.filter((id) => id !== null)).size >= 2
    || questionsSpanSections(context, rule, asked, departments)
    || numbered.length >= rule.max_numbered_questions) {
    context.findings.add('topic.multiple', context.rules.body_field);
  }
}

// CheckContext.questionsSpanSections: two questions with confident articles, no section in common and not
// one department by words; a question the page did not search, or of one word besides the small ones, counts
// as one with no article.
function questionsSpanSections(context, rule, asked, departments) {
  const searches = context.questionSearches;
  if (rule.search_confidence == null || searches === null || asked.length < 2) return false;
  const sections = asked.map((question) => {
    // As in CheckContext.questionsSpanSections: one word besides the small ones names no topic.
    if (context.terms(question).length < 2) return new Set();
    const results = Object.hasOwn(searches, question) && Array.isArray(searches[question]) ? searches[question] : [];
    return new Set(results.slice(0, rule.search_limit)
      .filter((result) => result.score >= rule.search_confidence)
      .map((result) => sectionOf(result.url)));
  });
  for (let first = 0; first < sections.length; first++) {
    if (sections[first].size === 0) continue;
    for (let second = first + 1; second < sections.length; second++) {
      if (sections[second].size === 0) continue;
      const oneDepartment = departments[first] !== null && departments[first] === departments[second];
      const disjoint = ![...sections[first]].some((section) => sections[second].has(section));
      if (disjoint && !oneDepartment) return true;
    }
  }
  return false;
}

/** TopicRule.section: a page's address without its query, fragment and last path segment. */
export function sectionOf(url) {
  let path = '';
  for (const character of String(url)) {
    if (character === '?' || character === '#') break;
    path += character;
  }
  while (path.endsWith('/')) path = path.slice(0, -1);
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/**
 * The question sentences of the description that the topics check looks up in the search engine, for the
 * request form to search (each with one_topic.search_limit, then passed to check() as `questionSuggestions`):
 * none unless one_topic.search_confidence is set and the description, as the checker reads it, asks two or more.
 */
export function topicQuestions(rules, request) {
  const rule = rules?.one_topic;
  const id = rules?.body_field;
  if (rule?.search_confidence == null || id == null || !isObject(request) || typeof request[id] !== 'string') return [];
  const body = trim(request[id]);
  const field = rules.fields.find((candidate) => candidate.id === id);
  if (body === '' || (field && Array.from(body).length > field.max_length)) return [];
  const asked = questions(body);
  return asked.length >= 2 ? asked : [];
}

// ---- Router ----

function route(context) {
  const department = routedDepartment(context);
  return department ? { department: department.id, label: department.label[context.language] ?? '' } : null;
}

function routedDepartment(context) {
  const routing = context.rules.routing;
  if (!routing) return null;
  const category = fieldText(context.fields, context.rules.category_field);
  return bestDepartment(context, context.mainTexts, 'words_first')
    ?? (category !== null ? routing.departments.find((candidate) => candidate.categories.includes(category)) : undefined)
    ?? bestDepartment(context, context.mainTexts)
    ?? routing.departments.find((candidate) => candidate.id === routing.default_department)
    ?? null;
}

function bestDepartment(context, texts, keywords = 'words') {
  let best = null;
  let bestCount = 0;
  for (const department of context.rules.routing?.departments ?? []) {
    const count = context.matchCount(department[keywords], texts);
    if (count > 0 && count > bestCount) {
      best = department;
      bestCount = count;
    }
  }
  return best;
}

// ---- DocumentationCheck ----

function checkDocumentation(context) {
  const rule = context.rules.documentation;
  const results = context.searchResults();
  if (!rule || results === null) return;
  context.suggestions = results.slice(0, rule.limit).map(({ title, url, kind, score }) => ({ title, url, kind, score }));
  // A follow-up adds to a request already sent, so it is not held back by documentation first.
  if (context.fields.confirmedDocs || isFollowUp(context) || citesPage(context, rule.site)) return;
  const best = likelyAnswer(context.rules, context.suggestions);
  if (best) context.findings.add('docs.likely-answer', rule.confirm_field, { title: best.title });
}

// ---- CompetenceCheck ----

// Findings that already say why support cannot take the request.
const COMPETENCE_EXPLAINED = new Set(['scope.outside', 'request.unclear', 'request.wrong-layout']);

// No article at the rule's confidence and no department's words: the category picked does not count.
function checkCompetence(context) {
  const rule = context.rules.out_of_competence;
  const results = context.searchResults();
  if (!rule || results === null) return;
  if (context.findings.findings.some((finding) => COMPETENCE_EXPLAINED.has(finding.code))) return;
  if (results.some((result) => result.score >= rule.confidence)) return;
  if (bestDepartment(context, context.mainTexts, 'words_first') || bestDepartment(context, context.mainTexts)) return;
  context.findings.add('scope.out-of-competence', null);
}

// A text field holding the site's address followed by a page path (a character other than a space or '/').
function citesPage(context, site) {
  if (!site) return false;
  const address = Array.from(site);
  for (const field of context.rules.fields) {
    const text = fieldText(context.fields, field.id);
    if (text === null) continue;
    const scalars = Array.from(text).map((character) => (character >= 'A' && character <= 'Z' ? character.toLowerCase() : character));
    for (let start = 0; start < scalars.length - address.length; start += 1) {
      if (!address.every((character, offset) => scalars[start + offset] === character)) continue;
      const next = scalars[start + address.length];
      if (!isSpace(next) && next !== '/') return true;
    }
  }
  return false;
}

/**
 * The suggestion that probably answers the request: the most confident one at or above the documentation
 * rule's confidence, among the first `limit`; null when there is none. The request form asks about it.
 */
export function likelyAnswer(rules, suggestions) {
  const rule = rules?.documentation;
  if (!rule || !Array.isArray(suggestions)) return null;
  let best = null;
  for (const suggestion of suggestions.slice(0, rule.limit)) {
    if (suggestion.score >= rule.confidence && suggestion.score > (best?.score ?? -1)) best = suggestion;
  }
  return best;
}

// ---- TextScan ----

const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const QUOTE_PAIRS = [['"', '"'], ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['`', '`'], ['\u201E', '\u201C']];
const SENTENCE_ENDS = new Set(['.', '!', '?', '\n', '\u2026', '\uFF1F']);

function isSpace(character) {
  return SPACES.has(character.codePointAt(0));
}

function trim(text) {
  const characters = Array.from(text);
  let start = 0;
  let end = characters.length;
  while (start < end && isSpace(characters[start])) start++;
  while (end > start && isSpace(characters[end - 1])) end--;
  return characters.slice(start, end).join('');
}

function hasMarkup(text) {
  const characters = Array.from(text);
  const lastClose = characters.lastIndexOf('>');
  for (let index = 0; index + 1 < lastClose; index++) {
    if (characters[index] !== '<') continue;
    const next = characters[index + 1];
    if (next === '/' || next === '!' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) return true;
  }
  return false;
}

function lines(text) {
  return text.split('\n').filter((line) => line.length > 0);
}

function numberedLines(text) {
  return lines(text).filter((line) => {
    const characters = Array.from(trim(line));
    let index = 0;
    while (index < characters.length && index < 3 && characters[index] >= '0' && characters[index] <= '9') index++;
    return index > 0 && index + 1 < characters.length
      && (characters[index] === '.' || characters[index] === ')')
      && (characters[index + 1] === ' ' || characters[index + 1] === '\t');
  });
}

// `1.` or `1)` after the start or a space and before a space, then `2.` or `2)` the same way later on.
function hasInlineSteps(text) {
  const characters = Array.from(text);
  let expected = 1;
  let index = 0;
  while (index < characters.length) {
    let end = index;
    while (end < characters.length && end - index < 3 && characters[end] >= '0' && characters[end] <= '9') end++;
    const startsWord = index === 0 || isSpace(characters[index - 1]);
    if (end > index && startsWord && end + 1 < characters.length && (characters[end] === '.' || characters[end] === ')')
      && isSpace(characters[end + 1]) && Number(characters.slice(index, end).join('')) === expected) {
      if (expected === 2) return true;
      expected++;
    }
    index = Math.max(end, index + 1);
  }
  return false;
}

// A question without a short lead-in ending in a colon: a colon then a space after one to three words.
function withoutLeadIn(sentence) {
  const characters = Array.from(sentence);
  const colon = characters.indexOf(':');
  if (colon < 0 || colon + 1 >= characters.length || !isSpace(characters[colon + 1])) return sentence;
  const words = [];
  let word = '';
  for (const character of characters.slice(0, colon)) {
    if (isSpace(character)) {
      if (word) words.push(word);
      word = '';
    } else word += character;
  }
  if (word) words.push(word);
  if (words.length < 1 || words.length > 3) return sentence;
  const rest = trim(characters.slice(colon + 1).join(''));
  return rest ? rest : sentence;
}

function questions(text) {
  const result = [];
  let current = '';
  let inEnding = false;
  let isQuestion = false;
  const finish = () => {
    const sentence = withoutLeadIn(trim(current));
    if (isQuestion && sentence) result.push(sentence);
    current = '';
    inEnding = false;
    isQuestion = false;
  };
  for (const character of text) {
    if (SENTENCE_ENDS.has(character)) {
      inEnding = true;
      if (character === '?' || character === '\uFF1F') isQuestion = true;
    } else {
      if (inEnding) finish();
      current += character;
    }
  }
  finish();
  return result;
}

function hasQuotedFragment(text) {
  for (const line of lines(text)) {
    const characters = Array.from(line);
    for (const [open, close] of QUOTE_PAIRS) {
      let index = 0;
      for (;;) {
        const start = characters.indexOf(open, index);
        if (start < 0) break;
        const end = characters.indexOf(close, start + 1);
        if (end < 0) break;
        if (end - start - 1 >= 4) return true;
        index = end + 1;
        if (index >= characters.length) break;
      }
    }
  }
  return false;
}

// ---- CivilTime ----

function floorDiv(value, divisor) {
  return Math.floor(value / divisor);
}

function daysFromCivil(year, month, day) {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.trunc((shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.trunc((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days) {
  const shifted = days + 719468;
  const era = Math.trunc((shifted >= 0 ? shifted : shifted - 146096) / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.trunc((dayOfEra - Math.trunc(dayOfEra / 1460) + Math.trunc(dayOfEra / 36524) - Math.trunc(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100));
  const monthIndex = Math.trunc((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.trunc((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function weekday(days) {
  return ((((days % 7) + 7 + 3) % 7) + 1);
}

// ---- ZoneClock ----

const zoneFormats = new Map();

function offsetAt(zone, instant) {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    zoneFormats.set(zone, format);
  }
  const parts = {};
  for (const part of format.formatToParts(new Date(instant * 1000))) parts[part.type] = Number(part.value);
  const local = daysFromCivil(parts.year, parts.month, parts.day) * DAY + parts.hour * 3600 + parts.minute * 60 + parts.second;
  return local - instant;
}

function localTime(zone, instant) {
  return instant + offsetAt(zone, instant);
}

function instantOf(zone, local) {
  const guess = local - offsetAt(zone, local);
  return local - offsetAt(zone, guess);
}

function pad(value, width = 2) {
  return String(value).padStart(width, '0');
}

function iso(zone, instant) {
  const offset = offsetAt(zone, instant);
  const local = instant + offset;
  const day = floorDiv(local, DAY);
  const date = civilFromDays(day);
  const seconds = local - day * DAY;
  const magnitude = Math.trunc(Math.abs(offset) / 60);
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`
    + `T${pad(Math.trunc(seconds / 3600))}:${pad(Math.trunc(seconds / 60) % 60)}:${pad(seconds % 60)}`
    + `${offset < 0 ? '-' : '+'}${pad(Math.trunc(magnitude / 60))}:${pad(magnitude % 60)}`;
}

// ---- WorkingCalendar ----

class WorkingCalendar {
  constructor(rule) {
    this.rule = rule;
    this.holidays = new Set(rule.holidays);
    this.extraWorkingDays = new Set(rule.extra_working_days);
  }

  get workingDaySeconds() {
    return this.rule.periods.reduce((sum, period) => sum + (period[1] - period[0]) * 60, 0);
  }

  isWorkingDay(day) {
    if (this.extraWorkingDays.has(day)) return true;
    return !this.holidays.has(day) && this.rule.days.includes(weekday(day));
  }

  adding(seconds, local) {
    let remaining = seconds;
    let day = floorDiv(local, DAY);
    let clock = local - day * DAY;
    for (let step = 0; step < HORIZON_DAYS; step++) {
      if (this.isWorkingDay(day)) {
        for (const period of this.rule.periods) {
          const start = period[0] * 60;
          const end = period[1] * 60;
          if (clock >= end) continue;
          const from = Math.max(clock, start);
          if (remaining <= end - from) return day * DAY + from + remaining;
          remaining -= end - from;
        }
      }
      day += 1;
      clock = 0;
    }
    return null;
  }

  closing(count, local) {
    const periods = this.rule.periods;
    if (periods.length === 0) return null;
    const close = periods[periods.length - 1][1];
    let day = floorDiv(local, DAY);
    const clock = local - day * DAY;
    if (!(this.isWorkingDay(day) && clock < close * 60)) {
      day = this.nextWorkingDay(day);
      if (day === null) return null;
    }
    for (let step = 0; step < count; step++) {
      day = this.nextWorkingDay(day);
      if (day === null) return null;
    }
    return day * DAY + close * 60;
  }

  nextWorkingDay(day) {
    for (let candidate = day + 1, step = 0; step < HORIZON_DAYS; candidate++, step++) {
      if (this.isWorkingDay(candidate)) return candidate;
    }
    return null;
  }
}

// ---- ResponseEstimate ----

function expectedResponse(context, instant) {
  const { rules, language } = context;
  const schedule = routedDepartment(context)?.schedule ?? rules.schedule;
  if (!schedule) return null;
  const requested = fieldText(context.fields, schedule.priority_field);
  const target = schedule.targets.find((candidate) => (candidate.priority ?? null) === requested)
    ?? schedule.targets.find((candidate) => (candidate.priority ?? null) === (schedule.default_priority ?? null));
  if (!target) return null;
  const zone = schedule.time_zone;
  const calendar = new WorkingCalendar(schedule);
  const sent = localTime(zone, instant);
  const response = deadline(target.response, sent, calendar, zone);
  if (response === null) return null;
  const resolution = target.resolution ? deadline(target.resolution, sent, calendar, zone) : null;
  const names = rules.calendar[language];
  let message = formatMessage(rules, language, KEY.firstResponse, {
    sent_day: dayName(sent, sent, names),
    sent_time: clockTime(sent),
    zone: schedule.zone_label[language] ?? '',
    response_day: dayName(response, sent, names),
    response_time: clockTime(response),
  });
  if (resolution !== null) {
    message += ' ' + formatMessage(rules, language, KEY.resolution, {
      resolution_day: dayName(resolution, sent, names),
      resolution_time: clockTime(resolution),
    });
  }
  return {
    priority: target.priority ?? null,
    sent: iso(zone, instant),
    first_response_by: iso(zone, instantOf(zone, response)),
    resolution_by: resolution === null ? null : iso(zone, instantOf(zone, resolution)),
    message,
  };
}

function deadline(duration, sent, calendar, zone) {
  switch (duration.unit) {
    case 'working_hours':
      return calendar.adding(duration.amount * 3600, sent);
    case 'working_days':
      return calendar.adding(duration.amount * calendar.workingDaySeconds, sent);
    case 'end_of_working_days':
      return calendar.closing(duration.amount, sent);
    default: {
      const opening = calendar.adding(0, sent);
      if (opening === null) return null;
      const length = duration.amount * (duration.unit === 'hours' ? 3600 : DAY);
      return localTime(zone, instantOf(zone, opening) + length);
    }
  }
}

function dayName(local, sent, names) {
  const day = floorDiv(local, DAY);
  const name = names?.weekdays[weekday(day) - 1] ?? '';
  if (day - floorDiv(sent, DAY) <= 6) return name;
  const date = civilFromDays(day);
  return `${name}, ${date.day} ${names?.months[date.month - 1] ?? ''}`;
}

function clockTime(local) {
  const seconds = local - floorDiv(local, DAY) * DAY;
  return `${pad(Math.trunc(seconds / 3600))}:${pad(Math.trunc(seconds / 60) % 60)}`;
}
