// Deskbook search runtime: an ES module for browsers and Node 20, without dependencies.
//
// ===== Text analysis =====
// The Swift twin is Sources/DeskbookSearch/Analysis/ (it builds the index); both must produce the same
// terms for every text, which Tests/Parity checks. The definition, step by step:
//
// 1. Normalization, one code point at a time: NFKC, then full default lowercasing (no locale rules;
//    a code point alone has no final-sigma context), then canonical decomposition (NFD), dropping every
//    combining mark (\p{M}) and default-ignorable code point (soft hyphen, zero-width space, ...), and
//    finally ß→ss, æ→ae, œ→oe, ø→o, đ→d, ł→l, ı→i. So é→e, ñ→n, ü→u, Vietnamese ệ→e, ơ→o, ư→u, đ→d,
//    and ё→е, but й stays: a combining breve (U+0306) that follows и turns it into й. A code point that
//    normalizes to nothing (a mark, a soft hyphen) belongs to the character before it: it neither
//    splits a word nor starts one, and that character's source range grows to cover it.
// 2. Tokens are maximal runs of token characters in the normalized text: ASCII digits; Latin letters
//    a-z, U+00DF-U+00FF except ÷, U+0100-U+024F, U+1E00-U+1EFF; Cyrillic letters U+0400-U+052F except
//    U+0482-U+0489. Inside a run, one apostrophe (' ’ ʼ) between two token characters is dropped
//    ("don't" → "dont", "90's" → "90s"), and one dot between two digits is kept ("2.4.1", "v10.0.19041").
//    Any other character ends the token: hyphens, underscores, slashes, commas ("wi-fi" → "wi" "fi",
//    "1,000" → "1" "000"). Hex and alphanumeric codes ("0x80070005", "e1234") are ordinary runs.
// 3. A token containing a digit, or letters of both scripts, is a verbatim term. Otherwise the token's
//    script picks the rules, whatever the page language (Russian pages name English products, English
//    pages quote Russian messages): a Latin token in STOP_WORDS.en is dropped, any other is stemmed
//    with Snowball "english" (Porter2); a Cyrillic token in STOP_WORDS.ru is dropped, any other is
//    stemmed with Snowball "russian". Negations (no, not, nor, dont, не, нет, ни) and the particles
//    that turn a verb around (off, out, up, down, over, only, without) are not stop words; question
//    words (how, what, как, где) are.
// 4. Terms come in text order, duplicates kept. tokenize() gives each term's UTF-16 offsets in the
//    original text (end exclusive), covering dropped apostrophes and marks, for highlighting.
//
// NFKC and lowercasing use the runtime's Unicode data: Foundation's (Unicode 15.1) in Swift, the
// JavaScript engine's in browsers. Both agree on every code point assigned before Unicode 16, which
// Tests/Parity checks one by one; characters assigned later may normalize differently.
//
// The `lang` argument of analyze() and tokenize() is the page or query language. Every rule above is
// chosen by the token's script, so the terms do not depend on it; it is accepted so that all callers
// pass the language the same way.

const BREVE = 0x0306;
const CYRILLIC_I = 0x0438; // и
const CYRILLIC_SHORT_I = 0x0439; // й
const FOLDED_LETTERS = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const DROPPED = /^[\p{M}\p{Default_Ignorable_Code_Point}]$/u;
const foldCache = new Map();

// The normalization of one code point (step 1), keeping a breve for the caller to attach to an и.
function foldCodePoint(codePoint) {
  let folded = foldCache.get(codePoint);
  if (folded === undefined) {
    folded = '';
    const decomposed = String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase().normalize('NFD');
    for (const character of decomposed) {
      if (character.codePointAt(0) === BREVE) folded += character;
      else if (!DROPPED.test(character)) folded += FOLDED_LETTERS[character] ?? character;
    }
    foldCache.set(codePoint, folded);
  }
  return folded;
}

// The normalized text as UTF-16 code units, each with the source range [starts[k], ends[k]).
function normalizeWithOffsets(text) {
  const units = [];
  const starts = [];
  const ends = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index);
    if (codePoint < 0x80) {
      units.push(codePoint >= 0x41 && codePoint <= 0x5a ? codePoint + 0x20 : codePoint);
      starts.push(index);
      ends.push(++index);
      continue;
    }
    const next = index + (codePoint > 0xffff ? 2 : 1);
    const folded = foldCodePoint(codePoint);
    const count = units.length;
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      if (unit !== BREVE) {
        units.push(unit);
        starts.push(index);
        ends.push(next);
      } else if (units.length > 0 && units[units.length - 1] === CYRILLIC_I) {
        units[units.length - 1] = CYRILLIC_SHORT_I;
      }
    }
    if (units.length === count && count > 0) ends[count - 1] = next;
    index = next;
  }
  return { units, starts, ends };
}

function stringFromUnits(units) {
  let result = '';
  for (let k = 0; k < units.length; k += 4096) {
    result += String.fromCharCode(...units.slice(k, k + 4096));
  }
  return result;
}

/** The analyzer's normalization of a whole text (step 1). */
export function normalize(text) {
  return stringFromUnits(normalizeWithOffsets(text).units);
}

const OTHER = 0;
const DIGIT = 1;
const LATIN = 2;
const CYRILLIC = 3;
const APOSTROPHE = 4;
const DOT = 5;

function characterClass(unit) {
  if (unit >= 0x61 && unit <= 0x7a) return LATIN;
  if (unit >= 0x30 && unit <= 0x39) return DIGIT;
  if (unit < 0xdf) return unit === 0x27 ? APOSTROPHE : unit === 0x2e ? DOT : OTHER;
  if (unit <= 0x24f) return unit === 0xf7 ? OTHER : LATIN;
  if (unit >= 0x400 && unit <= 0x52f) return unit >= 0x482 && unit <= 0x489 ? OTHER : CYRILLIC;
  if (unit >= 0x1e00 && unit <= 0x1eff) return LATIN;
  return unit === 0x2019 || unit === 0x2bc ? APOSTROPHE : OTHER;
}

const VERBATIM = 0;

