// Compares stem() of search.js with libstemmer on every word of a list; used by stemmer-parity.sh.
// Usage: node --experimental-detect-module stemmer-parity.mjs LANG WORD_FILE LIBSTEMMER_STEM
//   LANG: en or ru. WORD_FILE: one word a line, any case. LIBSTEMMER_STEM: the compiled libstemmer-stem.c.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stem } from '../../themes/default/static/search/search.js';

const [lang, wordFile, reference] = process.argv.slice(2);
const algorithm = { en: 'english', ru: 'russian' }[lang];
if (!algorithm || !wordFile || !reference) {
  console.error('usage: stemmer-parity.mjs en|ru WORD_FILE LIBSTEMMER_STEM');
  process.exit(2);
}

const words = [...new Set(readFileSync(wordFile, 'utf8').split('\n').map((word) => word.trim().toLowerCase()))]
  .filter((word) => word.length > 0 && !word.includes('\r'));
const expected = execFileSync(reference, [algorithm], { input: words.join('\n') + '\n', maxBuffer: 1 << 30 })
  .toString('utf8')
  .split('\n');

let agreed = 0;
const disagreements = [];
words.forEach((word, index) => {
  const actual = stem(word, lang);
  if (actual === expected[index]) agreed++;
  else disagreements.push(`${word}: libstemmer ${expected[index]}, search.js ${actual}`);
});
const percent = ((100 * agreed) / words.length).toFixed(4);
console.log(`${algorithm}: ${words.length} distinct words from ${wordFile}, ${agreed} agree (${percent}%)`);
for (const line of disagreements.slice(0, 30)) console.log(`  ${line}`);
process.exit(disagreements.length === 0 ? 0 : 1);
