// The request form's sending (themes/default/assets/js/request-form.js): what each answer of the intake
// service becomes, the Idempotency-Key, the attachment limits of intake.yml checked before sending, and the
// article paths that self-service events name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articlePath, attachmentFindings, byteSize, firstAnswerTime, idempotencyKey, outcomeOf,
} from '../../themes/default/assets/js/request-form.js';

const words = (key, values) => `${key} ${JSON.stringify(values)}`;

test('a 201 with a ticket shows the ticket; one without falls back to the plain thank-you', () => {
  const answer = { ticket: 'OT-2026-000042', expected_response: { message: 'First answer by Thursday 11:00.' }, route: null };
  assert.deepEqual(outcomeOf(201, answer), { kind: 'sent', key: 'request_sent_ticket', values: { ticket: 'OT-2026-000042' }, answer });
  assert.deepEqual(outcomeOf(201, {}), { kind: 'sent', key: 'request_sent', values: {} });
  assert.deepEqual(outcomeOf(201, null), { kind: 'sent', key: 'request_sent', values: {} });
});

test('a 422 carries the service findings, well-formed ones only', () => {
  const findings = [
    { code: 'request.duplicate', severity: 'error', field: null, message: 'Like OT-1' },
    { code: 'contract.unknown', severity: 'error', field: 'workspace_id', message: 'Unknown contract' },
    { severity: 'error' },
    null,
  ];
  const outcome = outcomeOf(422, { ready: false, findings, error: 'not_ready' });
  assert.equal(outcome.kind, 'findings');
  assert.deepEqual(outcome.findings.map((finding) => finding.code), ['request.duplicate', 'contract.unknown']);
  assert.equal(outcomeOf(422, { error: 'x' }).kind, 'error', 'a 422 without findings is an error like any other');
});

test('each failure has its own message', () => {
  assert.equal(outcomeOf(413, null).key, 'request_too_large');
  assert.equal(outcomeOf(415, null).key, 'request_unsupported');
  assert.equal(outcomeOf(400, { error: 'malformed_json' }).key, 'request_refused');
  assert.equal(outcomeOf(0, null).key, 'request_offline');
  assert.equal(outcomeOf(503, null).key, 'request_send_failed');
  assert.equal(outcomeOf(500, null).kind, 'error');
});

test('a 429 says when to try again when Retry-After gives seconds', () => {
  assert.deepEqual(outcomeOf(429, null, '30'), { kind: 'error', key: 'request_too_many', values: { seconds: 30 } });
  assert.deepEqual(outcomeOf(429, null, null), { kind: 'error', key: 'request_too_many_later', values: {} });
  assert.deepEqual(outcomeOf(429, null, 'Wed, 21 Oct 2026 07:28:00 GMT'), { kind: 'error', key: 'request_too_many_later', values: {} });
});

test('an Idempotency-Key is 32 hex digits, new each time', () => {
  const first = idempotencyKey();
  assert.match(first, /^[0-9a-f]{32}$/);
  assert.notEqual(first, idempotencyKey());
  const fixed = { getRandomValues: (bytes) => bytes.fill(171) };
  assert.equal(idempotencyKey(fixed), 'ab'.repeat(16));
});

test('files over the size limit or beyond the count limit get findings at their field', () => {
  const limits = { attachment_bytes: 2000, attachments: 2 };
  assert.deepEqual(attachmentFindings(limits, { logs: [{ name: 'a.log', size: 2000 }], screenshot: [] }, words), []);
  const big = attachmentFindings(limits, { logs: [{ name: 'a.log', size: 2001 }] }, words);
  assert.deepEqual(big.map((finding) => [finding.code, finding.field, finding.severity]), [['attachments.too_large', 'logs', 'error']]);
  assert.match(big[0].message, /a\.log/);
  assert.match(big[0].message, /2 kB|2 KB/);
  const many = attachmentFindings(limits, { logs: [{ name: 'a', size: 1 }, { name: 'b', size: 1 }], screenshot: [{ name: 'c', size: 1 }] }, words);
  assert.deepEqual(many.map((finding) => [finding.code, finding.field]), [['attachments.too_many', 'screenshot']]);
  assert.deepEqual(attachmentFindings(undefined, { logs: [{ name: 'a', size: 1e9 }] }, words), []);
});

test('sizes read in the page language', () => {
  assert.equal(byteSize(10_000_000, 'en'), '10 MB');
  assert.match(byteSize(10_000_000, 'ru'), /^10\sМБ$/);
  assert.equal(byteSize(1500, 'en'), '1.5 kB');
});

test('events name articles by their path on this site only', () => {
  const base = 'https://help.example.com/en/request/';
  assert.equal(articlePath('/en/billing/refunds/', base), '/en/billing/refunds/');
  assert.equal(articlePath('https://help.example.com/en/a/#fees', base), '/en/a/');
  assert.equal(articlePath('../faq/general/', base), '/en/faq/general/');
  assert.equal(articlePath('https://evil.example/en/a/', base), null);
  assert.equal(articlePath('javascript:alert(1)', base), null);
});

test('the first answer is due at a day and time of the schedule, in the page language', () => {
  const schedule = { time_zone: 'Europe/Moscow', zone_label: { en: 'Moscow time', ru: 'по московскому времени' } };
  const expected = { first_response_by: '2026-01-15T11:00:00+03:00', message: 'If you send it now, …' };
  const english = firstAnswerTime(expected, schedule, 'en');
  assert.equal(english.zone, 'Moscow time');
  assert.match(english.when, /Thursday/);
  assert.match(english.when, /15/);
  assert.match(english.when, /11:00/);
  const russian = firstAnswerTime(expected, schedule, 'ru');
  assert.equal(russian.zone, 'по московскому времени');
  assert.match(russian.when, /четверг/);
  assert.match(russian.when, /11:00/);
  assert.equal(firstAnswerTime({ message: 'x' }, schedule, 'en'), null);
  assert.equal(firstAnswerTime(null, schedule, 'en'), null);
  assert.match(firstAnswerTime(expected, { time_zone: 'Not/AZone' }, 'en').when, /08:00/, 'an unknown zone falls back to UTC');
});