// The tokens of step 2: { text, script: LATIN | CYRILLIC | VERBATIM, start, end }.
function scanTokens(text) {
  const { units, starts, ends } = normalizeWithOffsets(text);
  const tokens = [];
  let token = [];
  let start = 0;
  let end = 0;
  let scripts = 0; // bit set of the classes seen: 1 << DIGIT | 1 << LATIN | 1 << CYRILLIC
  let joiner = OTHER; // APOSTROPHE or DOT seen right after the token's last character
  const finish = () => {
    if (token.length > 0) {
      const script = scripts === 1 << LATIN ? LATIN : scripts === 1 << CYRILLIC ? CYRILLIC : VERBATIM;
      tokens.push({ text: stringFromUnits(token), script, start, end });
      token = [];
      scripts = 0;
    }
    joiner = OTHER;
  };
  for (let k = 0; k < units.length; k++) {
    const unit = units[k];
    const kind = characterClass(unit);
    if (kind === DIGIT || kind === LATIN || kind === CYRILLIC) {
      if (joiner === DOT) {
        if (kind === DIGIT) token.push(0x2e);
        else finish();
      }
      joiner = OTHER;
      if (token.length === 0) start = starts[k];
      token.push(unit);
      end = ends[k];
      scripts |= 1 << kind;
    } else if (
      token.length > 0 &&
      joiner === OTHER &&
      (kind === APOSTROPHE || (kind === DOT && characterClass(token[token.length - 1]) === DIGIT))
    ) {
      joiner = kind;
    } else {
      finish();
    }
  }
  finish();
  return tokens;
}

// ===== Stop words (identical to StopWords.swift; written after normalization, so without ё) =====

export const STOP_WORDS = Object.freeze({
  en: Object.freeze([
    'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
    'because', 'been', 'before', 'being', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
    'does', 'doing', 'during', 'each', 'few', 'for', 'from', 'had', 'has', 'have', 'having', 'he', 'her',
    'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'im', 'in', 'into', 'is', 'it',
    'its', 'itself', 'ive', 'just', 'may', 'me', 'might', 'more', 'most', 'must', 'my', 'myself', 'of',
    'on', 'or', 'other', 'our', 'ours', 'ourselves', 'own', 'same', 'shall', 'she', 'should', 'so',
    'some', 'such', 'than', 'that', 'thats', 'the', 'their', 'theirs', 'them', 'themselves', 'then',
    'there', 'these', 'they', 'theyre', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'us',
    'very', 'was', 'we', 'were', 'what', 'which', 'while', 'will', 'with', 'within', 'would', 'you', 'your', 'youre', 'yours', 'yourself', 'yourselves',
  ]),
  ru: Object.freeze([
    'а', 'без', 'более', 'будет', 'будут', 'бы', 'был', 'была', 'были', 'было', 'быть', 'в', 'вам', 'вас',
    'ваш', 'ваша', 'ваше', 'вашего', 'вашей', 'вашем', 'ваши', 'вашим', 'ваших', 'вашу', 'ведь', 'весь',
    'во', 'вот', 'все', 'всего', 'всем', 'всех', 'всю', 'вся', 'вы', 'где', 'да', 'даже', 'для', 'до',
    'его', 'ее', 'ей', 'ему', 'если', 'есть', 'еще', 'же', 'за', 'здесь', 'и', 'из', 'или', 'им', 'их',
    'к', 'как', 'какая', 'какие', 'какой', 'какую', 'когда', 'которая', 'которого', 'которое', 'которой',
    'котором', 'которую', 'которые', 'который', 'которым', 'которыми', 'которых', 'кто', 'ли', 'меня',
    'мне', 'мое', 'мои', 'мой', 'моя', 'мы', 'на', 'над', 'нам', 'нас', 'наш', 'наша', 'наше', 'наши',
    'него', 'нее', 'ней', 'нем', 'ним', 'них', 'но', 'ну', 'о', 'об', 'он', 'она', 'они', 'оно', 'от',
    'перед', 'по', 'под', 'при', 'про', 'с', 'сам', 'сами', 'свое', 'свои', 'свой', 'свою', 'своя',
    'себе', 'себя', 'со', 'так', 'такая', 'также', 'такие', 'такое', 'такой', 'там', 'те', 'тебе', 'тебя',
    'тем', 'то', 'того', 'тоже', 'той', 'только', 'том', 'тот', 'ту', 'тут', 'ты', 'у', 'уже', 'чем',
    'через', 'что', 'чтоб', 'чтобы', 'эта', 'эти', 'этим', 'этих', 'это', 'этого', 'этой', 'этом', 'этот',
    'эту', 'я',
  ]),
});

const STOP_SETS = { [LATIN]: new Set(STOP_WORDS.en), [CYRILLIC]: new Set(STOP_WORDS.ru) };

// ===== Snowball stemmers, written from the algorithms' published descriptions =====

// A Snowball `among`: entries [suffix, ...data], looked up by the longest suffix of a word.
function suffixTable(entries) {
  const byLastCharacter = new Map();
  for (const entry of [...entries].sort((a, b) => b[0].length - a[0].length)) {
    const last = entry[0][entry[0].length - 1];
    byLastCharacter.set(last, [...(byLastCharacter.get(last) ?? []), entry]);
  }
  // The entry with the longest suffix of `word` that starts at or after `from`, if any.
  return (word, from = 0) =>
    byLastCharacter
      .get(word[word.length - 1])
      ?.find(([suffix]) => word.length - suffix.length >= from && word.endsWith(suffix));
}

// Snowball's region start: just after the first non-vowel that follows a vowel at or after `from`,
// or word.length when there is none.
function regionStart(word, from, vowels) {
  let index = from;
  while (index < word.length && !vowels.includes(word[index])) index++;
  while (index < word.length && vowels.includes(word[index])) index++;
  return index < word.length ? index + 1 : word.length;
}

// ----- "english" (Porter2) -----

const EN_VOWELS = 'aeiouy';
const EN_SHORT_SYLLABLE_END_EXCLUDED = 'aeiouywxY';
const EN_VALID_LI = 'cdeghkmnrt';
const EN_DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const EN_WHOLE_WORDS = new Map([
  ['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'],
  ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'],
  ['singly', 'singl'], ['sky', 'sky'], ['news', 'news'], ['howe', 'howe'], ['atlas', 'atlas'],
  ['cosmos', 'cosmos'], ['bias', 'bias'], ['andes', 'andes'],
]);
const EN_INVARIANT_AFTER_STEP_1A = new Set([
  'inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed',
]);
const EN_STEP_1B = suffixTable([['eedly'], ['ingly'], ['edly'], ['eed'], ['ing'], ['ed']]);
// Suffix → replacement. A function replacement receives the part before the suffix and p2 (the
// start of R2), and returns the new word, or null to leave the word as it is.
const EN_STEP_2 = suffixTable([
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
  ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'],
  ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'],
  ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'],
  ['alli', 'al'], ['bli', 'ble'], ['ogi', (stem) => (stem.endsWith('l') ? stem + 'og' : null)],
  ['li', (stem) => (stem.length > 0 && EN_VALID_LI.includes(stem[stem.length - 1]) ? stem : null)],
]);
const EN_STEP_3 = suffixTable([
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'],
  ['ative', (stem, p2) => (stem.length >= p2 ? stem : null)], ['ical', 'ic'], ['ness', ''], ['ful', ''],
]);
const EN_STEP_4 = suffixTable([
  ...['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive']
    .map((suffix) => [suffix, '']),
  ['ize', ''], ['ion', (stem) => (/[st]$/.test(stem) ? stem : null)], ['al', ''], ['er', ''], ['ic', ''],
]);

