// Text analysis of the browser search runtime. Run from the repository root:
//   node --experimental-detect-module --test Tests/JavaScript/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STOP_WORDS, analyze, normalize, stem, tokenize } from '../../themes/default/static/search/search.js';

const fixture = JSON.parse(readFileSync(new URL('../Parity/analysis-fixtures.json', import.meta.url), 'utf8'));

test('every shared fixture case gives its terms and offsets', () => {
  for (const { text, terms } of fixture.cases) {
    const actual = tokenize(text, 'en').map(({ term, start, end }) => [term, start, end]);
    assert.deepEqual(actual, terms, JSON.stringify(text));
  }
});

test('the stop word lists are the shared ones', () => {
  assert.deepEqual([...STOP_WORDS.en].sort(), [...fixture.stopWords.en].sort());
  assert.deepEqual([...STOP_WORDS.ru].sort(), [...fixture.stopWords.ru].sort());
  assert.ok(STOP_WORDS.en.length >= 100 && STOP_WORDS.en.length <= 140);
  assert.ok(STOP_WORDS.ru.length >= 130 && STOP_WORDS.ru.length <= 180);
  for (const word of STOP_WORDS.ru) assert.ok(!word.includes('ё'), word);
});

test('normalize applies NFKC and lowercases', () => {
  assert.equal(normalize('ＡＢＣ １２３ ﬁle Ⅻ'), 'abc 123 file xii');
  assert.equal(normalize('ΣΊΣΥΦΟΣ İ'), 'σισυφοσ i');
});

test('normalize folds diacritics but keeps й', () => {
  assert.equal(normalize('Café Naïve Ñandú Über Straße ẞ'), 'cafe naive nandu uber strasse ss');
  assert.equal(normalize('Tiếng Việt đường ĐƯỢC ơ ư'), 'tieng viet duong duoc o u');
  assert.equal(normalize('Ёлка ЁЖ ё'), 'елка еж е');
  assert.equal(normalize('Йогурт й'), 'йогурт й');
  assert.equal(normalize('и\u0306 e\u0301 a\u0306'), 'й e a');
  assert.equal(normalize('æ œ ø ł ı'), 'ae oe o l i');
});

test('normalize removes soft hyphens and zero-width characters', () => {
  assert.equal(normalize('Micro\u00adsoft zero\u200bwidth'), 'microsoft zerowidth');
});

test('versions, hex codes and alphanumeric codes stay whole', () => {
  assert.deepEqual(analyze('Version 2.4.1 build 10.0.19041.1234 v3.2', 'en'), [
    'version', '2.4.1', 'build', '10.0.19041.1234', 'v3.2',
  ]);
  assert.deepEqual(analyze('Error 0x80070005, E1234 or e1234; KB5001234.', 'en'), [
    'error', '0x80070005', 'e1234', 'e1234', 'kb5001234',
  ]);
  assert.deepEqual(analyze('Step 1. Then 2.x and 3..4', 'en'), ['step', '1', '2', 'x', '3', '4']);
});

test('apostrophes inside words are dropped, hyphens and other punctuation split', () => {
  assert.deepEqual(analyze("don't it’s O'Brien users' 'quoted'", 'en'), ['dont', 'obrien', 'user', 'quot']);
  assert.deepEqual(analyze('Wi-Fi sign_in and/or 1,000', 'en'), ['wi', 'fi', 'sign', '1', '000']);
});

test('tokens with digits or mixed scripts are neither stemmed nor stop words', () => {
  assert.deepEqual(analyze('running2 the1 Officeобновление', 'en'), ['running2', 'the1', 'officeобновление']);
});

test('stop words follow the token script, negations are kept', () => {
  assert.deepEqual(analyze('How do I turn off the printer?', 'en'), ['turn', 'off', 'printer']);
  assert.deepEqual(analyze('Как отключить принтер, если он не отвечает?', 'ru'), ['отключ', 'принтер', 'не', 'отвеча']);
  assert.deepEqual(analyze('Not working, no sound. Нет звука.', 'en'), ['not', 'work', 'no', 'sound', 'нет', 'звук']);
});

test('the script, not the language, picks the stemmer', () => {
  const text = 'Настройки Outlook settings';
  assert.deepEqual(analyze(text, 'ru'), ['настройк', 'outlook', 'set']);
  assert.deepEqual(analyze(text, 'en'), analyze(text, 'ru'));
});

test('tokenize gives UTF-16 offsets into the original text', () => {
  const text = '😀 Café\u0301 "don\'t" и\u0306ти';
  const tokens = tokenize(text, 'en');
  assert.deepEqual(tokens, [
    { term: 'cafe', start: 3, end: 8 },
    { term: 'dont', start: 10, end: 15 },
    { term: 'йти', start: 17, end: 21 },
  ]);
  assert.equal(text.slice(tokens[1].start, tokens[1].end), "don't");
});

test('analyze keeps duplicates in text order', () => {
  assert.deepEqual(analyze('Reset, reset and RESET again', 'en'), ['reset', 'reset', 'reset']);
});

test('stem follows Snowball english (Porter2)', () => {
  const expected = {
    consigned: 'consign', generously: 'generous', knightly: 'knight', skies: 'sky', dying: 'die',
    news: 'news', succeeding: 'succeed', community: 'communiti', arsenal: 'arsenal', hopping: 'hop',
    hoped: 'hope', configuration: 'configur', relational: 'relat', conditional: 'condit',
    settings: 'set', reinstalling: 'reinstal', unable: 'unabl', battery: 'batteri',
  };
  for (const [word, stemmed] of Object.entries(expected)) assert.equal(stem(word, 'en'), stemmed, word);
});

test('stem follows Snowball russian', () => {
  const expected = {
    вавиловка: 'вавиловк', красивейшая: 'красив', подключиться: 'подключ', прочитавшись: 'прочита',
    настройки: 'настройк', обновление: 'обновлен', возможностями: 'возможн', сообщения: 'сообщен',
    запускается: 'запуска', ёлочка: 'елочк', быстрейший: 'быстр', компьютеров: 'компьютер',
  };
  for (const [word, stemmed] of Object.entries(expected)) assert.equal(stem(word, 'ru'), stemmed, word);
});

test('stem leaves words of other languages alone', () => {
  assert.equal(stem('settings', 'vi'), 'settings');
});
