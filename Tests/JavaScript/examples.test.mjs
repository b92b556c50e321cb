// Runs every example's sample requests (examples/*/requests) through checker.js with that example's rules, as
// the Swift side wrote them for the browser, and expects exactly what the Swift checker recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check } from '../../themes/default/static/intake/checker.js';
import { searchOptions } from './fixture-search.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

test('every example has a rules snapshot and sample requests', () => {
  assert.ok(examples.length >= 5);
});

for (const example of examples) {
  const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', `${example}.rules.json`), 'utf8'));
  const folder = join(root, 'examples', example, 'requests');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    const request = JSON.parse(readFileSync(join(folder, name.replace('.expected.json', '.json')), 'utf8'));
    test(`${example}/${name}: ${expected.about}`, () => {
      const result = check(rules, request, { lang: expected.lang, at: expected.at, ...searchOptions(rules, request, expected) });
      assert.deepEqual(result, expected.result);
    });
  }
}
