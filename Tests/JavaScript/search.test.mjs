// The search engine of the browser runtime, on the index of the example site. Run from the
// repository root after `swift build --product deskbook` (DESKBOOK_BIN picks another binary):
//   node --experimental-detect-module --test Tests/JavaScript/
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configure, preload, search, suggest } from '../../themes/default/static/search/search.js';

const root = new URL('../../', import.meta.url).pathname;
const binary = process.env.DESKBOOK_BIN ?? join(root, '.build/debug/deskbook');
const workdir = mkdtempSync(join(tmpdir(), 'deskbook-search-'));
const searchDir = join(workdir, 'site/search');
let loads = [];

// Reads index files from the built site, noting each path, optionally rewriting a file's text.
function useIndex(rewrite = (path, text) => text) {
  loads = [];
  configure({
    load: async (path) => {
      loads.push(path);
      const bytes = readFileSync(join(searchDir, path));
      return path.endsWith('.json') ? rewrite(path, bytes.toString('utf8')) : bytes;
    },
  });
}

before(() => {
  execFileSync(binary, ['build', '--source', root, '--output', join(workdir, 'site')], { stdio: 'ignore' });
  useIndex();
});
after(() => rmSync(workdir, { recursive: true, force: true }));

const urls = async (query, lang = 'en', limit = 10) => (await search(query, { lang, limit })).map((result) => result.url);

test('a title query finds that page first', async () => {
  assert.equal((await urls('reset a forgotten password'))[0], '/en/account/reset-password/');
  assert.equal((await urls('error code reference'))[0], '/en/troubleshooting/error-codes/');
  assert.equal((await urls('invoices and receipts'))[0], '/en/billing/invoices-and-receipts/');
});

test('a whole question finds the answer first', async () => {
  assert.equal((await urls('the password reset link has expired, what do I do'))[0], '/en/account/reset-password/');
  assert.equal((await urls('why does my desktop app crash when it starts?'))[0], '/en/troubleshooting/desktop-app-crashes/');
});

test('results have the documented shape', async () => {
  const [result] = await search('refunds', { lang: 'en', limit: 1 });
  assert.deepEqual(Object.keys(result), ['url', 'title', 'kind', 'excerpt', 'score', 'matched']);
  assert.equal(result.matched, 1, 'the one query term');
  assert.equal(typeof result.score, 'number');
  assert.ok(Number.isInteger(result.score) && result.score > 0);
  assert.ok(['article', 'faq', 'policy'].includes(result.kind));
});

test('each FAQ question is a result linking to its anchor', async () => {
  const [first] = await search('is there a free plan', { lang: 'en' });
  assert.equal(first.url, '/en/faq/general/#is-there-a-free-plan');
  assert.equal(first.kind, 'faq');
  assert.equal(first.title, 'Is there a free plan?');
  const html = readFileSync(join(workdir, 'site/en/faq/general/index.html'), 'utf8');
  assert.match(html, /id="is-there-a-free-plan"/);
});

test('a result needs only some of the words', async () => {
  const found = await urls('refund zebra unicorn');
  assert.ok(found.includes('/en/billing/refunds/'), found.join(' '));
});

test('a misspelled word still finds the page', async () => {
  assert.ok((await urls('pasword')).includes('/en/account/reset-password/'));
  assert.ok((await urls('refnud')).includes('/en/billing/refunds/'));
  // A missing or wrong first letter.
  assert.ok((await urls('efunds')).includes('/en/billing/refunds/'));
  assert.ok((await urls('ароль', 'ru')).includes('/ru/account/reset-password/'));
  assert.ok((await urls('two-factor authentcation')).slice(0, 2).includes('/en/account/two-factor-authentication/'));
  assert.equal(await suggest('pasword reset', { lang: 'en' }), 'password reset');
  assert.equal(await suggest('password reset', { lang: 'en' }), null);
});

test('the last word is completed as it is typed', async () => {
  assert.equal((await urls('invoi'))[0], '/en/billing/invoices-and-receipts/');
  assert.equal((await urls('rec'))[0], '/en/billing/invoices-and-receipts/');
  // A space ends the word, and three letters are too few to correct.
  assert.deepEqual(await urls('rec '), []);
});

test('codes and versions match whole', async () => {
  assert.deepEqual(await urls('E1001'), ['/en/troubleshooting/error-codes/']);
  assert.ok((await urls('3.2.1')).includes('/en/troubleshooting/error-codes/'));
  assert.deepEqual(await urls('E1002'), []);
});

test('adjacent words count as a pair in either order, once', async () => {
  const scores = async (query) => (await search(query, { lang: 'en', limit: 3 })).map((result) => [result.url, result.score]);
  const forward = await scores('reset password');
  assert.equal(forward[0][0], '/en/account/reset-password/');
  assert.deepEqual(await scores('password reset'), forward);
  assert.deepEqual(await scores('reset password reset'), forward);
});

