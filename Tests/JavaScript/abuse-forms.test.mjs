// checker.js catches every form of the built-in abuse words and slurs, with the rules the Swift side wrote for
// the browser: the forms come from morphological dictionaries (Tests/Data/abuse_paradigms.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'site.rules.json'), 'utf8'));
const lists = [
  { name: 'abuse words', file: 'paradigms.json', code: 'language.abusive' },
  { name: 'slurs', file: 'slur_paradigms.json', code: 'language.discriminatory' },
];

const base = {
  en: { lang: 'en', subject: 'How to move tasks between projects', description: 'I want to move tasks between projects and cannot.' },
  ru: { lang: 'ru', subject: 'Как перенести задачи между проектами', description: 'Хочу перенести задачи между проектами, а перенести нельзя.' },
};

for (const list of lists) {
  const paradigms = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'abuse', list.file), 'utf8'));
  for (const [language, words] of Object.entries(paradigms)) {
    test(`every form of the ${language} ${list.name} is caught`, () => {
      const missed = [];
      for (const [word, forms] of Object.entries(words)) {
        for (const form of forms) {
          const request = {
            email: 'someone@example.com', name: 'Someone', category: 'question', platform: 'web',
            subject: base[language].subject, description: `${form}! ${base[language].description}`,
          };
          const codes = check(rules, request, { lang: language, at: '2026-01-14T11:00:00+03:00' }).findings.map((finding) => finding.code);
          if (!codes.includes(list.code)) missed.push(`${form} (${word})`);
        }
      }
      assert.deepEqual(missed, []);
    });
  }
}

// Everyday words that share letters or a stem with a slur; the Swift tests read the same file.
const notSlurs = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'abuse', 'not_slurs.json'), 'utf8'));
const conductCodes = ['language.discriminatory', 'language.personal-attack', 'language.threat'];
for (const [language, words] of Object.entries(notSlurs)) {
  test(`${language} words that only look like slurs pass`, () => {
    assert.ok(words.length > 0);
    const flagged = words.filter((word) => {
      const request = {
        email: 'someone@example.com', name: 'Someone', category: 'question', platform: 'web',
        subject: base[language].subject, description: `${word}. ${base[language].description}`,
      };
      return check(rules, request, { lang: language, at: '2026-01-14T11:00:00+03:00' }).findings.some((finding) => conductCodes.includes(finding.code));
    });
    assert.deepEqual(flagged, []);
  });
}