function hasEnglishVowel(text) {
  for (const character of text) if (EN_VOWELS.includes(character)) return true;
  return false;
}

// Does word[0..<end] end with a short syllable?
function endsWithShortSyllable(word, end) {
  if (end < 2 || EN_VOWELS.includes(word[end - 1]) || !EN_VOWELS.includes(word[end - 2])) return false;
  if (end === 2) return true;
  return !EN_VOWELS.includes(word[end - 3]) && !EN_SHORT_SYLLABLE_END_EXCLUDED.includes(word[end - 1]);
}

function stemEnglish(input) {
  const whole = EN_WHOLE_WORDS.get(input);
  if (whole !== undefined) return whole;
  if (input.length < 3) return input;

  let word = input.startsWith("'") ? input.slice(1) : input;
  let foundY = false;
  for (let index = 0; index < word.length; index++) {
    if (word[index] === 'y' && (index === 0 || EN_VOWELS.includes(word[index - 1]))) {
      word = word.slice(0, index) + 'Y' + word.slice(index + 1);
      foundY = true;
    }
  }

  const prefix = ['gener', 'commun', 'arsen'].find((candidate) => word.startsWith(candidate));
  const p1 = prefix ? prefix.length : regionStart(word, 0, EN_VOWELS);
  const p2 = regionStart(word, p1, EN_VOWELS);

  word = englishStep1a(word);
  if (!EN_INVARIANT_AFTER_STEP_1A.has(word)) {
    word = englishStep1b(word, p1);
    if (word.length > 2 && /[yY]$/.test(word) && !EN_VOWELS.includes(word[word.length - 2])) {
      word = word.slice(0, -1) + 'i';
    }
    word = englishReplace(word, EN_STEP_2, p1, p2);
    word = englishReplace(word, EN_STEP_3, p1, p2);
    word = englishReplace(word, EN_STEP_4, p2, p2);
    word = englishStep5(word, p1, p2);
  }
  return foundY ? word.replaceAll('Y', 'y') : word;
}

function englishStep1a(input) {
  const apostrophe = ["'s'", "'s", "'"].find((suffix) => input.endsWith(suffix));
  const word = apostrophe ? input.slice(0, -apostrophe.length) : input;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ied') || word.endsWith('ies')) return word.slice(0, word.length > 4 ? -2 : -1);
  if (word.endsWith('us') || word.endsWith('ss') || !word.endsWith('s')) return word;
  return hasEnglishVowel(word.slice(0, -2)) ? word.slice(0, -1) : word;
}

function englishStep1b(word, p1) {
  const [suffix] = EN_STEP_1B(word) ?? [];
  if (!suffix) return word;
  const stem = word.slice(0, -suffix.length);
  if (suffix === 'eed' || suffix === 'eedly') return stem.length >= p1 ? stem + 'ee' : word;
  if (!hasEnglishVowel(stem)) return word;
  if (/(at|bl|iz)$/.test(stem)) return stem + 'e';
  if (EN_DOUBLES.has(stem.slice(-2))) return stem.slice(0, -1);
  return stem.length === p1 && endsWithShortSyllable(stem, stem.length) ? stem + 'e' : stem;
}

// Applies the rule of the longest suffix of `word` in `rules` if it starts at or after `region`.
function englishReplace(word, rules, region, p2) {
  const rule = rules(word);
  if (!rule || word.length - rule[0].length < region) return word;
  const stem = word.slice(0, -rule[0].length);
  if (typeof rule[1] === 'function') return rule[1](stem, p2) ?? word;
  return stem + rule[1];
}

function englishStep5(word, p1, p2) {
  const last = word.length - 1;
  if (word[last] === 'e' && (last >= p2 || (last >= p1 && !endsWithShortSyllable(word, last)))) {
    return word.slice(0, -1);
  }
  if (word[last] === 'l' && last >= p2 && word[last - 1] === 'l') return word.slice(0, -1);
  return word;
}

// ----- "russian" -----

const RU_VOWELS = 'аеиоуыэюя';

// A table of endings [suffix, needsAOrYaBefore] from groups [space-separated suffixes, needsAOrYaBefore].
function russianEndings(...groups) {
  return suffixTable(
    groups.flatMap(([suffixes, needsAOrYaBefore]) => suffixes.split(' ').map((suffix) => [suffix, needsAOrYaBefore])),
  );
}

const RU_PERFECTIVE_GERUND = russianEndings(['в вши вшись', true], ['ив ивши ившись ыв ывши ывшись', false]);
const RU_REFLEXIVE = russianEndings(['ся сь', false]);
const RU_ADJECTIVE = russianEndings([
  'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею', false,
]);
const RU_PARTICIPLE = russianEndings(['ем нн вш ющ щ', true], ['ивш ывш ующ', false]);
const RU_VERB = russianEndings(
  ['ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно', true],
  ['ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю', false],
);
const RU_NOUN = russianEndings([
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
  false,
]);
const RU_DERIVATIONAL = russianEndings(['ост ость', false]);
const RU_SUPERLATIVE = russianEndings(['ейш ейше', false]);

// The word without its longest ending from `endings` that lies in RV (from `rv` on), or null when
// there is none or that ending needs an а or я before it (in RV) that is not there.
function russianWithoutEnding(word, rv, endings) {
  const ending = endings(word, rv);
  if (!ending) return null;
  const stem = word.slice(0, -ending[0].length);
  if (ending[1] && !(stem.length > rv && /[ая]$/.test(stem))) return null;
  return stem;
}

