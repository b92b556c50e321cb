// Generates themes/default/static/search/words/: the dictionary word files that search.js reads so that "Did you
// mean" never replaces a correct English or Russian word (search.js, "Dictionary words"). For each script, a
// blocked Bloom filter of the search analyzer's terms (stems, stop words kept) of every word form in the word
// lists that .ci/setup installs:
//   en: /usr/share/dict/american-english (wamerican);
//   ru: /usr/share/hunspell/ru_RU.dic with ru_RU.aff (hunspell-ru), expanded to its word forms by unmunch
//       (hunspell-tools), since Snowball does not always give an inflected form the stem of its lemma.
// Abbreviations written with two capitals or more ("AP", "ОС") are left out: typed in lower case they are
// mostly a word missing a letter ("ap" for "app").
//
// BITS_PER_TERM bits a term and DICTIONARY_WORDS.hashes bits in one block of 512 answer "known" for about one
// term in a hundred that no word has, so a misspelling is left uncorrected that rarely; a correct word is always
// known. The files are split in DICTIONARY_WORDS.shards per script so that a check reads one of them.
//
// Run: node scripts/generate_dictionary_words.mjs   (then commit themes/default/static/search/words/)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_WORDS, analyze, dictionaryBits, dictionaryPlace, termScript } from '../themes/default/static/search/search.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'themes/default/static/search/words');
const BITS_PER_TERM = 10;

function russianForms() {
  const dictionary = '/usr/share/hunspell/ru_RU.dic';
  const affixes = '/usr/share/hunspell/ru_RU.aff';
  const encoding = /^SET\s+(\S+)/m.exec(readFileSync(affixes, 'latin1'))?.[1] ?? 'UTF-8';
  const forms = execFileSync('unmunch', [dictionary, affixes], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  return new TextDecoder(encoding).decode(forms).split('\n');
}

const sources = {
  en: () => readFileSync('/usr/share/dict/american-english', 'utf8').split('\n'),
  ru: russianForms,
};
const abbreviation = /\p{Lu}.*\p{Lu}/u;

function termsOf(script) {
  const terms = new Set();
  for (const line of sources[script]()) {
    const word = line.trim();
    if (!word || abbreviation.test(word)) continue;
    for (const term of analyze(word, script, { keepStopWords: true })) {
      if (termScript(term) === script) terms.add(term);
    }
  }
  return terms;
}

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const blockBytes = DICTIONARY_WORDS.blockBits / 8;
for (const script of ['en', 'ru']) {
  const terms = termsOf(script);
  const blocks = Math.ceil((terms.size * BITS_PER_TERM) / DICTIONARY_WORDS.blockBits / DICTIONARY_WORDS.shards);
  const shards = Array.from({ length: DICTIONARY_WORDS.shards }, () => new Uint8Array(blocks * blockBytes));
  for (const term of terms) {
    const { path, block } = dictionaryPlace(term);
    const shard = shards[Number(/\.(\d+)\.bin$/.exec(path)[1])];
    for (const [index, mask] of dictionaryBits(term, block, shard)) shard[index] |= mask;
  }
  shards.forEach((bytes, number) => writeFileSync(join(folder, `${script}.${number}.bin`), bytes));
  console.log(`${script}: ${terms.size} terms, ${DICTIONARY_WORDS.shards} files of ${blocks * blockBytes} bytes`);
}
