// The request form script's pure parts (themes/default/assets/js/request-form.js): the search-score to
// confidence mapping shared with Swift (Tests/Fixtures/request-form/confidence.json, also read by
// SearchSuggesterTests.swift), the query `deskbook check` searches for, conditions and the mailto: link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  MAX_SCORE_PER_TERM, conditionsHold, mailtoURL, searchConfidence, suggestionQuery, toSuggestions,
} from '../../themes/default/assets/js/request-form.js';
import { check } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const table = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'request-form', 'confidence.json'), 'utf8'));
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'site.rules.json'), 'utf8'));

test('the confidence mapping gives the shared numbers', () => {
  assert.equal(MAX_SCORE_PER_TERM, table.maxScorePerTerm);
  for (const { score, rival, terms, matched, confidence } of table.cases) {
    assert.equal(searchConfidence(score, rival, terms, matched), confidence, `score ${score}, rival ${rival}, terms ${terms}, matched ${matched}`);
  }
});

test('confidence stays within 0..1 and only a clear leader reaches it', () => {
  for (let score = 0; score <= 6000; score += 37) {
    for (let rival = 0; rival <= 6000; rival += 211) {
      for (const terms of [1, 4, 16]) {
        const value = searchConfidence(score, rival, terms, terms);
        assert.ok(value >= 0 && value <= 1, `${score} ${rival} ${terms}: ${value}`);
        if (rival >= score && score > 0) assert.ok(value <= searchConfidence(score, 0, terms, terms));
      }
    }
  }
});

test('search results become suggestions scored against the best other result, without zero confidence', () => {
  const results = [
    { url: '/en/a/', title: 'A', kind: 'article', excerpt: 'x <mark>y</mark>', score: 2948 },
    { url: '/en/b/', title: 'B', kind: 'faq', excerpt: '', score: 1140 },
  ];
  assert.deepEqual(toSuggestions(results, 3), [
    { title: 'A', url: '/en/a/', kind: 'article', score: searchConfidence(2948, 1140, 3, 3), excerpt: 'x <mark>y</mark>' },
  ]);
  assert.deepEqual(toSuggestions([{ url: '/en/a/', title: 'A', kind: 'article', score: 1200 }], 2).map((s) => s.score), [searchConfidence(1200, 0, 2, 2)]);
  assert.deepEqual(toSuggestions(null), []);
});

test('the checker asks about a high-confidence article, as deskbook check does', () => {
  const request = {
    name: 'Anna', email: 'anna@example.com', workspace_id: 'W-58213', app_version: '3.2.1', platform: 'web',
    category: 'account', subject: 'Reset password link expired',
    description: 'I clicked the link in the email to reset my password, but the page says it has expired.',
  };
  const suggestions = toSuggestions([
    { url: '/en/account/reset-password/', title: 'Reset a forgotten password', kind: 'article', score: 3732 },
    { url: '/en/account/change-email/', title: 'Change the email address of your account', kind: 'article', score: 1604 },
  ], 10);
  const result = check(rules, request, { lang: 'en', at: '2026-01-14T11:00:00+03:00', suggestions });
  assert.deepEqual(result.findings.map((finding) => [finding.code, finding.field]), [['docs.likely-answer', 'docs_checked']]);
  const confirmed = check(rules, { ...request, docs_checked: true }, { lang: 'en', at: '2026-01-14T11:00:00+03:00', suggestions });
  assert.equal(confirmed.ready, true);
});

test('the suggestion query is the trimmed subject and description, as the Swift checker builds it', () => {
  assert.equal(suggestionQuery(rules, { subject: '  Sync fails \n', description: '\u00a0Tasks vanish.\u2003' }), 'Sync fails\nTasks vanish.');
  assert.equal(suggestionQuery(rules, { subject: '   ', description: 'Only text' }), 'Only text');
  assert.equal(suggestionQuery(rules, { subject: 'x'.repeat(151), description: 'Body' }), 'Body', 'an oversized subject is skipped');
  assert.equal(suggestionQuery(rules, {}), '');
});

test('conditions hold as in the checker', () => {
  const conditions = [{ field: 'category', values: ['billing'] }];
  assert.equal(conditionsHold(conditions, { category: 'billing' }), true);
  assert.equal(conditionsHold(conditions, { category: ' billing ' }), true);
  assert.equal(conditionsHold(conditions, { category: 'question' }), false);
  assert.equal(conditionsHold([{ field: 'contract', values: ['true'] }], { contract: true }), true);
  assert.equal(conditionsHold([{ field: 'contract', values: ['true'] }], { contract: false }), false);
});

test('the mailto: link encodes subject and body, with CRLF line breaks', () => {
  const href = mailtoURL('support@example.com', 'Sync & export?', 'Name: Anna\nText: 100% <b>');
  assert.equal(href, 'mailto:support@example.com?subject=Sync%20%26%20export%3F&body=Name%3A%20Anna%0D%0AText%3A%20100%25%20%3Cb%3E');
  const url = new URL(href);
  assert.equal(new URLSearchParams(url.search).get('body'), 'Name: Anna\r\nText: 100% <b>');
});