function stemRussian(input) {
  let word = input.replaceAll('ё', 'е');
  let firstVowel = 0;
  while (firstVowel < word.length && !RU_VOWELS.includes(word[firstVowel])) firstVowel++;
  const rv = Math.min(firstVowel + 1, word.length);
  const p2 = regionStart(word, regionStart(word, 0, RU_VOWELS), RU_VOWELS);

  let stem = russianWithoutEnding(word, rv, RU_PERFECTIVE_GERUND);
  if (stem === null) {
    word = russianWithoutEnding(word, rv, RU_REFLEXIVE) ?? word;
    const adjective = russianWithoutEnding(word, rv, RU_ADJECTIVE);
    stem =
      adjective !== null
        ? russianWithoutEnding(adjective, rv, RU_PARTICIPLE) ?? adjective
        : russianWithoutEnding(word, rv, RU_VERB) ?? russianWithoutEnding(word, rv, RU_NOUN);
  }
  if (stem !== null) word = stem;
  if (word.length > rv && word.endsWith('и')) word = word.slice(0, -1);

  const derived = russianWithoutEnding(word, rv, RU_DERIVATIONAL);
  if (derived !== null && derived.length >= p2) word = derived;

  const superlative = russianWithoutEnding(word, rv, RU_SUPERLATIVE);
  if (superlative !== null) word = superlative;
  if (word.length - 2 >= rv && word.endsWith('нн')) word = word.slice(0, -1);
  else if (superlative === null && word.length > rv && word.endsWith('ь')) word = word.slice(0, -1);
  return word;
}

// ===== Analysis API =====

const STEMMERS = { [LATIN]: stemEnglish, [CYRILLIC]: stemRussian };

/**
 * The Snowball stem of one lowercase word: lang 'en' uses "english" (Porter2), 'ru' uses "russian";
 * any other lang returns the word unchanged. Matches libstemmer 2.2 for every word of the test lists.
 */
export function stem(word, lang) {
  if (lang === 'en') return stemEnglish(word);
  if (lang === 'ru') return stemRussian(word);
  return word;
}

/**
 * The index terms of `text` with their UTF-16 offsets in it: [{ term, start, end }], in text order. With
 * `keepStopWords`, stop words are stemmed like any other word instead of dropped.
 */
export function tokenize(text, lang, { keepStopWords = false } = {}) {
  const terms = [];
  for (const token of scanTokens(text)) {
    if (token.script === VERBATIM) {
      terms.push({ term: token.text, start: token.start, end: token.end });
    } else if (keepStopWords || !STOP_SETS[token.script].has(token.text)) {
      terms.push({ term: STEMMERS[token.script](token.text), start: token.start, end: token.end });
    }
  }
  return terms;
}

/** The index terms of `text`, in text order, duplicates kept; `options` as for `tokenize`. */
export function analyze(text, lang, options = {}) {
  return tokenize(text, lang, options).map((token) => token.term);
}

// ---- Dictionary words ----
// Whether a term is the term of a correct English or Russian word, for "Did you mean" (below): a Bloom filter of
// the terms of every word form in the word lists .ci/setup installs (wamerican; hunspell-ru expanded with
// unmunch), without abbreviations written in capitals ("AP"). scripts/generate_dictionary_words.mjs writes it
// into static/search/words/: per script, DICTIONARY_WORDS.shards files `words/<en|ru>.<shard>.bin`, each a run
// of blocks of DICTIONARY_WORDS.blockBits bits. A term's hash picks its shard and a block in it, and all its
// bits lie in that block, so a check reads one small file. The Bloom hashing is also the intake checker's
// (KnownWords.positions in Swift).

/** The layout of the dictionary word files, shared with scripts/generate_dictionary_words.mjs. */
export const DICTIONARY_WORDS = Object.freeze({ shards: 64, blockBits: 512, hashes: 7, basis: 0x2f2a1d33 });

const utf8Encoder = new TextEncoder();

function fnv1a(bytes, basis) {
  let hash = basis >>> 0;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** KnownWords.positions: the bits a term sets in a Bloom filter of `size` bits, by FNV-1a double hashing. */
export function bloomPositions(term, size, hashes) {
  const bytes = utf8Encoder.encode(term);
  const first = fnv1a(bytes, 0x811c9dc5);
  const step = (fnv1a(bytes, 0x050c5d1f) | 1) >>> 0;
  const positions = [];
  for (let index = 0; index < hashes; index += 1) positions.push(((first + Math.imul(index, step)) >>> 0) % size);
  return positions;
}

/** 'en' for a term of Latin letters only, 'ru' for Cyrillic only, null for digits or mixed scripts. */
export function termScript(term) {
  let latin = false;
  let cyrillic = false;
  for (const character of term) {
    const code = character.codePointAt(0);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) latin = true;
    else if (code >= 0x400 && code <= 0x52f) cyrillic = true;
    else return null;
  }
  if (latin === cyrillic) return null;
  return latin ? 'en' : 'ru';
}

/**
 * Where a term's bits lie: its file (relative to the search/ folder, null for a term of no word list's script)
 * and the block's number before it is reduced to the file's block count.
 */
export function dictionaryPlace(term) {
  const script = termScript(term);
  if (script === null) return { path: null, block: 0 };
  const hash = fnv1a(utf8Encoder.encode(term), DICTIONARY_WORDS.basis);
  return { path: `words/${script}.${hash % DICTIONARY_WORDS.shards}.bin`, block: Math.floor(hash / DICTIONARY_WORDS.shards) };
}

/** The bits of `term` in its file's bytes: [byte index, mask] pairs, for setting and for testing them. */
export function dictionaryBits(term, block, bytes) {
  const blockBytes = DICTIONARY_WORDS.blockBits / 8;
  const base = (block % Math.max(1, Math.floor(bytes.length / blockBytes))) * blockBytes;
  return bloomPositions(term, DICTIONARY_WORDS.blockBits, DICTIONARY_WORDS.hashes).map((position) => [base + (position >> 3), 1 << (position & 7)]);
}

// Whether a dictionary word file's `bytes` hold `term`, whose place in it is `block`.
function dictionaryHolds(bytes, term, block) {
  return dictionaryBits(term, block, bytes).every(([index, mask]) => (bytes[index] & mask) !== 0);
}

// ---- Search engine ----
// Reads the index that `deskbook build` writes under public/search/<lang>/ and ranks exactly as
// Sources/DeskbookSearch/Query/SearchEngine.swift does: same steps, same integer scores, same order.
// The index format and the ranking are described at the top of
// Sources/DeskbookSearch/Index/SearchIndexBuilder.swift.
//
// A query runs in passes over the files loaded so far. A pass that needs a file not yet loaded
// notes it and goes on without it; the noted files are then fetched together and the query runs
// again, until a pass needs nothing new. Only the last pass, which saw every file it needed, gives
// the results, so they never depend on the order files arrive in.

// Match weights and limits, the same as MatchWeights.swift.
const WEIGHT_EXACT = 4;
const WEIGHT_PREFIX = 1;
const WEIGHT_ONE_EDIT = 3;
const WEIGHT_TWO_EDITS = 2;
const MAX_TERMS = 16;
const MIN_PREFIX_LENGTH = 3;
const MAX_COMPLETIONS = 16;
const MIN_CORRECTION_LENGTH = 4;
const MAX_CORRECTIONS = 4;
const MANIFEST_VERSION = 2;
// The most shards fetched ahead for the completions of a prefix (IndexView.completionShards); only
// what is fetched when, not the ranking, depends on it.
const MAX_COMPLETION_SHARDS = 2;

