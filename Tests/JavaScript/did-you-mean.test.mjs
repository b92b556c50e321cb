// "Did you mean" (suggest() of themes/default/static/search/search.js) on the index of the example site: it
// corrects only words the site lacks or misspells, and only when the corrected query finds a clearly better
// answer. Run from the repository root after `swift build --product deskbook` (DESKBOOK_BIN picks another binary).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configure, suggest } from '../../themes/default/static/search/search.js';

const root = new URL('../../', import.meta.url).pathname;
const binary = process.env.DESKBOOK_BIN ?? join(root, '.build/debug/deskbook');
const workdir = mkdtempSync(join(tmpdir(), 'deskbook-did-you-mean-'));
const searchDir = join(workdir, 'site/search');

before(() => {
  execFileSync(binary, ['build', '--source', root, '--output', join(workdir, 'site')], { stdio: 'ignore' });
  configure({
    load: async (path) => {
      const bytes = readFileSync(join(searchDir, path));
      return path.endsWith('.json') ? bytes.toString('utf8') : bytes;
    },
  });
});
after(() => rmSync(workdir, { recursive: true, force: true }));

test('a question about something the site does not cover gets no correction', async () => {
  // "moon" is one letter from "soon", which only a payment article mentions in passing.
  assert.equal(await suggest('how do I fly to the moon', { lang: 'en' }), null);
  assert.equal(await suggest('I want to go to the moon', { lang: 'en' }), null);
});

test('the misspelt words are corrected and a word the answer does not use is left as typed', async () => {
  assert.equal(await suggest('cant instal desktop ap on windos', { lang: 'en' }), 'cant install desktop app on windows');
});

test('the last word is corrected, not completed', async () => {
  assert.equal(await suggest('notifcations not arriving', { lang: 'en' }), 'notifications not arriving');
  assert.equal(await suggest('desktop app on windos', { lang: 'en' }), 'desktop app on windows');
});

test('a correct word whose inflection the site writes is left alone', async () => {
  assert.equal(await suggest('I want a refund', { lang: 'en' }), null);
  assert.equal(await suggest('installs on linux', { lang: 'en' }), null);
});

test('a Russian word with a letter missing is corrected to the form the site writes', async () => {
  assert.equal(await suggest('уведомленя не приходят', { lang: 'ru' }), 'уведомления не приходят');
  assert.equal(await suggest('как сбросить пароь', { lang: 'ru' }), 'как сбросить пароль');
});
