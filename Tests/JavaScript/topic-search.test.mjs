// one_topic.search_confidence in checker.js: the request form searches each question that topicQuestions()
// names and passes the articles as `questionSuggestions`; questions answered in different sections of the site
// are different topics (TopicSearchTests is the Swift side).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, sectionOf, topicQuestions } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'iptv-vendor.rules.json'), 'utf8'));
const folder = join(root, 'examples', 'iptv-vendor', 'requests');
const request = JSON.parse(readFileSync(join(folder, 'two-sections.json'), 'utf8'));
const { searches } = JSON.parse(readFileSync(join(folder, 'two-sections.expected.json'), 'utf8'));
const at = '2026-02-10T12:00:00+03:00';
const main = searches[`${request.subject}\n${request.description}`];
const codes = (options) => check(rules, request, { lang: 'ru', at, suggestions: main, ...options }).findings.map((finding) => finding.code);

test('the questions to search are those the topics check reads, two or more, only with search_confidence', () => {
  const asked = topicQuestions(rules, request);
  assert.equal(asked.length, 2);
  for (const question of asked) assert.ok(Object.hasOwn(searches, question), question);
  assert.deepEqual(topicQuestions({ ...rules, one_topic: { ...rules.one_topic, search_confidence: undefined } }, request), []);
  assert.deepEqual(topicQuestions(rules, { ...request, description: 'Как добавить канал в пакет?' }), []);
});

test('questions whose best articles lie in different sections are several topics', () => {
  assert.deepEqual(codes({ questionSuggestions: searches }), ['topic.multiple']);
  const [first, second] = topicQuestions(rules, request);
  const sameSection = { [first]: searches[first], [second]: [{ ...searches[second][0], url: '/ru/middleware/updates/' }] };
  assert.deepEqual(codes({ questionSuggestions: sameSection }), []);
  const weak = { [first]: searches[first], [second]: [{ ...searches[second][0], score: rules.one_topic.search_confidence - 0.01 }] };
  assert.deepEqual(codes({ questionSuggestions: weak }), []);
  assert.deepEqual(codes({}), [], 'no search of the questions, no finding from it');
});

test('a section is the address without its query, fragment and last segment, as in Swift', () => {
  assert.equal(sectionOf('/en/billing/refunds/'), '/en/billing/');
  assert.equal(sectionOf('/en/billing/faq/#refunds'), '/en/billing/');
  assert.equal(sectionOf('https://help.example.com/ru/stb/firmware?x=1'), 'https://help.example.com/ru/stb/');
  assert.equal(sectionOf('refunds'), '');
});