const settings = { load: null };
const files = new Map(); // path → Promise of the decoded file
const loaded = new Map(); // path → the decoded file, once it arrived

/**
 * Sets how index files are read. `load(path)` gets a path relative to the search/ folder
 * ("en/index.json", "en/s.1a2b3c4d5e.bin") and returns a Promise of its bytes (Uint8Array) or text;
 * by default files are fetched relative to this module's URL. Clears caches.
 */
export function configure({ load = null } = {}) {
  settings.load = load;
  files.clear();
  loaded.clear();
}

async function readFile(path) {
  if (settings.load) return settings.load(path);
  const response = await fetch(new URL('./' + path, import.meta.url));
  if (!response.ok) throw new Error(`search index: ${path}: HTTP ${response.status}`);
  return path.endsWith('.bin') ? new Uint8Array(await response.arrayBuffer()) : response.text();
}

function decodeFile(path, data) {
  if (path.startsWith('words/')) {
    if (typeof data === 'string') throw new Error(`search index: ${path}: expected bytes`);
    return data;
  }
  if (path.endsWith('.json')) return JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data));
  if (typeof data === 'string') throw new Error(`search index: ${path}: expected bytes`);
  return decodeTermTable(data, path, /\/s\.[0-9a-f]+\.bin$/.test(path));
}

// Fetches and decodes a file once; a failed fetch is forgotten so that a later query retries it.
function fetchFile(path) {
  if (!files.has(path)) {
    const promise = readFile(path).then((data) => {
      const decoded = decodeFile(path, data);
      loaded.set(path, decoded);
      return decoded;
    });
    promise.catch(() => files.delete(path));
    files.set(path, promise);
  }
  return files.get(path);
}

// ----- Binary shards and dictionaries (TermTable.swift) -----

const utf8Decoder = new TextDecoder();

function decodeTermTable(bytes, path, withPostings) {
  let offset = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (offset >= bytes.length) throw new Error(`search index: ${path} is damaged`);
      const byte = bytes[offset++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const count = varint();
  const terms = new Array(count);
  let previous = new Uint8Array(0);
  for (let index = 0; index < count; index++) {
    const shared = varint();
    const length = varint();
    const term = new Uint8Array(shared + length);
    term.set(previous.subarray(0, shared));
    term.set(bytes.subarray(offset, offset + length), shared);
    offset += length;
    terms[index] = utf8Decoder.decode(term);
    previous = term;
  }
  const counts = Array.from({ length: count }, varint);
  const positions = new Map(terms.map((term, index) => [term, index]));
  if (!withPostings) return { terms, counts, positions, postings: [] };
  const postings = counts.map((length) => {
    const documents = new Int32Array(length);
    let document = 0;
    for (let index = 0; index < length; index++) documents[index] = document += varint();
    return { documents, impacts: null };
  });
  for (const [index, entry] of postings.entries()) {
    entry.impacts = bytes.subarray(offset, offset + counts[index]);
    offset += counts[index];
  }
  if (offset > bytes.length) throw new Error(`search index: ${path} is damaged`);
  return { terms, counts, positions, postings };
}

// ----- Terms and buckets (TermKeys.swift) -----

// Either order gives one pair term, the word first in term order first (TermKeys.pair).
const pairTerm = (first, second) => (second < first ? second + ' ' + first : first + ' ' + second);
const isPair = (term) => term.includes(' ');
const bucketOf = (term) => Array.from(term.split(' ')[0]).slice(0, 2).join('');
// A word's third and fourth code points, null for a shorter word or a word with digits.
const middleOf = (word) => {
  const points = Array.from(word);
  return points.length >= 4 && !/[0-9]/.test(word) ? points[2] + points[3] : null;
};
// UTF-8 byte order; for terms, which hold only BMP characters, the same as UTF-16 order.
const compareTerms = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function shardNumber(term, keys) {
  let low = 0;
  let high = keys.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (term < keys[middle]) high = middle;
    else low = middle;
  }
  return low;
}

// The files of one language's index as one pass sees them (IndexFiles.swift): a getter returns
// null for a file not loaded yet, after noting it in `missing`.
class IndexView {
  constructor(lang, manifest) {
    this.lang = lang;
    this.manifest = manifest;
    this.missing = new Set();
  }

  file(name) {
    return this.shared(this.lang + '/' + name);
  }

  // A file by its path in the search/ folder (a dictionary word file), or null after noting it.
  shared(path) {
    if (loaded.has(path)) return loaded.get(path);
    this.missing.add(path);
    return null;
  }

  shard(term) {
    return this.file(`s.${this.manifest.shardHashes[shardNumber(term, this.manifest.shards)]}.bin`);
  }

  // Asks for the shards after the one of `prefix` whose first word begins with it (at most
  // MAX_COMPLETION_SHARDS): a split bucket's completions of the prefix are there, and their postings come
  // in the same round as the prefix's own shard instead of one round later.
  completionShards(prefix) {
    const { shards, shardHashes } = this.manifest;
    const first = shardNumber(prefix, shards) + 1;
    for (let number = first; number < Math.min(shards.length, first + MAX_COMPLETION_SHARDS) && shards[number].startsWith(prefix); number++) {
      this.file(`s.${shardHashes[number]}.bin`);
    }
  }

  postings(term) {
    const shard = this.shard(term);
    if (!shard) return null;
    const position = shard.positions.get(term);
    return position === undefined ? undefined : shard.postings[position];
  }

  // The words of a bucket with their posting counts, in term order, or null if not loaded yet.
  words(bucket) {
    const dictionary = this.manifest.dictionaries.indexOf(bucket);
    const table = dictionary >= 0 ? this.file(`d.${this.manifest.dictionaryHashes[dictionary]}.bin`) : this.shard(bucket);
    if (!table) return null;
    const words = [];
    table.terms.forEach((term, index) => {
      if (dictionary >= 0 || (!isPair(term) && bucketOf(term) === bucket)) words.push({ term, count: table.counts[index] });
    });
    return words;
  }

  // The words whose middle is `middle` with their posting counts, or null if not loaded yet.
  middleWords(middle) {
    const table = this.file(`m.${this.manifest.middleHashes[shardNumber(middle, this.manifest.middles)]}.bin`);
    if (!table) return null;
    const words = [];
    table.terms.forEach((term, index) => {
      if (middleOf(term) === middle) words.push({ term, count: table.counts[index] });
    });
    return words;
  }

