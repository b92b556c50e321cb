// out_of_competence in checker.js, with the iptv-vendor rules that turn it on: the request form passes the
// search's articles as `suggestions`, and without them (no search yet, or a failed one) the rule says nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, searchLimit } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'iptv-vendor.rules.json'), 'utf8'));
const siteRules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'site.rules.json'), 'utf8'));
const request = JSON.parse(readFileSync(join(root, 'examples', 'iptv-vendor', 'requests', 'outside-competence-en.json'), 'utf8'));
const codes = (suggestions) => check(rules, request, { lang: 'en', at: '2026-02-10T12:00:00+03:00', suggestions }).findings.map((finding) => finding.code);

test('a request no article covers gets the warning once the search ran', () => {
  assert.deepEqual(codes([]), ['scope.out-of-competence']);
  assert.deepEqual(codes([{ title: 'Channel packages', url: '/en/middleware/packages/', kind: 'article', score: 0.29 }]), ['scope.out-of-competence']);
});

test('an article at the confidence covers it, and no search means no finding', () => {
  assert.deepEqual(codes([{ title: 'Channel packages', url: '/en/middleware/packages/', kind: 'article', score: 0.3 }]), []);
  assert.deepEqual(codes(undefined), []);
});

test('the search returns documentation.limit articles, and nothing searches without a rule that needs it', () => {
  assert.equal(searchLimit(rules), rules.documentation.limit);
  assert.equal(searchLimit({ ...rules, documentation: undefined }), rules.out_of_competence.limit);
  assert.equal(searchLimit({ ...siteRules, documentation: undefined }), null);
});
