// out_of_competence in checker.js, with the fixture config that turns it on (Tests/Fixtures/intake/configs/
// search): the request form passes the search's articles as `suggestions`, and without them (no search yet, or
// a failed one) the rule says nothing. CompetenceTests is the Swift side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, searchLimit } from '../../themes/default/static/intake/checker.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'Fixtures', 'intake');
const read = (...path) => JSON.parse(readFileSync(join(folder, ...path), 'utf8'));
const rules = read('rules', 'search.rules.json');
const siteRules = read('rules', 'site.rules.json');
const { request, at } = read('110-en-out-of-competence.json');
const article = (score) => ({ title: 'Invite teammates', url: '/en/getting-started/invite-teammates/', kind: 'article', score });
const codes = (suggestions, fields = request) => check(rules, fields, { lang: 'en', at, suggestions }).findings.map((finding) => finding.code);

test('a request no article covers gets the warning once the search ran', () => {
  assert.deepEqual(codes([]), ['scope.out-of-competence']);
  assert.deepEqual(codes([article(rules.out_of_competence.confidence - 0.01)]), ['scope.out-of-competence']);
  assert.equal(check(rules, request, { lang: 'en', at, suggestions: [] }).ready, true, 'a warning does not block');
});

test('an article at the confidence or a department\'s words cover it, and no search means no finding', () => {
  assert.deepEqual(codes([article(rules.out_of_competence.confidence)]), []);
  assert.deepEqual(codes([], { ...request, description: `${request.description} We would pay by invoice.` }), []);
  assert.deepEqual(codes(undefined), []);
});

test('the search returns documentation.limit articles, and nothing searches without a rule that needs it', () => {
  assert.equal(searchLimit({ ...rules, documentation: { ...siteRules.documentation, limit: 2 } }), 2);
  assert.equal(searchLimit(rules), rules.out_of_competence.limit);
  assert.equal(searchLimit({ ...siteRules, documentation: undefined }), null);
});