  row(document) {
    const { chunkSize, chunkHashes } = this.manifest;
    const chunk = this.file(`c.${chunkHashes[Math.floor(document / chunkSize)]}.json`);
    if (!chunk) return null;
    const [url, title, kind, excerpt] = chunk[document % chunkSize];
    return { url, title, kind, excerpt };
  }
}

// ----- Query steps (QueryPlan.swift, TermMatches.swift, QueryScorer.swift) -----

function queryPlan(query, lang) {
  const tokens = tokenize(query, lang);
  const terms = [];
  for (const { term } of tokens) if (!terms.includes(term) && terms.length < MAX_TERMS) terms.push(term);
  const last = tokens[tokens.length - 1];
  const prefix =
    last && last.end === query.length && terms.includes(last.term) && Array.from(last.term).length >= MIN_PREFIX_LENGTH
      ? last.term
      : null;
  const pairs = [];
  for (let index = 1; index < tokens.length; index++) {
    const [first, second] = [tokens[index - 1].term, tokens[index].term];
    const known = pairs.some((pair) => (pair[0] === first && pair[1] === second) || (pair[0] === second && pair[1] === first));
    if (first !== second && terms.includes(first) && terms.includes(second) && !known) {
      pairs.push([first, second]);
    }
  }
  return { tokens, terms, prefix, pairs };
}

// How far `word` (an index term) is from the misspelled `term`, code point arrays, or null when
// more than `limit` (EditDistance.swift): the optimal string alignment distance (a swap of two
// neighbours counts 1) between the two, or, if smaller and `word` has 4 letters or more, 1 + the
// distance between `word` and `term` without its last 1 to 3 letters (a typo often keeps the
// stemmer from removing a suffix: "unexpectehd" stays whole while "unexpected" becomes "unexpect").
const MAX_DROPPED_END = 3;
const MIN_WORD_FOR_DROPPED_END = 4;
function correctionDistance(term, word, limit) {
  const shortest = word.length < MIN_WORD_FOR_DROPPED_END ? term.length : Math.max(word.length - limit, term.length - MAX_DROPPED_END, 1);
  if (word.length - term.length > limit || term.length - MAX_DROPPED_END - word.length > limit) return null;
  // Rows go through `word`, columns through `term`: the last row holds the distance between
  // `word` and every beginning of `term`.
  let twoBack = new Array(term.length + 1).fill(0);
  let previous = Array.from({ length: term.length + 1 }, (_, index) => index);
  let current = new Array(term.length + 1).fill(0);
  for (let i = 1; i <= word.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= term.length; j++) {
      const cost = word[i - 1] === term[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && word[i - 1] === term[j - 2] && word[i - 2] === term[j - 1]) value = Math.min(value, twoBack[j - 2] + 1);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    // Row minima never decrease, so every distance is already known to exceed the limit.
    if (rowMinimum > limit) return null;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  let best = previous[term.length];
  for (let end = shortest; end < term.length; end++) best = Math.min(best, previous[end] + 1);
  return best <= limit ? best : null;
}

// The index terms `term` matches, [{term, weight}], or null while its shard is not loaded.
function termMatches(term, isPrefix, view) {
  const exact = view.postings(term);
  // A prefix's bucket words and the shards of its completions are asked for with its shard, so that
  // the dictionary of a split bucket and the postings of its completions come in the same round.
  if (isPrefix) view.completionShards(term);
  const words = isPrefix ? view.words(bucketOf(term)) : [];
  if (exact === null || words === null) return null;
  const matches = exact ? [{ term, weight: WEIGHT_EXACT }] : [];
  if (isPrefix) {
    const completions = words
      .filter((word) => word.term !== term && word.term.startsWith(term))
      .sort((a, b) => b.count - a.count || compareTerms(a.term, b.term))
      .slice(0, MAX_COMPLETIONS);
    for (const word of completions) matches.push({ term: word.term, weight: WEIGHT_PREFIX });
  }
  return matches.length > 0 ? matches : corrections(term, view);
}

function corrections(term, view) {
  const points = Array.from(term);
  const middle = middleOf(term);
  if (points.length < MIN_CORRECTION_LENGTH || middle === null) return [];
  const limit = points.length >= 8 ? 2 : 1;
  const variants = [points, [points[1], points[0], ...points.slice(2)], points.slice(1), [points[0], ...points.slice(2)]];
  const words = new Map();
  for (const bucket of new Set(variants.map((variant) => bucketOf(variant.join(''))))) {
    for (const word of view.words(bucket) ?? []) words.set(word.term, word.count);
  }
  for (const key of new Set([middle, points[1] + points[2]])) {
    for (const word of view.middleWords(key) ?? []) words.set(word.term, word.count);
  }
  const candidates = [];
  for (const [word, count] of words) {
    const distance = correctionDistance(points, Array.from(word), limit);
    if (distance !== null) candidates.push({ term: word, count, distance });
  }
  return candidates
    .sort((a, b) => a.distance - b.distance || b.count - a.count || compareTerms(a.term, b.term))
    .slice(0, MAX_CORRECTIONS)
    .map((word) => ({ term: word.term, weight: word.distance === 1 ? WEIGHT_ONE_EDIT : WEIGHT_TWO_EDITS }));
}

// Query scores in arrays indexed by document id (ids run from 0 below manifest.documents), not in Maps: a
// query scores thousands of documents, and typing runs one query per keystroke. `totals` holds each
// document's score (0: not matched; every match scores at least 1) and `scored` the documents with one, in
// the order they got it; `best` and `touched` are the same for the group being added.
class Scores {
  constructor(documents) {
    this.totals = new Int32Array(Math.max(0, documents));
    this.best = new Int32Array(Math.max(0, documents));
    this.matchedTerms = new Int32Array(Math.max(0, documents));
    this.scored = [];
    this.touched = [];
  }

  grow(count) {
    for (const name of ['totals', 'best', 'matchedTerms']) {
      const larger = new Int32Array(count);
      larger.set(this[name]);
      this[name] = larger;
    }
  }

  // The best `limit` documents, [[document, score]], highest score first, ties to the lower id.
  top(limit) {
    const kept = [];
    limit = Math.trunc(limit); // as Array.prototype.slice reads it
    if (!(limit > 0)) return kept;
    const precedes = (a, b) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
    for (const document of this.scored) {
      const entry = [document, this.totals[document]];
      if (kept.length === limit && !precedes(entry, kept[kept.length - 1])) continue;
      let index = kept.length;
      while (index > 0 && precedes(entry, kept[index - 1])) index--;
      kept.splice(index, 0, entry);
      if (kept.length > limit) kept.pop();
    }
    return kept;
  }
}

// Adds a group's best weighted impact per document to `scores`; a term's group (not a pair's) also counts
// towards each document's matched terms.
function addGroup(scores, group, view, isPair = false) {
  for (const { term, weight } of group) {
    const postings = view.postings(term);
    if (!postings) continue;
    const { documents, impacts } = postings;
    for (let index = 0; index < documents.length; index++) {
      const document = documents[index];
      const score = weight * impacts[index];
      if (document >= scores.best.length) scores.grow(document + 1);
      if (score > scores.best[document]) {
        if (scores.best[document] === 0) scores.touched.push(document);
        scores.best[document] = score;
      }
    }
  }
  const { totals, best, scored, touched } = scores;
  for (const document of touched) {
    if (totals[document] === 0) scored.push(document);
    totals[document] += best[document];
    if (!isPair) scores.matchedTerms[document] += 1;
    best[document] = 0;
  }
  touched.length = 0;
}

// One pass of a query: the ranked documents, the matches of each term, and rows of the results.
function runPass(plan, view, limit) {
  const scores = new Scores(view.manifest.documents);
  const matches = new Map();
  for (const term of plan.terms) {
    const group = termMatches(term, term === plan.prefix, view) ?? [];
    matches.set(term, group);
    addGroup(scores, group, view);
  }
  for (const [first, second] of plan.pairs) {
    const group = [];
    for (const a of matches.get(first)) {
      for (const b of matches.get(second)) {
        const pair = pairTerm(a.term, b.term);
        if (view.postings(pair)) group.push({ term: pair, weight: Math.min(a.weight, b.weight) });
      }
    }
    addGroup(scores, group, view, true);
  }
  // Rows are fetched only for the final ranking, once no shard is missing.
  const complete = view.missing.size === 0;
  const ranked = scores
    .top(complete ? Math.max(0, limit) : 0)
    .map(([document, score]) => ({ document, score, matched: scores.matchedTerms[document], row: view.row(document) }));
  return { ranked, matches };
}

async function languageManifest(lang) {
  const manifest = await fetchFile(lang + '/index.json');
  if (manifest.version !== MANIFEST_VERSION) throw new Error(`search index: ${lang}: unsupported version ${manifest.version}`);
  return manifest;
}

// Runs passes until one needs no file that is not loaded.
async function runQuery(query, lang, limit) {
  const view = new IndexView(lang, await languageManifest(lang));
  const plan = queryPlan(query, lang);
  for (;;) {
    view.missing.clear();
    const pass = runPass(plan, view, limit);
    if (view.missing.size === 0) return { plan, view, ...pass };
    await Promise.all([...view.missing].map(fetchFile));
  }
}

// ----- Results (ExcerptMarkup.swift) -----

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHTML = (text) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);

