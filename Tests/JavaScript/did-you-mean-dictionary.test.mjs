// "Did you mean" never replaces a correct English or Russian word (issue 11, defect 2): suggest() of
// themes/default/static/search/search.js checks a word against the dictionary word files (search/words/, made by
// scripts/generate_dictionary_words.mjs from wamerican and hunspell-ru) before it offers another word for it.
// Run from the repository root after `swift build --product deskbook` (DESKBOOK_BIN picks another binary).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DICTIONARY_WORDS, configure, isDictionaryWord, suggest } from '../../themes/default/static/search/search.js';

const root = new URL('../../', import.meta.url).pathname;
const binary = process.env.DESKBOOK_BIN ?? join(root, '.build/debug/deskbook');
const workdir = mkdtempSync(join(tmpdir(), 'deskbook-dictionary-'));
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

test('the build writes the dictionary word files of both alphabets, the same size within each', () => {
  for (const script of ['en', 'ru']) {
    const sizes = new Set();
    for (let shard = 0; shard < DICTIONARY_WORDS.shards; shard++) sizes.add(statSync(join(searchDir, `words/${script}.${shard}.bin`)).size);
    assert.equal(sizes.size, 1, `${script}: ${[...sizes]}`);
    assert.ok([...sizes][0] > 0 && [...sizes][0] % (DICTIONARY_WORDS.blockBits / 8) === 0);
  }
  assert.equal(readdirSync(join(searchDir, 'words')).length, 2 * DICTIONARY_WORDS.shards);
});

test('correct words, inflected forms among them, are known; misspellings and abbreviations are not', async () => {
  for (const word of ['moon', 'cant', 'passport', 'installs', 'windows', 'луна', 'пароль', 'паролями', 'уведомления', 'шёл', 'счёл']) {
    assert.equal(await isDictionaryWord(word), true, word);
  }
  for (const word of ['windos', 'ap', 'notifcations', 'pasword', 'пароь', 'уведомлния', 'e1234', 'windoвs']) {
    assert.equal(await isDictionaryWord(word), false, word);
  }
});

test('a correct word is not replaced by a site word one or two letters away', async () => {
  assert.equal(await suggest('how do I fly to the moon', { lang: 'en' }), null);
  assert.equal(await suggest('reset my passport', { lang: 'en' }), null);
});

test('the misspelt words are still corrected, and a correct word beside them is left as typed', async () => {
  assert.equal(await suggest('cant instal desktop ap on windos', { lang: 'en' }), 'cant install desktop app on windows');
  assert.equal(await suggest('reset my pasword', { lang: 'en' }), 'reset my password');
  assert.equal(await suggest('как сбросить пароь', { lang: 'ru' }), 'как сбросить пароль');
});

test('a check reads one small file, and only for a word about to be replaced', async () => {
  fetched.length = 0;
  await suggest('reset password', { lang: 'en' });
  assert.deepEqual(fetched.filter((path) => path.startsWith('words/')), []);
  fetched.length = 0;
  await suggest('reset my pasword', { lang: 'en' });
  const words = [...new Set(fetched.filter((path) => path.startsWith('words/')))];
  assert.equal(words.length, 1, String(words));
  assert.ok(statSync(join(searchDir, words[0])).size <= 4096, `${words[0]}: ${statSync(join(searchDir, words[0])).size} bytes`);
});
