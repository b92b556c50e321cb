// Deskbook request form (/<lang>/request/): checks a support request as the customer types, with the rules
// from intake.yml and the same checker as `deskbook check` (public/intake/checker.js), suggests articles for the
// subject and description from the site search (public/search/search.js), and sends the request to the
// configured endpoint or composes an email. Loaded only on the request page; the page works without it.
//
// Settings come from data attributes of the form: data-rules-url (the hashed rules JSON), data-checker-url and
// data-search-url (static modules, loaded with import()), data-endpoint and data-email (intake.yml `submit`),
// data-lang, data-confirm-field, data-subject-field, data-body-field, and data-strings (interface text).
//
// Sending: the request is POSTed as JSON, or as multipart/form-data with the JSON in the part `request` and each
// file under its field's id, with an Idempotency-Key kept for as long as the request is unchanged, so a retry
// after a lost answer gets the first answer. The service's answer is shown in the page's language: the ticket
// number and expected response (201), its own findings beside the browser's (422), or what went wrong, with the
// support address when there is one. Self-service events (suggestions shown, opened, answered, submitted anyway)
// are dispatched as `deskbook:event` for events.js, which sends them when the site has the intake service.
//
// Safety: the customer's input and the checker's messages are only ever set as textContent or attribute
// values. The only HTML parsed is the search runtime's excerpt, in an inert <template>, keeping text and <mark>.
//
// Suggestions follow `deskbook check` exactly: the query is the subject and the description (each trimmed,
// skipped when empty or over its length limit) joined by a line break, `limit` is documentation.limit, and
// each result's score becomes a 0..1 confidence with searchConfidence() below, the twin of
// SearchSuggester.confidence in Swift (Sources/DeskbookIntake). check() then gets them as `suggestions`, so the documentation-first
// rule ("did this article answer your question?") decides the same in the browser and on the command line.

const CHECK_DELAY_MS = 250;
// Like Zendesk's suggested articles: search once the customer pauses, not on every keystroke.
const SUGGEST_DELAY_MS = 450;

// ----- Confidence: search scores to 0..1 (the twin of SearchSuggester.confidence in Swift) -----

// A search score sums, over the query's terms and adjacent pairs, each term's one-byte impact in the page
// (1-255) times 4 for a word found as typed (3 for a completion or one typo, 2 for two typos).
export const MAX_SCORE_PER_TERM = 4 * 255;
// The most query terms a search uses (MAX_TERMS of search.js).
export const MAX_CONFIDENCE_TERMS = 16;
// The logistic fit of searchConfidence: bias, then the weights of strength, lead, terms and coverage. Fitted by
// bench/calibrate_confidence.py on the question sets of bench/relevance; the same numbers as
// SearchSuggester.weights in Swift.
export const CONFIDENCE_WEIGHTS = Object.freeze({ bias: 0.576, strength: 2.15, lead: 2.729, terms: 1.434, coverage: 0.753 });

/** How many distinct terms the search runtime searches `query` for (at most MAX_CONFIDENCE_TERMS). */
export function queryTermCount(runtime, query, lang) {
  const terms = new Set();
  for (const term of runtime.analyze(String(query), lang)) if (terms.size < MAX_CONFIDENCE_TERMS) terms.add(term);
  return terms.size;
}

/**
 * The probability that a search result answers the request, from 0 to 1, rounded to 3 decimals, given its
 * score, the best score of the other results of the same query (`rival`, 0 when it is the only one), the
 * number of query terms and how many of them the result matched: a logistic function (CONFIDENCE_WEIGHTS) of
 * - strength, log2(score / (terms * MAX_SCORE_PER_TERM)): how near the result comes to matching every term as
 *   typed at the highest impact; a page sharing a word or two with a long request stays far below;
 * - lead, (score - rival) / score: how far ahead of the others it is (negative for a result behind the best);
 * - log2(terms): a long request gathers score from incidental words;
 * - coverage, matched / terms: a page matching the request's other words but not its key one (an import
 *   article for "Export tasks to CSV file") answers another question.
 * A result 50% or more behind the best (3 * score <= 2 * rival) gets 0. The same arithmetic in the same order as
 * SearchSuggester.confidence, so documentation.confidence (0.8 by default) decides the same way in the form and
 * in `deskbook check`.
 */
export function searchConfidence(score, rival, terms, matched) {
  score = Math.trunc(Number(score) || 0);
  rival = Math.max(0, Math.trunc(Number(rival) || 0));
  if (score <= 0 || 3 * score <= 2 * rival) return 0;
  terms = Math.min(Math.max(Math.trunc(Number(terms) || 0), 1), MAX_CONFIDENCE_TERMS);
  const coverage = Math.min(Math.max(Math.trunc(Number(matched) || 0), 0), terms) / terms;
  const strength = Math.log2(score / (terms * MAX_SCORE_PER_TERM));
  const lead = (score - rival) / score;
  const { bias, strength: ws, lead: wl, terms: wt, coverage: wc } = CONFIDENCE_WEIGHTS;
  const z = bias + ws * strength + wl * lead + wt * Math.log2(terms) + wc * coverage;
  const value = 1 / (1 + Math.exp(-z));
  return Math.round(value * 1000) / 1000;
}