// The longest excerpt shown, in UTF-16 units (ExcerptMarkup.windowLength).
const EXCERPT_LENGTH = 160;

// The [start, end) of `text` shown: all of it when it fits; else from the start of the first matched
// token from which a window holds more distinct matched terms than from any earlier one (the text's
// start when none holds more than the first window), ended at the last space within EXCERPT_LENGTH.
function excerptWindow(text, matched) {
  if (text.length <= EXCERPT_LENGTH) return [0, text.length];
  const distinctTerms = (from) =>
    new Set(matched.filter((token) => token.start >= from && token.end <= from + EXCERPT_LENGTH).map((token) => token.term)).size;
  let start = 0;
  let most = distinctTerms(0);
  for (const token of matched) {
    const count = distinctTerms(token.start);
    if (count > most) [start, most] = [token.start, count];
  }
  let end = Math.min(start + EXCERPT_LENGTH, text.length);
  const space = end < text.length ? text.lastIndexOf(' ', end - 1) : -1;
  if (space > start) end = space;
  return [start, end];
}

// The excerpt of a result (ExcerptMarkup.swift): the window of its stored text with most of the
// matched terms, escaped, the matched words in <mark>, "…" where the text was cut.
function excerptHTML(text, marked, lang) {
  const matched = tokenize(text, lang).filter((token) => marked.has(token.term));
  const [start, end] = excerptWindow(text, matched);
  let html = start > 0 ? '…' : '';
  let offset = start;
  for (const token of matched) {
    if (token.start < start || token.end > end) continue;
    html += escapeHTML(text.slice(offset, token.start)) + '<mark>' + escapeHTML(text.slice(token.start, token.end)) + '</mark>';
    offset = token.end;
  }
  return html + escapeHTML(text.slice(offset, end)) + (end < text.length ? '…' : '');
}

/**
 * Fetches the bootstrap of the index of `lang` (its manifest, `<lang>/index.json`) ahead of the
 * first query, for example when the search box gets focus. Resolves when it is loaded.
 */
export async function preload({ lang = 'en' } = {}) {
  await languageManifest(lang);
}

/**
 * Searches the index of `lang` (default 'en'): a Promise of the best `limit` (default 10) results,
 * [{url, title, kind, excerpt, score, matched}], best first (`matched`: how many of the query's terms the
 * result matches). `title` is plain text (set it as text, not
 * HTML); `excerpt` is HTML: escaped text with the matched words in <mark>. A result needs to match
 * only some of the query's words; words are completed as typed and corrected when misspelled.
 */
export async function search(query, { lang = 'en', limit = 10 } = {}) {
  const { ranked, matches } = await runQuery(String(query), lang, limit);
  const marked = new Set([...matches.values()].flat().map((match) => match.term));
  return ranked.map(({ row, score, matched }) => ({
    url: row.url,
    title: row.title,
    kind: row.kind,
    excerpt: excerptHTML(row.excerpt, marked, lang),
    score,
    matched,
  }));
}

// ----- "Did you mean" -----
// A suggestion replaces a query word only where the site lacks it or spells it differently, and only when the
// corrected query finds clearly better results:
// - a word the index lacks (4+ letters) becomes the word the search matched instead (one or two edits away,
//   not a completion); a word of 2-3 letters the index lacks becomes the most frequent index word that is that
//   word and one more letter ("ap" → "app");
// - but a word whose term is a correct English or Russian word's (see "Dictionary words") is never replaced by
//   another: "moon" is not turned into "soon", "cant" not into "want", "passport" not into "password";
// - a word the index has whose stem it shares with a written form that is the word with one letter put back
//   inside or doubled, the best result not writing it as typed ("instal" → "install", which Snowball stems
//   both to "instal"); this respells the same word as the site does, so the results stay the same, and it is
//   offered even for a spelling the word lists know ("instal" is in wamerican);
// - the corrected query's best result must score more than the typed query's best (SUGGESTION_GAIN), and
//   reach SUGGESTION_STRENGTH of the most its terms can score (a query about something the site does not cover,
//   "fly to the moon", finds no strong answer whatever a word becomes);
// - a replaced word must be in the title or the start of that best result, as shown: a correction that does not
//   help the answer ("cant" → "want") is left as typed.
// The query is read as finished (as if it ended with a space): its last word is not completed but corrected.

