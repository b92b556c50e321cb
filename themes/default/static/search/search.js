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
    'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'whose', 'why',
    'will', 'with', 'within', 'would', 'you', 'your', 'youre', 'yours', 'yourself', 'yourselves',
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

/** The index terms of `text` with their UTF-16 offsets in it: [{ term, start, end }], in text order. */
export function tokenize(text, lang) {
  const terms = [];
  for (const token of scanTokens(text)) {
    if (token.script === VERBATIM) {
      terms.push({ term: token.text, start: token.start, end: token.end });
    } else if (!STOP_SETS[token.script].has(token.text)) {
      terms.push({ term: STEMMERS[token.script](token.text), start: token.start, end: token.end });
    }
  }
  return terms;
}

/** The index terms of `text`, in text order, duplicates kept. */
export function analyze(text, lang) {
  return tokenize(text, lang).map((token) => token.term);
}