/**
 * The checker's suggestions from search results: `{title, url, kind, score, excerpt}`, score as confidence.
 * `terms` is the query's term count (queryTermCount). Results with a confidence of 0 (far behind the best one)
 * are left out, as SearchSuggester does.
 */
export function toSuggestions(results, terms) {
  const list = Array.isArray(results) ? results.filter((result) => result && typeof result.url === 'string') : [];
  const scores = list.map((result) => Math.trunc(Number(result.score) || 0));
  const suggestions = list.map((result, index) => {
    let rival = 0;
    scores.forEach((score, other) => {
      if (other !== index && score > rival) rival = score;
    });
    return {
      title: String(result.title ?? ''),
      url: result.url,
      kind: String(result.kind ?? 'article'),
      score: searchConfidence(scores[index], rival, terms, result.matched ?? terms),
      excerpt: typeof result.excerpt === 'string' ? result.excerpt : '',
    };
  });
  return suggestions.filter((suggestion) => suggestion.score > 0);
}

/**
 * The query `deskbook check` sends to the search engine: subject and description, each trimmed, left out when
 * empty or longer than its field's limit (the checker skips oversized fields), joined by a line break.
 */
export function suggestionQuery(rules, values) {
  const texts = [];
  for (const id of [rules.subject_field, rules.body_field]) {
    if (id == null) continue;
    const field = rules.fields.find((candidate) => candidate.id === id);
    const value = values[id];
    if (typeof value !== 'string') continue;
    const text = trimSpaces(value);
    if (!text || (field && Array.from(text).length > field.max_length)) continue;
    texts.push(text);
  }
  return texts.join('\n');
}

// The checker's whitespace (TextScan.trim in Swift, trim() in checker.js).
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

function trimSpaces(text) {
  const characters = Array.from(text);
  let start = 0;
  let end = characters.length;
  while (start < end && SPACES.has(characters[start].codePointAt(0))) start++;
  while (end > start && SPACES.has(characters[end - 1].codePointAt(0))) end--;
  return characters.slice(start, end).join('');
}

/** True when every condition holds for `values` (Condition in Swift; `true` for a ticked checkbox). */
export function conditionsHold(conditions, values) {
  return conditions.every((condition) => {
    const value = values[condition.field];
    if (value === true) return condition.values.includes('true');
    return typeof value === 'string' && condition.values.includes(trimSpaces(value));
  });
}

/** A mailto: URL with the request as subject and plain-text body (lines end in CRLF, RFC 6068). */
export function mailtoURL(email, subject, body) {
  const encode = (text) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * Findings for attached files beyond intake.yml's `limits` (`attachments` files per request, `attachment_bytes`
 * per file), in the checker's shape. `files` maps a field id to `{name, size}` entries; `text(key, values)` words
 * the message, sizes in `lang`. The service refuses such a request whole (413), so the form says so before sending.
 */
export function attachmentFindings(limits, files, text, lang = 'en') {
  const findings = [];
  if (!limits) return findings;
  let count = 0;
  for (const [field, list] of Object.entries(files)) {
    for (const file of list) {
      count += 1;
      if (file.size > limits.attachment_bytes) {
        findings.push({
          code: 'attachments.too_large', severity: 'error', field,
          message: text('request_file_too_large', { file: file.name, size: byteSize(limits.attachment_bytes, lang) }),
        });
      }
    }
    if (count > limits.attachments && list.length && !findings.some((finding) => finding.code === 'attachments.too_many')) {
      findings.push({ code: 'attachments.too_many', severity: 'error', field, message: text('request_files_too_many', { max: limits.attachments }) });
    }
  }
  return findings;
}

/** A byte count for people: "10 MB", "512 KB" (decimal units, as intake.yml counts them). */
export function byteSize(bytes, lang = 'en') {
  const [unit, size] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : bytes >= 1e3 ? ['kilobyte', bytes / 1e3] : ['byte', bytes];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size);
  } catch {
    return `${Math.round(size * 10) / 10} ${{ megabyte: 'MB', kilobyte: 'KB', byte: 'B' }[unit]}`;
  }
}

