// Rewrites analysis-fixtures.json from search.js: the expected terms of each case and the stop
// word lists. Edit or add the cases' "text" in the file, run this, review the diff; the Swift and
// Node tests then hold both implementations to the result.
// Usage: node --experimental-detect-module Tests/Parity/update-analysis-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { STOP_WORDS, tokenize } from '../../themes/default/static/search/search.js';

const file = new URL('./analysis-fixtures.json', import.meta.url);
const { cases } = JSON.parse(readFileSync(file, 'utf8'));

const json = (value) => JSON.stringify(value);
const list = (items, indent) => items.map((item) => `${indent}${item}`).join(',\n');
const caseLines = cases.map(({ text }) => {
  const terms = tokenize(text, 'en').map(({ term, start, end }) => json([term, start, end]));
  const termsJSON = terms.length === 0 ? '[]' : `[\n${list(terms, '        ')}\n      ]`;
  return `    {\n      "text": ${json(text)},\n      "terms": ${termsJSON}\n    }`;
});
const output = `{
  "stopWords": {
    "en": ${json(STOP_WORDS.en)},
    "ru": ${json(STOP_WORDS.ru)}
  },
  "cases": [
${caseLines.join(',\n')}
  ]
}
`;
writeFileSync(file, output);
console.log(`wrote ${cases.length} cases to ${file.pathname}`);
