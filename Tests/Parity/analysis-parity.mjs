// JavaScript side of analysis-parity.sh: writes what search.js makes of every code point and of
// every Markdown file under the given folders, for AnalysisParityTests.swift to compare with Swift.
// Usage: node --experimental-detect-module analysis-parity.mjs OUT_DIR CORPUS_DIR...
//   OUT_DIR/folds.tsv: "HEX<TAB>HEX HEX..." for each code point that normalize() changes.
//   OUT_DIR/corpus.jsonl: {"path", "terms": [[term, start, end], ...]} for each file, by path.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, tokenize } from '../../themes/default/static/search/search.js';

const [outDir, ...corpusDirs] = process.argv.slice(2);
if (!outDir || corpusDirs.length === 0) {
  console.error('usage: analysis-parity.mjs OUT_DIR CORPUS_DIR...');
  process.exit(2);
}

const hex = (text) => [...text].map((character) => character.codePointAt(0).toString(16)).join(' ');
const folds = [];
for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
  const character = String.fromCodePoint(codePoint);
  const normalized = normalize(character);
  if (normalized !== character) folds.push(`${codePoint.toString(16)}\t${hex(normalized)}`);
}
writeFileSync(join(outDir, 'folds.tsv'), folds.join('\n') + '\n');

const files = corpusDirs
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((path) => join(dir, path)))
  .filter((path) => path.endsWith('.md'))
  .sort();
let termCount = 0;
const lines = files.map((path) => {
  const terms = tokenize(readFileSync(path, 'utf8'), 'en').map(({ term, start, end }) => [term, start, end]);
  termCount += terms.length;
  return JSON.stringify({ path, terms });
});
writeFileSync(join(outDir, 'corpus.jsonl'), lines.join('\n') + '\n');
console.log(`search.js: ${folds.length} code points change under normalize(); ${files.length} files, ${termCount} terms`);