/** A new Idempotency-Key: 32 hex digits of randomness. */
export function idempotencyKey(random = globalThis.crypto) {
  const bytes = new Uint8Array(16);
  random.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * What the form shows for the service's answer: `{kind, key, values, findings}`, `kind` one of 'sent',
 * 'findings' or 'error', `key` the theme string. `status` is the HTTP status (0 when the request never got an
 * answer), `answer` the parsed JSON body or null, `retryAfter` the Retry-After header.
 */
export function outcomeOf(status, answer, retryAfter = null) {
  if (status >= 200 && status < 300) {
    const ticket = answer && typeof answer.ticket === 'string' && answer.ticket ? answer.ticket : null;
    return ticket ? { kind: 'sent', key: 'request_sent_ticket', values: { ticket }, answer } : { kind: 'sent', key: 'request_sent', values: {} };
  }
  if (status === 422 && answer && Array.isArray(answer.findings)) {
    const findings = answer.findings.filter((finding) => finding && typeof finding.message === 'string' && typeof finding.code === 'string');
    return { kind: 'findings', key: 'request_not_accepted', values: {}, findings };
  }
  const seconds = /^\d{1,6}$/.test(String(retryAfter ?? '').trim()) ? Number(String(retryAfter).trim()) : null;
  switch (status) {
    case 0: return { kind: 'error', key: 'request_offline', values: {} };
    case 413: return { kind: 'error', key: 'request_too_large', values: {} };
    case 415: return { kind: 'error', key: 'request_unsupported', values: {} };
    case 400: return { kind: 'error', key: 'request_refused', values: {} };
    case 429: return seconds === null ? { kind: 'error', key: 'request_too_many_later', values: {} } : { kind: 'error', key: 'request_too_many', values: { seconds } };
    default: return { kind: 'error', key: 'request_send_failed', values: {} };
  }
}

/**
 * When the first answer is due, for the confirmation after sending: `first_response_by` of the service's
 * `expected_response` (ISO 8601 with offset) as a day and time in the schedule's time zone and the page's
 * language, with the schedule's zone label. Null when the answer has no such time.
 */
export function firstAnswerTime(expected, schedule, lang) {
  const instant = Date.parse(expected?.first_response_by ?? '');
  if (!Number.isFinite(instant)) return null;
  const options = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let when;
  try {
    when = new Intl.DateTimeFormat(lang, { ...options, timeZone: schedule?.time_zone || 'UTC' }).format(instant);
  } catch {
    when = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(instant);
  }
  const labels = schedule?.zone_label ?? {};
  return { when, zone: labels[lang] ?? Object.values(labels)[0] ?? schedule?.time_zone ?? 'UTC' };
}

/** The path of a same-origin article URL (`/en/billing/refunds/`), as self-service events name articles. */
export function articlePath(url, base) {
  try {
    const resolved = new URL(String(url), base);
    return resolved.origin === new URL(base).origin ? resolved.pathname : null;
  } catch {
    return null;
  }
}

// ----- Page behaviour -----

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function format(template, values) {
  return String(template ?? '').replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// Appends the search runtime's excerpt HTML, keeping only text and <mark>; parsed in an inert <template>.
function appendExcerpt(target, html) {
  if (!html) return;
  const template = document.createElement('template');
  template.innerHTML = html;
  const copy = (source, destination) => {
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        destination.append(node.data);
      } else if (node.nodeType === Node.ELEMENT_NODE && !['script', 'style', 'template'].includes(node.localName)) {
        if (node.localName === 'mark') {
          const mark = document.createElement('mark');
          copy(node, mark);
          destination.append(mark);
        } else {
          copy(node, destination);
        }
      }
    }
  };
  copy(template.content, target);
}

function sameOriginURL(url) {
  try {
    const resolved = new URL(String(url), document.baseURI);
    if (resolved.origin !== window.location.origin) return null;
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
    return resolved.href;
  } catch {
    return null;
  }
}

// The chosen files' names next to a file picker (the theme's own, in the page's language).
function showFileNames(input) {
  const names = input.parentElement?.querySelector('[data-file-names]');
  if (!names) return;
  const chosen = Array.from(input.files ?? [], (file) => file.name);
  names.textContent = chosen.length ? chosen.join(', ') : names.dataset.none || '';
}

