// Self-service events (themes/default/assets/js/events.js): the agreed schema, nothing else sent, searches
// reported once they settle, and the beacon with its fetch fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_LIMIT, QUERY_LIMIT, SearchReporter, eventFor, send } from '../../themes/default/assets/js/events.js';

test('each event type keeps exactly its schema fields', () => {
  assert.deepEqual(eventFor({ type: 'search', lang: 'en', query: '  reset link  ', results: 3, email: 'a@b.c' }),
    { type: 'search', lang: 'en', query: 'reset link', results: 3 });
  for (const type of ['suggestion_shown', 'suggestion_opened', 'answered', 'submitted_anyway']) {
    assert.deepEqual(eventFor({ type, lang: 'ru', article: '/ru/billing/refunds/', query: 'x' }), { type, lang: 'ru', article: '/ru/billing/refunds/' });
  }
  assert.deepEqual(eventFor({ type: 'vote', lang: 'en', article: '/en/x/', helpful: true, reason: 'outdated', comment: 'hi' }),
    { type: 'vote', lang: 'en', article: '/en/x/', helpful: true });
  assert.deepEqual(eventFor({ type: 'vote', lang: 'en', article: '/en/x/', helpful: false, reason: 'unclear', comment: ' too short ' }),
    { type: 'vote', lang: 'en', article: '/en/x/', helpful: false, reason: 'unclear', comment: 'too short' });
  assert.deepEqual(eventFor({ type: 'vote', lang: 'en', article: '/en/x/', helpful: false, reason: 'spam', comment: '' }),
    { type: 'vote', lang: 'en', article: '/en/x/', helpful: false });
});

test('malformed events are not sent', () => {
  for (const detail of [
    null, {}, { type: 'search', lang: 'en', query: '', results: 1 }, { type: 'search', lang: 'en', query: 'x', results: -1 },
    { type: 'search', lang: 'en', query: 'x', results: 1.5 }, { type: 'search', query: 'x', results: 1 },
    { type: 'answered', lang: 'en', article: 'https://evil.example/' }, { type: 'vote', lang: 'en', article: '/en/x/' },
    { type: 'pageview', lang: 'en', article: '/en/x/' },
  ]) {
    assert.equal(eventFor(detail), null, JSON.stringify(detail));
  }
});

test('queries and comments are clipped', () => {
  assert.equal(Array.from(eventFor({ type: 'search', lang: 'ru', query: 'я'.repeat(500), results: 0 }).query).length, QUERY_LIMIT);
  assert.equal(eventFor({ type: 'vote', lang: 'en', article: '/en/x/', helpful: false, comment: 'x'.repeat(5000) }).comment.length, COMMENT_LIMIT);
});

/** Timers under the test's control. */
function manualTimers() {
  let next = 1;
  const waiting = new Map();
  return {
    setTimeout: (callback) => { waiting.set(next, callback); return next++; },
    clearTimeout: (id) => waiting.delete(id),
    fire() { const callbacks = [...waiting.values()]; waiting.clear(); callbacks.forEach((callback) => callback()); },
    get pending() { return waiting.size; },
  };
}

test('only the final query of a search is reported, once', () => {
  const sent = [];
  const timers = manualTimers();
  const stored = new Map();
  const memory = { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => stored.set(key, value) };
  const reporter = new SearchReporter((event) => sent.push(event), { timers, memory });
  for (const query of ['re', 'res', 'reset', 'reset link']) reporter.report({ type: 'search', lang: 'en', query, results: 2 });
  assert.equal(sent.length, 0);
  assert.equal(timers.pending, 1);
  timers.fire();
  assert.deepEqual(sent.map((event) => event.query), ['reset link']);
  // The results page reporting the same search again (same tab) sends nothing; another search is sent.
  reporter.report({ type: 'search', lang: 'en', query: 'reset link', results: 9 });
  reporter.flush();
  reporter.report({ type: 'search', lang: 'en', query: 'refund', results: 0 });
  reporter.flush();
  assert.deepEqual(sent.map((event) => event.query), ['reset link', 'refund']);
  reporter.flush();
  assert.equal(sent.length, 2, 'a flush with nothing waiting sends nothing');
});

test('events go by beacon as text/plain JSON, else by fetch with keepalive', async () => {
  const beacons = [];
  const fetches = [];
  const fetch = (url, init) => { fetches.push([url, init]); return Promise.resolve(); };
  const event = { type: 'answered', lang: 'en', article: '/en/a/' };
  assert.equal(send('/api/events', event, { navigator: { sendBeacon: (url, blob) => { beacons.push([url, blob]); return true; } }, fetch }), 'beacon');
  assert.equal(beacons[0][0], '/api/events');
  assert.equal(beacons[0][1].type, 'text/plain;charset=utf-8');
  assert.deepEqual(JSON.parse(await beacons[0][1].text()), event);
  assert.equal(fetches.length, 0);
  assert.equal(send('/api/events', event, { navigator: { sendBeacon: () => false }, fetch }), 'fetch');
  assert.equal(send('/api/events', event, { navigator: {}, fetch }), 'fetch');
  assert.equal(fetches.length, 2);
  assert.equal(fetches[0][1].keepalive, true);
  assert.equal(fetches[0][1].credentials, 'omit');
  assert.deepEqual(JSON.parse(fetches[0][1].body), event);
  assert.equal(send('/api/events', event, { navigator: {}, fetch: () => { throw new Error('offline'); } }), null, 'never throws');
});
