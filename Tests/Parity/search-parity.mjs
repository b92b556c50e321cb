// JavaScript side of search-parity.sh: runs every query of search-parity-queries.json through
// search.js on a built index and writes the results, for SearchParityTests.swift to compare.
// Usage: node --experimental-detect-module search-parity.mjs SEARCH_DIR OUT_FILE
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configure, search } from '../../themes/default/static/search/search.js';

const [searchDir, outFile] = process.argv.slice(2);
if (!searchDir || !outFile) {
  console.error('usage: search-parity.mjs SEARCH_DIR OUT_FILE');
  process.exit(2);
}

configure({ load: (path) => readFile(join(searchDir, path)) });
const queries = JSON.parse(await readFile(new URL('./search-parity-queries.json', import.meta.url), 'utf8'));
const runs = [];
for (const [lang, list] of Object.entries(queries)) {
  for (const query of list) runs.push({ lang, query, results: await search(query, { lang, limit: 10 }) });
}
await writeFile(outFile, JSON.stringify(runs));
console.log(`search.js: ${runs.length} queries, ${runs.reduce((sum, run) => sum + run.results.length, 0)} results`);