class RequestForm {
  constructor(form) {
    this.form = form;
    const data = form.dataset;
    this.lang = data.lang || document.documentElement.lang || 'en';
    this.endpoint = data.endpoint || '';
    this.email = data.email || '';
    this.confirmField = data.confirmField || '';
    try {
      this.text = JSON.parse(data.strings || '{}');
    } catch {
      this.text = {};
    }
    this.rules = null;
    this.checker = null;
    this.runtime = null;
    this.touched = new Set();
    this.submitted = false;
    this.docsChecked = false;
    this.docsAnswered = false;
    this.askedOnSubmit = false;
    this.suggestions = [];
    this.searched = null; // the last search's articles for the checker, null until a search succeeds
    this.questionSearches = null; // the articles for each question of the description, by question
    this.suggestedQuery = null;
    this.suggestTimer = 0;
    this.checkTimer = 0;
    this.searchSequence = 0;
    this.pendingSearch = null;
    this.sending = false;
    this.lastStatus = '';
    this.result = null;
    this.attempt = null; // {json, key}: the Idempotency-Key of the request as last sent
    this.serverFindings = null; // {json, findings}: what the service found in the request as last sent
    this.shownArticles = new Set();
    this.status = form.querySelector('[data-request-status]');
    this.summary = form.querySelector('[data-request-summary]');
    this.summaryList = form.querySelector('[data-request-summary-list]');
    this.suggestionPanel = form.querySelector('[data-request-suggestions]');
    this.suggestionList = form.querySelector('[data-request-suggestion-list]');
    this.docs = form.querySelector('[data-request-docs]');
    this.docsThanks = form.querySelector('[data-request-docs-thanks]');
    this.outlook = form.querySelector('[data-request-outlook]');
    this.resultBox = form.querySelector('[data-request-result]');
    this.submitButton = form.querySelector('[data-request-submit]');
  }

  t(key, values = {}) {
    return format(this.text[key] ?? key, values);
  }

  async start() {
    this.form.addEventListener('submit', (event) => this.onSubmit(event));
    for (const input of this.form.querySelectorAll('.file-picker__input')) {
      input.addEventListener('change', () => showFileNames(input));
    }
    try {
      const [rules, checker] = await Promise.all([
        fetch(new URL(this.form.dataset.rulesUrl, document.baseURI)).then((response) => {
          if (!response.ok) throw new Error(`rules: HTTP ${response.status}`);
          return response.json();
        }),
        import(new URL(this.form.dataset.checkerUrl, document.baseURI).href),
      ]);
      this.rules = rules;
      this.checker = checker;
    } catch (error) {
      // Without the checks the form is sent as plain HTML (see onSubmit); say so once.
      this.say(this.t('request_unavailable'));
      return;
    }
    this.fields = this.rules.fields.map((field) => ({ field, control: this.form.elements.namedItem(field.id) }))
      .filter((entry) => entry.control);
    for (const { field, control } of this.fields) {
      const mark = () => {
        this.touched.add(field.id);
        this.schedule(field.id);
      };
      control.addEventListener('input', mark);
      control.addEventListener('change', mark);
      control.addEventListener('blur', () => {
        if (!this.touched.has(field.id)) {
          this.touched.add(field.id);
          this.schedule(field.id);
        }
      });
    }
    for (const button of this.form.querySelectorAll('[data-request-docs-answer]')) {
      button.addEventListener('click', () => this.answerDocs(button.dataset.requestDocsAnswer === 'yes'));
    }
    this.form.dataset.requestReady = 'true';
    // Values the browser restored (back navigation) are checked and searched for at once.
    const restored = this.fields.filter(({ field, control }) => (field.type === 'checkbox' ? control.checked : field.type === 'file' ? control.files?.length : trimSpaces(control.value)));
    if (restored.length) {
      for (const { field } of restored) this.touched.add(field.id);
      this.check();
      if (this.searches()) this.pendingSearch = this.suggest();
    }
  }

  // ----- Reading the form -----

  values() {
    const values = {};
    for (const { field, control } of this.fields) {
      if (field.type === 'checkbox') {
        values[field.id] = Boolean(control.checked);
      } else if (field.type === 'file') {
        values[field.id] = Array.from(control.files ?? [], (file) => file.name);
      } else {
        values[field.id] = control.value;
      }
    }
    return values;
  }

  /** The attached files by field id, as `{name, size}`. */
  chosenFiles() {
    const files = {};
    for (const { field, control } of this.fields) {
      if (field.type === 'file') files[field.id] = Array.from(control.files ?? [], (file) => ({ name: file.name, size: file.size }));
    }
    return files;
  }

  /** The request object as `deskbook check` and the endpoint read it: filled fields only. */
  request(values = this.values()) {
    const request = {};
    for (const { field } of this.fields) {
      const value = values[field.id];
      if (field.type === 'checkbox') {
        if (value) request[field.id] = true;
      } else if (field.type === 'file') {
        if (value.length) request[field.id] = value;
      } else if (trimSpaces(value)) {
        request[field.id] = trimSpaces(value); // as the checker reads it
      }
    }
    if (this.docsChecked && this.confirmField) request[this.confirmField] = true;
    return request;
  }

  // ----- Checking -----

