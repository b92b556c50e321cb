// checker.js runs its checks in the order of CHECKS, which must name the same checks with the same codes in the
// same order as IntakeChecks.all in Swift; Tests/Fixtures/checks.json records that order and
// CheckRegistryTests (Swift) compares the Swift side with the same file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CHECKS } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const recorded = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'checks.json'), 'utf8'));

test('CHECKS lists the Swift checks in the Swift order, with the same codes', () => {
  assert.deepEqual(CHECKS.map(({ name, codes }) => ({ name, codes })), recorded.map(({ name, codes }) => ({ name, codes })));
});

test('every check is a function and every code is reported by one check only', () => {
  for (const entry of CHECKS) assert.equal(typeof entry.check, 'function', entry.name);
  const codes = CHECKS.flatMap((entry) => entry.codes);
  assert.equal(new Set(codes).size, codes.length);
});
