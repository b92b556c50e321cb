// "Did you mean" (suggest() of themes/default/static/search/search.js) on the index of the example site: it
// corrects only words the site lacks or misspells, never a correct English or Russian word (the dictionary word
// files, search/words/, made by scripts/generate_dictionary_words.mjs from wamerican and hunspell-ru), and only
// when the corrected query finds a clearly better answer. Run from the repository root after `swift build --product deskbook` (DESKBOOK_BIN picks another binary).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DICTIONARY_WORDS, configure, isDictionaryWord, suggest } from '../../themes/default/static/search/search.js';

const root = new URL('../../', import.meta.url).pathname;
const binary = process.env.DESKBOOK_BIN ?? join(root, '.build/debug/deskbook');
const workdir = mkdtempSync(join(tmpdir(), 'deskbook-did-you-mean-'));
const searchDir = join(workdir, 'site/search');
const fetched = [];

before(() => {
  execFileSync(binary, ['build', '--source', root, '--output', join(workdir, 'site')], { stdio: 'ignore' });
  configure({
    load: async (path) => {
      fetched.push(path);
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

test('a correct word is not replaced by a site word one or two letters away', async () => {
  // "passport" is two letters from "password", which the site has; "cant" one from "want".
  assert.equal(await suggest('reset my passport', { lang: 'en' }), null);
  assert.equal(await suggest('reset my pasword', { lang: 'en' }), 'reset my password');
});

test('the build writes the dictionary word files of both alphabets, the same size within each', () => {
  for (const script of ['en', 'ru']) {
    const sizes = new Set();
    for (let shard = 0; shard < DICTIONARY_WORDS.shards; shard++) sizes.add(statSync(join(searchDir, `words/${script}.${shard}.bin`)).size);
    assert.equal(sizes.size, 1, `${script}: ${[...sizes]}`);
    assert.ok([...sizes][0] > 0 && [...sizes][0] % (DICTIONARY_WORDS.blockBits / 8) === 0);
  }
  assert.equal(readdirSync(join(searchDir, 'words')).length, 2 * DICTIONARY_WORDS.shards);
});

test('correct words, inflected forms among them, are dictionary words; misspellings and abbreviations are not', async () => {
  for (const word of ['moon', 'cant', 'passport', 'installs', 'windows', 'луна', 'пароль', 'паролями', 'уведомления', 'шёл', 'счёл']) {
    assert.equal(await isDictionaryWord(word), true, word);
  }
  for (const word of ['windos', 'ap', 'notifcations', 'pasword', 'пароь', 'уведомлния', 'e1234', 'windoвs']) {
    assert.equal(await isDictionaryWord(word), false, word);
  }
});

test('a dictionary check reads one small file, and only for a word about to be replaced', async () => {
  fetched.length = 0;
  await suggest('reset password', { lang: 'en' });
  assert.deepEqual(fetched.filter((path) => path.startsWith('words/')), []);
  fetched.length = 0;
  assert.equal(await suggest('change my emial', { lang: 'en' }), 'change my email');
  const words = [...new Set(fetched.filter((path) => path.startsWith('words/')))];
  assert.equal(words.length, 1, String(words));
  assert.ok(statSync(join(searchDir, words[0])).size <= 4096, `${words[0]}: ${statSync(join(searchDir, words[0])).size} bytes`);
});