  schedule(fieldID) {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), CHECK_DELAY_MS);
    if (this.searches() && (fieldID === this.rules.subject_field || fieldID === this.rules.body_field)) {
      clearTimeout(this.suggestTimer);
      this.suggestTimer = setTimeout(() => {
        this.pendingSearch = this.suggest();
      }, SUGGEST_DELAY_MS);
    }
  }

  check() {
    clearTimeout(this.checkTimer);
    const values = this.values();
    const request = this.request(values);
    const result = this.checker.check(this.rules, request, {
      lang: this.lang,
      at: new Date(),
      suggestions: this.searched ?? undefined,
      questionSuggestions: this.questionSearches ?? undefined,
    });
    const extra = attachmentFindings(this.rules.limits, this.chosenFiles(), (key, texts) => this.t(key, texts), this.lang);
    // The service's own findings (a contract, a duplicate) hold until the request changes.
    if (this.serverFindings?.json === JSON.stringify(request)) {
      for (const finding of this.serverFindings.findings) {
        if (!result.findings.some((own) => own.code === finding.code && own.field === finding.field)) extra.push(finding);
      }
    }
    if (extra.length) {
      result.findings = [...result.findings, ...extra];
      if (extra.some((finding) => finding.severity === 'error')) result.ready = false;
    }
    this.result = result;
    this.render(this.result, values);
    return this.result;
  }

  async loadRuntime() {
    if (!this.runtime) {
      this.runtime = import(new URL(this.form.dataset.searchUrl, document.baseURI).href).catch((error) => {
        this.runtime = null;
        throw error;
      });
    }
    return this.runtime;
  }

  /** How many articles a search returns (the checker's searchLimit); null when no rule searches. */
  searchLimit() {
    return this.checker?.searchLimit?.(this.rules) ?? null;
  }

  /** Whether a rule needs the search: for the subject and description, or for each question (one_topic). */
  searches() {
    return this.searchLimit() !== null || this.rules?.one_topic?.search_confidence != null;
  }

  /**
   * Searches for the subject and description; the checker then sees the articles (`searched`: null when there
   * was nothing to search or the search failed, so that the rules that need a search say nothing).
   */
  async suggest() {
    clearTimeout(this.suggestTimer);
    const query = suggestionQuery(this.rules, this.values());
    if (query === this.suggestedQuery) return;
    const sequence = ++this.searchSequence;
    const limit = this.searchLimit();
    let searched = null;
    if (query && limit !== null) {
      try {
        const runtime = await this.loadRuntime();
        const results = await runtime.search(query, { lang: this.lang, limit });
        searched = toSuggestions(results, queryTermCount(runtime, query, this.lang)).slice(0, limit); // unfiltered, as `deskbook check` sees them
      } catch {
        searched = null;
      }
    }
    const questionSearches = await this.searchQuestions();
    if (sequence !== this.searchSequence) return; // a newer search started meanwhile
    this.suggestedQuery = query;
    this.searched = searched;
    this.questionSearches = questionSearches;
    this.suggestions = this.rules.documentation ? (searched ?? []).slice(0, this.rules.documentation.limit) : [];
    this.renderSuggestions();
    this.check();
  }

  /**
   * Searches for each question of the description that the topics check looks up (the checker's
   * topicQuestions), as `deskbook check` does; null when there are none or the search failed.
   */
  async searchQuestions() {
    const asked = this.checker?.topicQuestions?.(this.rules, this.request()) ?? [];
    if (!asked.length) return null;
    const limit = this.rules.one_topic.search_limit;
    const searches = Object.create(null);
    try {
      const runtime = await this.loadRuntime();
      for (const question of asked) {
        const results = await runtime.search(question, { lang: this.lang, limit });
        searches[question] = toSuggestions(results, queryTermCount(runtime, question, this.lang)).slice(0, limit);
      }
    } catch {
      return null;
    }
    return searches;
  }

  // ----- Showing findings -----

  visible(finding) {
    // The documentation finding is asked as a question in the docs box, not listed with the findings.
    if (this.confirmField && finding.field === this.confirmField) return false;
    if (this.submitted) return true;
    if (finding.field == null) return true;
    return this.touched.has(finding.field);
  }

  containerFor(field) {
    if (field != null) {
      const own = this.form.querySelector(`[data-request-findings="${CSS.escape(field)}"]`);
      if (own) return own;
    }
    return this.form.querySelector('[data-request-findings=""]');
  }

  render(result, values) {
    const shown = new Map();
    for (const container of this.form.querySelectorAll('[data-request-findings]')) shown.set(container, []);
    const visible = result.findings.filter((finding) => this.visible(finding));
    for (const finding of visible) shown.get(this.containerFor(finding.field))?.push(finding);
    for (const [container, findings] of shown) {
      container.replaceChildren(...findings.map((finding) => this.findingElement(finding)));
    }
    // Required markers of conditional fields, and aria-invalid on fields with a visible error.
    for (const { field, control } of this.fields) {
      const required = field.required || (field.required_when.length > 0 && conditionsHold(field.required_when, values));
      control.required = required;
      const star = this.form.querySelector(`[data-request-field="${CSS.escape(field.id)}"] .request-field__required`);
      if (star) star.hidden = !required;
      const invalid = visible.some((finding) => finding.field === field.id && finding.severity === 'error');
      if (invalid) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    this.renderDocs(result);
    this.renderOutlook(result, values);
    if (this.submitted) this.renderSummary(result);
    const errors = visible.filter((finding) => finding.severity === 'error').length;
    const warnings = visible.length - errors;
    const parts = [];
    if (errors) parts.push(this.t(errors === 1 ? 'request_errors_one' : 'request_errors', { count: errors }));
    if (warnings) parts.push(this.t(warnings === 1 ? 'request_warnings_one' : 'request_warnings', { count: warnings }));
    if (!parts.length && result.ready) parts.push(this.t('request_ready'));
    this.form.dataset.requestState = result.ready ? 'ready' : 'not-ready';
    this.say(parts.join('. '));
  }

  findingElement(finding) {
    const line = element('p', `request-finding request-finding--${finding.severity}`);
    line.dataset.code = finding.code;
    line.dataset.severity = finding.severity;
    const prefix = this.t(finding.severity === 'error' ? 'request_error_prefix' : 'request_warning_prefix');
    line.append(element('span', 'request-finding__label', prefix), ' ', finding.message);
    return line;
  }

  say(message) {
    if (!this.status || message === this.lastStatus) return;
    this.lastStatus = message;
    this.status.textContent = message;
  }

  renderSuggestions() {
    if (!this.suggestionPanel || !this.suggestionList) return;
    const items = this.suggestions.filter((suggestion) => sameOriginURL(suggestion.url)).map((suggestion) => {
      const item = element('li', 'request-suggestion');
      const link = element('a', 'request-suggestion__title', suggestion.title);
      link.href = sameOriginURL(suggestion.url);
      link.target = '_blank';
      link.rel = 'noopener';
      link.dataset.score = String(suggestion.score);
      link.addEventListener('click', () => this.report('suggestion_opened', suggestion.url));
      item.append(link);
      if (suggestion.excerpt) {
        const excerpt = element('span', 'request-suggestion__excerpt');
        appendExcerpt(excerpt, suggestion.excerpt);
        item.append(excerpt);
      }
      return item;
    });
    this.suggestionList.replaceChildren(...items);
    this.suggestionPanel.hidden = items.length === 0;
    for (const suggestion of this.suggestions) {
      const path = articlePath(suggestion.url, document.baseURI);
      if (path && sameOriginURL(suggestion.url) && !this.shownArticles.has(path)) {
        this.shownArticles.add(path);
        this.report('suggestion_shown', suggestion.url);
      }
    }
  }

  renderDocs(result) {
    if (!this.docs) return;
    const asking = result.findings.some((finding) => finding.field === this.confirmField && this.confirmField);
    const article = asking ? this.checker.likelyAnswer?.(this.rules, this.suggestions) : null;
    if (article) this.renderDocsQuestion(article);
    this.docs.hidden = !asking || this.docsAnswered;
    if (this.docsThanks && !asking) this.docsThanks.hidden = true;
  }

  // "Did “<article>” answer your question?", the title a link to the article.
  renderDocsQuestion(article) {
    const question = this.docs.querySelector('[data-request-docs-question]');
    if (!question) return;
    const [before, after = ''] = this.t('request_docs_question').split('{title}');
    const link = element('a', 'request-docs__article', article.title);
    const url = sameOriginURL(article.url);
    if (url) {
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.addEventListener('click', () => this.report('suggestion_opened', article.url));
    }
    this.askedArticle = article;
    question.replaceChildren(before, link, after);
  }

  /** Dispatches a self-service event about an article for events.js (no personal data: the article only). */
  report(type, url) {
    const article = articlePath(url, document.baseURI);
    if (!article) return;
    document.dispatchEvent(new CustomEvent('deskbook:event', { detail: { type, lang: this.lang, article } }));
  }

  answerDocs(answered) {
    if (this.askedArticle) this.report(answered ? 'answered' : 'submitted_anyway', this.askedArticle.url);
    if (answered) {
      // The article helped: nothing to send. Say so, and keep the form as it is in case they change their mind.
      this.docsAnswered = true;
      this.docs.hidden = true;
      if (this.docsThanks) {
        this.docsThanks.hidden = false;
        this.docsThanks.focus();
      }
      return;
    }
    this.docsChecked = true;
    this.docs.hidden = true;
    if (this.docsThanks) this.docsThanks.hidden = true;
    const result = this.check();
    if (this.askedOnSubmit && result.ready) {
      // The question stopped a send: go on with it at once.
      this.form.requestSubmit(this.submitButton ?? undefined);
      return;
    }
    this.say(this.t('request_docs_continue'));
    this.submitButton?.focus();
  }

  renderOutlook(result, values) {
    if (!this.outlook) return;
    const route = this.outlook.querySelector('[data-request-route]');
    const expected = this.outlook.querySelector('[data-request-expected]');
    const hasText = Boolean(suggestionQuery(this.rules, values));
    route.textContent = result.route && hasText ? this.t('request_route', { department: result.route.label }) : '';
    expected.textContent = result.expected_response && hasText ? result.expected_response.message : '';
    this.outlook.hidden = !route.textContent && !expected.textContent;
  }

  renderSummary(result) {
    if (!this.summary) return;
    // The documentation question has its own box.
    const errors = result.findings.filter((finding) => finding.severity === 'error' && !(this.confirmField && finding.field === this.confirmField));
    const items = errors.map((finding) => {
      const item = element('li');
      const target = this.targetFor(finding.field);
      if (target?.id) {
        const link = element('a', null, finding.message);
        link.href = `#${target.id}`;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          target.focus();
          target.scrollIntoView?.({ block: 'center' });
        });
        item.append(link);
      } else {
        item.textContent = finding.message;
      }
      return item;
    });
    this.summaryList.replaceChildren(...items);
    this.summary.hidden = items.length === 0;
  }

  targetFor(fieldID) {
    if (fieldID == null) return null;
    if (fieldID === this.confirmField) return this.docs;
    return this.fields.find((entry) => entry.field.id === fieldID)?.control ?? null;
  }

  // ----- Sending -----

  async onSubmit(event) {
    if (!this.rules || !this.checker) return; // no checks loaded: let the browser send the plain form
    event.preventDefault();
    if (this.sending) return;
    this.submitted = true;
    // Suggestions for the final text first, so the documentation rule sees what the customer would see.
    clearTimeout(this.suggestTimer);
    if (this.rules.documentation) {
      this.pendingSearch = this.suggest();
      await this.pendingSearch;
    }
    const result = this.check();
    if (!result.ready) {
      const onlyDocs = result.findings.every((finding) => finding.severity !== 'error' || finding.field === this.confirmField);
      if (onlyDocs && this.docs) {
        // Only the "did this article answer your question?" step is left: ask it (again).
        this.askedOnSubmit = true;
        this.docsAnswered = false;
        this.renderDocs(result);
        if (this.docsThanks) this.docsThanks.hidden = true;
        this.summary.hidden = true;
        this.docs.focus();
      } else {
        this.summary.hidden = false;
        this.summary.focus();
      }
      return;
    }
    this.summary.hidden = true;
    if (this.endpoint) {
      await this.post(this.request());
    } else if (this.email) {
      this.compose(this.request());
    } else {
      this.showResult('error', this.t('request_nowhere'));
    }
  }

  async post(request) {
    this.sending = true;
    this.submitButton?.setAttribute('aria-disabled', 'true');
    this.say(this.t('request_sending'));
    const checked = JSON.stringify(request);
    const honeypot = this.form.querySelector('[data-request-honeypot]');
    const json = honeypot?.value ? JSON.stringify({ ...request, [honeypot.name]: honeypot.value }) : checked;
    // One key per attempt: the same request sent again (after a lost answer) gets the first answer back.
    if (this.attempt?.json !== json) this.attempt = { json, key: idempotencyKey() };
    const headers = { Accept: 'application/json', 'Content-Language': this.lang, 'Idempotency-Key': this.attempt.key };
    let body = json;
    const files = this.fields.filter(({ field, control }) => field.type === 'file' && control.files?.length);
    if (files.length) {
      // With attachments: multipart, the request JSON in the part "request" and each file under its field id.
      body = new FormData();
      body.append('request', new Blob([json], { type: 'application/json' }), 'request.json');
      for (const { field, control } of files) {
        for (const file of control.files) body.append(field.id, file, file.name);
      }
    } else {
      headers['Content-Type'] = 'application/json';
    }
    let outcome;
    try {
      const response = await window.fetch(this.endpoint, { method: 'POST', headers, body, credentials: 'same-origin' });
      const answer = await response.json().catch(() => null);
      outcome = outcomeOf(response.status, answer, response.headers.get('Retry-After'));
    } catch {
      outcome = outcomeOf(0, null);
    } finally {
      this.sending = false;
      this.submitButton?.removeAttribute('aria-disabled');
    }
    if (outcome.kind === 'sent') {
      this.showSent(outcome);
      this.attempt = null;
      this.reset();
    } else if (outcome.kind === 'findings') {
      this.serverFindings = { json: checked, findings: outcome.findings };
      this.attempt = null;
      const result = this.check();
      this.summary.hidden = !result.findings.some((finding) => finding.severity === 'error');
      this.showResult('error', this.t(outcome.key));
    } else {
      // The support address takes the request instead, written out in an email.
      this.showResult('error', this.t(outcome.key, outcome.values), this.email, null, this.email ? this.mailtoFor(request) : null);
    }
  }

  /** The service's answer: the ticket number, then when to expect the first answer (in the request's language). */
  showSent(outcome) {
    this.showResult('sent', this.t(outcome.key, outcome.values));
    if (!outcome.answer) return;
    const box = this.resultBox;
    box.dataset.ticket = outcome.values.ticket;
    const lines = [this.t('request_sent_ticket_note')];
    // The service words the expected response for a request not yet sent; after sending, say it plainly.
    const due = firstAnswerTime(outcome.answer.expected_response, this.rules?.schedule, this.lang);
    if (due) lines.unshift(this.t('request_sent_first_answer', due));
    for (const line of lines) box.append(element('p', 'request-result__detail', line));
    this.say([this.t(outcome.key, outcome.values), ...lines].join(' '));
  }

  /** Email-only support: opens the email program with the request (see mailtoFor). */
  compose(request) {
    const href = this.mailtoFor(request);
    this.showResult('mail', this.t('request_mail_ready'), null, href);
    // Tests and embedding pages may take over: cancelling this event keeps the browser where it is.
    const proceed = this.form.dispatchEvent(new CustomEvent('deskbook:request-mailto', { detail: { href }, cancelable: true }));
    if (proceed) window.location.href = href;
  }

  /** The mailto: URL of the request: the subject, then every filled field as "Label: value". */
  mailtoFor(request) {
    const lang = this.rules.languages.includes(this.lang) ? this.lang : this.rules.default_language;
    const label = (texts) => texts?.[lang] ?? texts?.[this.rules.default_language] ?? '';
    const lines = [];
    const files = [];
    let description = null;
    for (const { field } of this.fields) {
      const value = request[field.id];
      if (value === undefined) continue;
      if (field.id === this.rules.body_field) {
        description = `${label(field.label)}:\n${trimSpaces(value)}`;
      } else if (field.type === 'file') {
        files.push(...value);
        lines.push(`${label(field.label)}: ${value.join(', ')}`);
      } else if (field.type === 'select') {
        const option = field.options.find((candidate) => candidate.value === trimSpaces(value));
        lines.push(`${label(field.label)}: ${option ? label(option.label) : trimSpaces(value)}`);
      } else if (field.type === 'checkbox') {
        lines.push(`${label(field.label)}: ✓`);
      } else {
        lines.push(`${label(field.label)}: ${trimSpaces(value)}`);
      }
    }
    if (this.result?.route) lines.push(this.t('request_route', { department: this.result.route.label }));
    const parts = [lines.join('\n')];
    if (description) parts.push(description);
    if (files.length) parts.push(this.t('request_mail_attach', { files: files.join(', ') }));
    const subject = trimSpaces(request[this.rules.subject_field] ?? '') || this.t('request_title');
    return mailtoURL(this.email, subject, parts.join('\n\n'));
  }

  showResult(kind, message, email = null, href = null, emailHref = null) {
    const box = this.resultBox;
    box.className = `request-result request-result--${kind}`;
    box.dataset.state = kind;
    box.replaceChildren(element('p', null, message));
    if (href) {
      const link = element('a', 'request-result__link', this.t('request_mail_link'));
      link.href = href;
      link.dataset.requestMailto = '';
      const line = element('p');
      line.append(link);
      box.append(line);
    }
    if (email) {
      const line = element('p');
      const text = this.t('request_send_failed_email', { email: '\u0000' });
      const [before, after = ''] = text.split('\u0000');
      const link = element('a', null, email);
      link.href = emailHref ?? `mailto:${email}`;
      line.append(before, link, after);
      box.append(line);
    }
    box.hidden = false;
    box.focus();
    this.say(message);
  }

  reset() {
    this.form.reset();
    for (const input of this.form.querySelectorAll('.file-picker__input')) showFileNames(input);
    this.touched.clear();
    this.submitted = false;
    this.docsChecked = false;
    this.docsAnswered = false;
    this.askedOnSubmit = false;
    this.suggestions = [];
    this.searched = null;
    this.questionSearches = null;
    this.suggestedQuery = null;
    this.serverFindings = null;
    this.shownArticles.clear();
    this.askedArticle = null;
    this.searchSequence++;
    this.renderSuggestions();
    for (const container of this.form.querySelectorAll('[data-request-findings]')) container.replaceChildren();
    for (const { control } of this.fields) control.removeAttribute('aria-invalid');
    if (this.docs) this.docs.hidden = true;
    if (this.outlook) this.outlook.hidden = true;
    this.summary.hidden = true;
  }
}

if (typeof document !== 'undefined') {
  for (const form of document.querySelectorAll('[data-request-form]')) {
    const controller = new RequestForm(form);
    form.deskbookRequestForm = controller;
    controller.start();
  }
}
