// checker.js catches every form of the built-in abuse words, with the rules the Swift side wrote for the
// browser: the forms come from morphological dictionaries (Tests/Data/abuse_paradigms.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', 'site.rules.json'), 'utf8'));
const paradigms = JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'abuse', 'paradigms.json'), 'utf8'));

const base = {
  en: { lang: 'en', subject: 'How to move tasks between projects', description: 'I want to move tasks between projects and cannot.' },
  ru: { lang: 'ru', subject: 'Как перенести задачи между проектами', description: 'Хочу перенести задачи между проектами, а перенести нельзя.' },
};

for (const [language, words] of Object.entries(paradigms)) {
  test(`every form of the ${language} abuse words is caught`, () => {
    const missed = [];
    for (const [word, forms] of Object.entries(words)) {
      for (const form of forms) {
        const request = {
          email: 'someone@example.com', name: 'Someone', category: 'question', platform: 'web',
          subject: base[language].subject, description: `${form}! ${base[language].description}`,
        };
        const codes = check(rules, request, { lang: language, at: '2026-01-14T11:00:00+03:00' }).findings.map((finding) => finding.code);
        if (!codes.includes('language.abusive')) missed.push(`${form} (${word})`);
      }
    }
    assert.deepEqual(missed, []);
  });
}
