// Runs the shared request fixtures through checker.js and expects exactly what the Swift checker recorded:
// the same findings (codes, fields, severities, messages), suggestions, route and expected response.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, checkBytes } from '../../themes/default/static/intake/checker.js';
import { searchOptions } from './fixture-search.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = join(root, 'Tests', 'Fixtures', 'intake');
// The bundled site's rules, or those of the config a case names (Tests/Fixtures/intake/configs/NAME).
const rulesOf = (config) => JSON.parse(readFileSync(join(folder, 'rules', `${config ?? 'site'}.rules.json`), 'utf8'));
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, ...JSON.parse(readFileSync(join(folder, name), 'utf8')) }));

function run(fixture) {
  const rules = rulesOf(fixture.config);
  const options = { lang: fixture.lang, at: fixture.at, ...searchOptions(rules, fixture.request, fixture) };
  if (fixture.raw !== undefined) return checkBytes(rules, Buffer.from(fixture.raw, 'base64'), options);
  return check(rules, fixture.request, options);
}

test('the shared set has at least 60 requests in English and Russian', () => {
  assert.ok(fixtures.length >= 60);
  assert.ok(fixtures.some((fixture) => fixture.lang === 'ru'));
  assert.ok(fixtures.some((fixture) => fixture.lang === 'en'));
});

for (const fixture of fixtures) {
  test(`${fixture.name}: ${fixture.about}`, () => {
    const result = run(fixture);
    assert.deepEqual(result.findings.map((finding) => finding.code), fixture.expect.codes);
    assert.equal(result.ready, fixture.expect.ready);
    assert.deepEqual(result, fixture.result);
  });
}
