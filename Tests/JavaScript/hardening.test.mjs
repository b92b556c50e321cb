// checker.js against hostile requests, as StrictRequestTests.swift checks the Swift checker: JSON read by RFC 8259
// with keys given twice refused (Tests/Fixtures/request-json/cases.json, shared with Swift), NUL characters
// refused, and no regular expression run on a field over its length limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, checkBytes, readRequest } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'site.rules.json'), 'utf8'));
const cases = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'request-json', 'cases.json'), 'utf8'));
const at = '2026-01-14T11:00:00+03:00';
const bytes = (text) => new TextEncoder().encode(text);

test('the shared JSON cases are there', () => {
  assert.ok(cases.length >= 40);
});

for (const jsonCase of cases) {
  test(`request JSON: ${jsonCase.about}`, () => {
    const read = readRequest(bytes(jsonCase.text), 100000);
    if (jsonCase.syntax) {
      assert.deepEqual(read, { problem: { code: 'request.syntax', values: {} } });
    } else {
      assert.equal(read.problem, undefined);
      if ('value' in jsonCase) assert.deepEqual(read.value, jsonCase.value);
    }
  });
}

test('the checker does not judge the first of two subjects', () => {
  const result = checkBytes(rules, bytes('{"subject": "Export to CSV skips archived tasks", "description": "x", "subject": "help"}'), { lang: 'en', at });
  assert.deepEqual(result.findings.map((finding) => finding.code), ['request.syntax']);
  assert.equal(result.findings[0].message, 'The request could not be read as JSON or YAML, or it gives the same field twice.');
  assert.equal(result.ready, false);
});

test('a number beyond the double range is a number, of the wrong kind for text', () => {
  assert.deepEqual(readRequest(bytes('{"a": 1e400, "b": -1e400, "c": 1e-400}'), 100).value, { a: Infinity, b: -Infinity, c: 0 });
  const result = checkBytes(rules, bytes('{"app_version": 1e400}'), { lang: 'en', at });
  assert.equal(result.findings[0].code, 'request.wrong-type');
});

test('deep nesting is refused without exhausting the stack', () => {
  assert.equal(readRequest(bytes('{"a":' + '['.repeat(50000)), 1000000).problem.code, 'request.syntax');
});

test('a key named __proto__ is an unknown field, not a prototype', () => {
  const result = checkBytes(rules, bytes('{"__proto__": {"subject": "x"}, "subject": "Export to CSV skips archived tasks"}'), { lang: 'en', at });
  const unknown = result.findings.filter((finding) => finding.code === 'request.unknown-field');
  assert.deepEqual(unknown.map((finding) => finding.field), ['__proto__']);
});

test('a NUL character in a field is refused', () => {
  const result = check(rules, { subject: 'Export\u0000 to CSV', logs: ['a.log', 'b\u0000.log'] }, { lang: 'en', at });
  const nul = result.findings.filter((finding) => finding.code === 'field.nul-character');
  assert.deepEqual(nul.map((finding) => finding.field), ['subject', 'logs']);
  assert.equal(nul[0].message, '\u201CSubject\u201D contains a NUL character (U+0000), which cannot be sent. Please remove it.');
  assert.ok(nul.every((finding) => finding.severity === 'error'));
});

// An invalid pattern stands in for one that would take forever: either only hurts if it runs. Before, the ticket
// pattern ran on the whole subject, whatever its length.
test('no regular expression runs on a field over its length limit', () => {
  const hostile = structuredClone(rules);
  hostile.follow_up.ticket_pattern = '(';
  hostile.fields.find((field) => field.id === 'email').pattern = '(';
  const request = { subject: 'x'.repeat(151), email: 'a'.repeat(20001), category: 'follow-up' };
  const result = check(hostile, request, { lang: 'en', at });
  const tooLong = result.findings.filter((finding) => finding.code === 'field.too-long').map((finding) => finding.field);
  assert.deepEqual(tooLong, ['email', 'subject']);
  assert.ok(!result.findings.some((finding) => finding.code === 'followup.ticket-missing'));
});

// The email format was [^\s@]+@[^\s@]+\.[^\s@]{2,}, which took Node half a minute on 100 KB of "a." (the Swift
// tests prove the new one has no ambiguous part). In browsers it must accept exactly the same addresses.
test('the email format accepts exactly the addresses of the old one', () => {
  const current = new RegExp('^(?:' + rules.fields.find((field) => field.id === 'email').pattern + ')$', 'u');
  const old = /^(?:[^\s@]+@[^\s@]+\.[^\s@]{2,})$/u;
  const alphabet = ['a', '.', '@', ' ', 'é'];
  for (let length = 0; length <= 7; length++) {
    for (let number = 0; number < alphabet.length ** length; number++) {
      let text = '';
      for (let rest = number, position = 0; position < length; position++, rest = Math.floor(rest / alphabet.length)) {
        text += alphabet[rest % alphabet.length];
      }
      assert.equal(current.test(text), old.test(text), JSON.stringify(text));
    }
  }
});