// The corrected query's best score over the typed query's, at least.
const SUGGESTION_GAIN = 1.05;
// The corrected query's best score over terms × 4 × 255 (every term matched as typed at the highest impact).
const SUGGESTION_STRENGTH = 0.15;

// The word written in `text` with the term `term` that is `typed` with one letter put back, or null. The letter
// is inside the word or doubles the last one ("instal" → "install", "уведомленя" → "уведомления"), never an
// ending added to a word ("refund" → "refunds": an inflection, not a typo).
function longerWrittenForm(text, lang, term, typed) {
  const points = Array.from(typed);
  for (const token of tokenize(text, lang)) {
    if (token.term !== term) continue;
    const written = Array.from(text.slice(token.start, token.end).toLowerCase());
    if (written.join('') === typed) return null;
    if (written.length !== points.length + 1) continue;
    let at = 0;
    while (at < points.length && points[at] === written[at]) at++;
    const restMatches = written.slice(at + 1).join('') === points.slice(at).join('');
    const inside = at < points.length || written[at] === written[at - 1];
    if (restMatches && inside) return written.join('');
  }
  return null;
}

// Whether `term` is the term of a word of the word lists (see "Dictionary words"), or null while its file is
// not loaded.
function isDictionaryTerm(term, view) {
  const { path, block } = dictionaryPlace(term);
  if (path === null) return false;
  const bytes = view.shared(path);
  if (bytes === null) return null;
  return dictionaryHolds(bytes, term, block);
}

// The replacement term of each query term the index lacks that is no dictionary word, [term, replacement] (see
// above), or null while a file is missing.
function missingWordReplacements(plan, view, matches) {
  const replacements = new Map();
  let complete = true;
  for (const term of plan.terms) {
    const best = matches.get(term)[0];
    let replacement = null;
    if (best) {
      if (best.weight !== WEIGHT_EXACT) replacement = best.term;
    } else {
      const length = Array.from(term).length;
      if (length < 2 || length >= MIN_CORRECTION_LENGTH || /[0-9]/.test(term)) continue;
      const words = view.words(bucketOf(term));
      if (words === null) {
        complete = false;
        continue;
      }
      const longer = words
        .filter((word) => word.term.startsWith(term) && Array.from(word.term).length === length + 1)
        .sort((a, b) => b.count - a.count || compareTerms(a.term, b.term));
      replacement = longer[0]?.term ?? null;
    }
    if (replacement === null) continue;
    const known = isDictionaryTerm(term, view);
    if (known === null) complete = false;
    else if (!known) replacements.set(term, replacement);
  }
  return complete ? replacements : null;
}

// Runs `step(view)` until it needs no file that is not loaded.
async function withFiles(view, step) {
  for (;;) {
    view.missing.clear();
    const value = step();
    if (view.missing.size === 0) return value;
    await Promise.all([...view.missing].map(fetchFile));
  }
}

/**
 * A Promise of whether `word` is a correct English or Russian word by the word lists (see "Dictionary words"):
 * the check "Did you mean" makes before it replaces a word. A word of digits or of both scripts is not.
 */
export async function isDictionaryWord(word) {
  const terms = analyze(String(word), 'en', { keepStopWords: true });
  if (terms.length !== 1) return false;
  const { path, block } = dictionaryPlace(terms[0]);
  if (path === null) return false;
  return dictionaryHolds(await fetchFile(path), terms[0], block);
}

/**
 * A Promise of the query with its misspelled words corrected, or null when no correction finds clearly better
 * results (see "Did you mean" above). Replaced words are written as the site writes them. For a "Did you mean"
 * link.
 */
export async function suggest(query, { lang = 'en' } = {}) {
  query = String(query);
  const typed = await runQuery(query + ' ', lang, 1);
  const { plan, view, matches } = typed;
  const replacements = await withFiles(view, () => missingWordReplacements(plan, view, matches));
  if (replacements === null) return null;
  // Each replacement written as in the best document for it; the query rebuilt with them.
  const written = await withFiles(view, () => {
    const forms = new Map();
    for (const [term, replacement] of replacements) {
      const postings = view.postings(replacement);
      if (!postings) continue;
      let top = 0;
      for (let index = 1; index < postings.documents.length; index++) if (postings.impacts[index] > postings.impacts[top]) top = index;
      const row = view.row(postings.documents[top]);
      if (!row) continue;
      const text = row.title + ' ' + row.excerpt;
      const token = tokenize(text, lang).find((candidate) => candidate.term === replacement);
      forms.set(term, { term: replacement, text: token ? text.slice(token.start, token.end).toLowerCase() : replacement });
    }
    return forms;
  });
  const rewrite = (forms) => {
    let text = '';
    let offset = 0;
    for (const token of plan.tokens) {
      const form = forms.get(token.term);
      if (!form) continue;
      text += query.slice(offset, token.start) + form.text;
      offset = token.end;
    }
    return text + query.slice(offset);
  };
  // With no word replaced, only longer written forms are offered: the results are the same.
  const corrected = written.size > 0 ? await runQuery(rewrite(written) + ' ', lang, 1) : typed;
  const best = corrected.ranked[0];
  if (!best) return null;
  if (written.size > 0 && best.score < SUGGESTION_GAIN * (typed.ranked[0]?.score ?? 0)) return null;
  if (best.score < SUGGESTION_STRENGTH * corrected.plan.terms.length * WEIGHT_EXACT * 255) return null;
  // Only the replacements the best result shows, and the words it writes longer.
  const text = best.row.title + ' ' + best.row.excerpt;
  const shown = new Set(analyze(text, lang));
  const kept = new Map();
  for (const [term, form] of written) if (shown.has(form.term)) kept.set(term, form);
  for (const token of plan.tokens) {
    if (kept.has(token.term) || matches.get(token.term)[0]?.weight !== WEIGHT_EXACT) continue;
    const longer = longerWrittenForm(text, lang, token.term, query.slice(token.start, token.end).toLowerCase());
    if (longer) kept.set(token.term, { term: token.term, text: longer });
  }
  if (kept.size === 0) return null;
  return rewrite(kept);
}
