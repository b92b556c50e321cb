// Measures the `unclear` rule's false positives: every article's first paragraph in ../shared/corpus (or the
// folder given) checked as the description of a request, in the article's language, with the bundled site's
// rules and `unclear: true`. Prints the share of paragraphs flagged request.unclear or request.wrong-layout,
// and the flagged ones (other findings, such as markup, are not counted). Needs the rules snapshot with the filters: Tests/Fixtures/intake/rules/iptv-vendor.rules.json.
//
// Run: node scripts/measure_unclear.mjs [corpus-folder]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.argv[2] ?? join(root, '..', '..', 'shared', 'corpus');
const withFilters = JSON.parse(readFileSync(process.env.RULES ?? join(root, 'Tests/Fixtures/intake/rules/iptv-vendor.rules.json'), 'utf8'));
const rules = {
  languages: ['en', 'ru'], default_language: 'en', limits: { request_bytes: 1 << 20, field_length: 100000 },
  fields: [{ id: 'description', type: 'textarea', required: false, label: { en: '', ru: '' } }],
  subject_field: null, body_field: 'description', category_field: null, out_of_scope: [], require_one_of: [],
  severities: withFilters.severities, messages: withFilters.messages, calendar: withFilters.calendar,
  unclear: withFilters.unclear,
};

function* markdownFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* markdownFiles(path);
    else if (name.endsWith('.md')) yield path;
  }
}

// The first paragraph of prose after the front matter: no heading, table, list, image, note, code or
// metadata line ("_Original KB number:_"), and six words at least, as a description would have.
function firstParagraph(text) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraph = [];
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    if (/^(#|\||[-*+] |!\[|>|```|<|\d+\. |:::|_|\*\*applies)/i.test(trimmed)) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(trimmed);
  }
  if (paragraph.join(' ').split(' ').length < 6) return '';
  return paragraph.join(' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');
}

let checked = 0;
const flagged = [];
for (const [folder, lang] of [['officedocs-support-en', 'en'], ['alchemyinsights-ru', 'ru']]) {
  for (const file of markdownFiles(join(corpus, folder))) {
    const description = firstParagraph(readFileSync(file, 'utf8'));
    if (Array.from(description).length < 20) continue;
    checked += 1;
    const codes = check(rules, { description }, { lang, at: '2026-02-10T12:00:00Z' }).findings.map((finding) => finding.code);
    if (codes.some((code) => code === 'request.unclear' || code === 'request.wrong-layout')) flagged.push(`${codes.join(',')}\t${file.slice(corpus.length + 1)}\t${description.slice(0, 160)}`);
  }
}
console.log(flagged.join('\n'));
console.log(`${flagged.length} of ${checked} first paragraphs flagged (${((100 * flagged.length) / checked).toFixed(2)}%)`);