test('a Russian query finds Russian pages in the Russian index', async () => {
  const found = await urls('как сбросить пароль', 'ru');
  assert.equal(found[0], '/ru/account/reset-password/');
  assert.ok(found.every((url) => url.startsWith('/ru/')));
  assert.ok((await urls('пасроль', 'ru')).includes('/ru/account/reset-password/'));
  assert.ok((await urls('reset password', 'en')).every((url) => url.startsWith('/en/')));
});

test('excerpts escape HTML and mark the matched words', async () => {
  const [result] = await search('reset forgotten password', { lang: 'en', limit: 1 });
  assert.match(result.excerpt, /<mark>password<\/mark>/i);
  for (const { excerpt } of await search('<script>alert(1)</script> password', { lang: 'en' })) {
    assert.doesNotMatch(excerpt.replaceAll(/<\/?mark>/g, ''), /[<>]/);
  }
  // Whatever a chunk file holds is shown as text.
  useIndex((path, text) =>
    /\/c\.[0-9a-f]+\.json$/.test(path) ? text.replaceAll('Reset your Orbitask password', "<img src=x onerror='alert(1)'> & password") : text,
  );
  try {
    const [injected] = await search('reset forgotten password', { lang: 'en', limit: 1 });
    assert.ok(injected.excerpt.startsWith('&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; <mark>password</mark>'), injected.excerpt);
  } finally {
    useIndex();
  }
});

test('an excerpt is the part of the stored text with most of the query words', async () => {
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(10);
  useIndex((path, text) => (/\/c\.[0-9a-f]+\.json$/.test(path) ? text.replace('Reset your Orbitask password', filler + 'Reset your Orbitask password') : text));
  try {
    const [result] = await search('reset forgotten password', { lang: 'en', limit: 1 });
    assert.equal(result.url, '/en/account/reset-password/');
    assert.ok(result.excerpt.startsWith('…<mark>Reset</mark> your Orbitask <mark>password</mark>'), result.excerpt);
    assert.ok(result.excerpt.endsWith('…'));
    assert.ok(result.excerpt.replaceAll(/<\/?mark>/g, '').length <= 162);
    const [unmatched] = await search('forgotten', { lang: 'en', limit: 1 });
    assert.ok(unmatched.excerpt.startsWith('Lorem ipsum'), unmatched.excerpt);
  } finally {
    useIndex();
  }
});

test('a query loads only the shards its words need, and each file once', async () => {
  useIndex();
  await search('refund', { lang: 'en' });
  const first = [...loads];
  assert.ok(first.includes('en/index.json'));
  assert.equal(first.filter((path) => /\/s\.[0-9a-f]+\.bin$/.test(path)).length, 1, first.join(' '));
  await search('refund', { lang: 'en' });
  assert.deepEqual(loads, first);
});

test('a prefix in a split bucket fetches its dictionary and completion shards with its own shard', async () => {
  // Russian "по" is split over shards; one of them starts with a word, and the word's first three letters,
  // typed as a prefix, may complete to words in it as well as in the shard before, where the prefix itself sorts.
  const manifest = JSON.parse(readFileSync(join(searchDir, 'ru/index.json'), 'utf8'));
  const split = manifest.shards.findIndex((key, number) => number > 0 && key.startsWith('по') && key.length > 3 && manifest.shards[number - 1] <= key.slice(0, 3));
  assert.ok(split > 0 && manifest.dictionaries.includes('по'), manifest.shards.join(' '));
  const prefix = manifest.shards[split].slice(0, 3);
  const rounds = [];
  let round = 0;
  configure({
    load: async (path) => {
      rounds.push([path, round]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      round = 1;
      const bytes = readFileSync(join(searchDir, path));
      return path.endsWith('.json') ? bytes.toString('utf8') : bytes;
    },
  });
  await preload({ lang: 'ru' });
  round = 0;
  rounds.length = 0;
  await search(prefix, { lang: 'ru' });
  const first = rounds.filter(([, number]) => number === 0).map(([path]) => path);
  const dictionary = manifest.dictionaryHashes[manifest.dictionaries.indexOf('по')];
  for (const file of [`s.${manifest.shardHashes[split - 1]}.bin`, `s.${manifest.shardHashes[split]}.bin`, `d.${dictionary}.bin`]) {
    assert.ok(first.includes('ru/' + file), `${file} not in the first round: ${first.join(' ')}`);
  }
  useIndex();
});

test('preload fetches only the bootstrap, the manifest at its fixed address', async () => {
  useIndex();
  await preload({ lang: 'ru' });
  assert.deepEqual(loads, ['ru/index.json']);
  await search('пароль', { lang: 'ru' });
  assert.ok(loads.length > 1 && loads.slice(1).every((path) => /^ru\/[sdmc]\.[0-9a-f]{10,16}\.(bin|json)$/.test(path)), loads.join(' '));
});

test('queries without index terms find nothing', async () => {
  assert.deepEqual(await urls(''), []);
  assert.deepEqual(await urls('the what how ?!'), []);
});

test('a missing index rejects', async () => {
  await assert.rejects(search('refund', { lang: 'de' }));
});
