// The request form's calibrated confidence (searchConfidence of request-form.js, fitted by
// bench/calibrate_confidence.py) on the example site's index: the probability that the top article answers the
// request, compared with documentation.confidence. Run from the repository root after
// `swift build --product deskbook` (DESKBOOK_BIN picks another binary).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runtime from '../../themes/default/static/search/search.js';
import { queryTermCount, toSuggestions } from '../../themes/default/assets/js/request-form.js';

const root = new URL('../../', import.meta.url).pathname;
const binary = process.env.DESKBOOK_BIN ?? join(root, '.build/debug/deskbook');
const workdir = mkdtempSync(join(tmpdir(), 'deskbook-confidence-'));
const searchDir = join(workdir, 'site/search');
// documentation.confidence of the example intake.yml and the default.
const THRESHOLD = 0.8;

before(() => {
  execFileSync(binary, ['build', '--source', root, '--output', join(workdir, 'site')], { stdio: 'ignore' });
  runtime.configure({
    load: async (path) => {
      const bytes = readFileSync(join(searchDir, path));
      return path.endsWith('.json') ? bytes.toString('utf8') : bytes;
    },
  });
});
after(() => rmSync(workdir, { recursive: true, force: true }));

async function suggestions(query, lang = 'en') {
  const results = await runtime.search(query, { lang, limit: 5 });
  return toSuggestions(results, queryTermCount(runtime, query, lang));
}

test('a clear answer is flagged, as the old strength-times-lead confidence did not (0.51)', async () => {
  const [first] = await suggestions('forgot my password how do i get back into my account');
  assert.equal(first.url, '/en/account/reset-password/');
  assert.ok(first.score >= THRESHOLD, `confidence ${first.score}`);
});

test('a request that the article answers is still flagged', async () => {
  const [first] = await suggestions('Reset password link expired\nI clicked the link in the email to reset my password, but the page says it has expired.');
  assert.equal(first.url, '/en/account/reset-password/');
  assert.ok(first.score >= THRESHOLD, `confidence ${first.score}`);
});

test('an article that shares one passing word with the request is far from flagged', async () => {
  const [first] = await suggestions('how do I fly to the moon');
  assert.ok(!first || first.score < 0.5, `confidence ${first?.score}`);
});

test('the term count is that of the search: stop words dropped, repeats once', () => {
  assert.equal(queryTermCount(runtime, 'Export the tasks, export them to a CSV file', 'en'), 4);
  assert.equal(queryTermCount(runtime, 'как сбросить пароль', 'ru'), 2);
});
