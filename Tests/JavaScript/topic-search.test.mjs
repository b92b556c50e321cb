// one_topic.search_confidence in checker.js: the request form searches each question that topicQuestions()
// names and passes the articles as `questionSuggestions`; two questions are two topics when both find
// articles confidently, in no common section, and the routing words do not send both to one department.
// TopicSearchTests is the Swift side; the shared cases 115-120 run through both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, sectionOf, topicQuestions } from '../../themes/default/static/intake/checker.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'Fixtures', 'intake');
const read = (...path) => JSON.parse(readFileSync(join(folder, ...path), 'utf8'));
const rules = read('rules', 'search.rules.json');
const { request, searches, at } = read('115-en-two-sections.json');
const main = searches[`${request.subject}\n${request.description}`];
const codes = (options) => check(rules, request, { lang: 'en', at, suggestions: main, ...options }).findings.map((finding) => finding.code);
const [first, second] = topicQuestions(rules, request);

test('the questions to search are those the topics check reads, two or more, only with search_confidence', () => {
  assert.equal(topicQuestions(rules, request).length, 2);
  for (const question of [first, second]) assert.ok(Object.hasOwn(searches, question), question);
  assert.deepEqual(topicQuestions({ ...rules, one_topic: { ...rules.one_topic, search_confidence: undefined } }, request), []);
  assert.deepEqual(topicQuestions(rules, { ...request, description: 'How do I invite teammates to my workspace?' }), []);
});

test('questions confidently answered in different sections are several topics', () => {
  assert.deepEqual(codes({ questionSuggestions: searches }), ['topic.multiple']);
  assert.deepEqual(codes({}), [], 'no search of the questions, no finding from it');
});

test('one section, a shared section, a weak article or one department is one topic', () => {
  const answer = (changes) => [{ ...searches[second][0], ...changes }];
  const sameSection = { [first]: searches[first], [second]: answer({ url: '/en/getting-started/privacy/' }) };
  assert.deepEqual(codes({ questionSuggestions: sameSection }), []);
  const shared = { [first]: searches[first], [second]: [...searches[second], { ...searches[first][0], score: rules.one_topic.search_confidence }] };
  assert.deepEqual(codes({ questionSuggestions: shared }), []);
  const weak = { [first]: searches[first], [second]: answer({ score: rules.one_topic.search_confidence - 0.01 }) };
  assert.deepEqual(codes({ questionSuggestions: weak }), []);
  const billing = request.description.replace('data', 'invoice data').replace('teammates', 'teammates who pay by invoice');
  const oneDepartment = { [first.replace('teammates', 'teammates who pay by invoice')]: searches[first], [second.replace('data', 'invoice data')]: searches[second] };
  const result = check(rules, { ...request, description: billing }, { lang: 'en', at, questionSuggestions: oneDepartment });
  assert.deepEqual(result.findings.map((finding) => finding.code), []);
});

test('a section is the address without its query, fragment and last segment, as in Swift', () => {
  assert.equal(sectionOf('/en/billing/refunds/'), '/en/billing/');
  assert.equal(sectionOf('/en/billing/faq/#refunds'), '/en/billing/');
  assert.equal(sectionOf('https://help.example.com/ru/stb/firmware?x=1'), 'https://help.example.com/ru/stb/');
  assert.equal(sectionOf('refunds'), '');
});
