// checker.js beyond the shared fixtures: its inputs (Date or string times, unsupported languages, request
// bytes) and a zone with daylight saving, matching ScheduleTests.otherZonesKeepTheirOffsetAcrossDaylightSaving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, checkBytes, readRequest } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'site.rules.json'), 'utf8'));

test('a Date and the same time as text give the same result', () => {
  const fields = { subject: 'Export to CSV skips archived tasks' };
  const at = '2026-01-16T17:00:00+03:00';
  assert.deepEqual(check(rules, fields, { lang: 'en', at: new Date(at) }), check(rules, fields, { lang: 'en', at }));
  assert.equal(check(rules, fields, { lang: 'en', at }).expected_response.first_response_by, '2026-01-19T17:00:00+03:00');
});

test('an unsupported language answers in the default one', () => {
  const result = check(rules, {}, { lang: 'fr' });
  assert.equal(result.findings[0].message, 'The request is empty. Fill in the form before sending it.');
});

test('request bytes are read as the Swift reader does', () => {
  assert.deepEqual(readRequest(new Uint8Array([0x7b, 0xff, 0x7d]), 100), { problem: { code: 'request.encoding', values: {} } });
  assert.deepEqual(readRequest(new TextEncoder().encode(' {"a": 1}'), 100), { value: { a: 1 } });
  assert.equal(readRequest(new Uint8Array(200), 100).problem.code, 'request.too-large');
  assert.deepEqual(readRequest(new TextEncoder().encode(' \n'), 100), { value: {} });
  assert.equal(checkBytes(rules, new TextEncoder().encode('{"subject": '), { lang: 'ru' }).findings[0].code, 'request.syntax');
});

test('deadlines keep the zone offset across a daylight saving change', () => {
  const berlin = structuredClone(rules);
  berlin.schedule = {
    ...berlin.schedule,
    time_zone: 'Europe/Berlin',
    days: [1, 2, 3, 4, 5, 6, 7],
    periods: [[0, 1440]],
    holidays: [],
    priority_field: undefined,
    default_priority: undefined,
    targets: [{ response: { amount: 24, unit: 'hours' } }],
  };
  const result = check(berlin, { subject: 'Export' }, { lang: 'en', at: '2026-03-28T12:00:00+01:00' });
  assert.equal(result.expected_response.first_response_by, '2026-03-29T13:00:00+02:00');
  assert.equal(result.expected_response.sent, '2026-03-28T12:00:00+01:00');
});
