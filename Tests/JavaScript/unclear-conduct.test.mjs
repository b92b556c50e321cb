// checker.js on the rules added for seeds 000 and 004: descriptions whose meaning cannot be made out
// (gibberish, the wrong keyboard layout, a log alone), slurs in every form, and error reports that need the
// error text or a screenshot but no steps. The rules are the example snapshots the Swift side wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { check, bloomPositions } from '../../themes/default/static/intake/checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rulesOf = (example) => JSON.parse(readFileSync(join(root, 'Tests', 'Fixtures', 'intake', 'rules', `${example}.rules.json`), 'utf8'));
const iptv = rulesOf('iptv-vendor');
const geoscience = rulesOf('geoscience-vendor');

const request = {
  company: 'ТелеСеть', contract_id: 'MI-20417', email: 'noc@telenet.example', support_level: 'extended', category: 'question',
  subject: 'Не обновляется телепрограмма в приставках',
};
const codes = (rules, fields, lang) => check(rules, fields, { lang, at: '2026-02-10T12:00:00+03:00' }).findings.map((finding) => finding.code);
// Only the findings these rules give: a made-up description also shares no word with the subject, and a
// log with ERROR in it is also an error report.
const ruleCodes = (found) => found.filter((code) => code.startsWith('request.') || code.startsWith('language.'));
const iptvCodes = (description, lang = 'ru') => ruleCodes(codes(iptv, { ...request, description }, lang));

test('gibberish is unclear, in either script', () => {
  assert.deepEqual(iptvCodes('фывапролд жэ ячсмить йцукенг шщзхъ ывапр олджэ ячсм итьбю'), ['request.unclear']);
  assert.deepEqual(iptvCodes('asdkjh qwe zxmcnb aslkdj qwpoei zmxncb alskdj fjfjfj dkdkdk', 'en'), ['request.unclear']);
});

test('the wrong keyboard layout is shown as it was meant', () => {
  const russian = check(iptv, { ...request, description: 'Yt j,yjdkztncz ntktghjuhfvvf d ghbcnfdrf[ gjckt gthtpfuheprb cthdthf' }, { lang: 'ru', at: '2026-02-10T12:00:00+03:00' });
  const layout = russian.findings.filter((finding) => finding.code === 'request.wrong-layout');
  assert.equal(layout.length, 1);
  assert.match(layout[0].message, /«Не обновляется телепрограмма в приставка\[ после перезагрузки…»/);
  const english = ruleCodes(codes(geoscience, {
    name: 'Dana', email: 'dana@petro.example', product: 'mapping', version: '11.2.0', category: 'question', subject: 'Contour labels',
    description: 'Еру сщтещгк дфиуды щмукдфз щт еру пкшв ьфз фе умукн ысфду',
  }, 'en'));
  assert.deepEqual(english, ['request.wrong-layout']);
});

test('a log alone is unclear; after a sentence of the customer it is not', () => {
  const log = '2026-02-10 03:14:07 ERROR [epg-import] java.lang.OutOfMemoryError: Java heap space\n2026-02-10 03:14:08 WARN [epg-import] retry=1';
  assert.deepEqual(iptvCodes(log), ['request.unclear']);
  assert.deepEqual(iptvCodes('С утра импорт телепрограммы останавливается, в логе вот что:\n' + log), []);
});

test('ordinary descriptions with product names and quoted errors pass', () => {
  assert.deepEqual(iptvCodes('С утра в приставках MAG не обновляется телепрограмма, импорт XMLTV останавливается на середине. Где посмотреть причину?'), []);
  assert.deepEqual(iptvCodes('The EPG import in Smarty middleware stops at 3 minutes with "Out of memory". How do we raise the limit?', 'en'), []);
});

test('slurs are discriminatory in any form; words that only look alike pass', () => {
  assert.deepEqual(iptvCodes('Ваши хачи опять сломали телепрограмму: импорт останавливается на середине, где посмотреть причину?'), ['language.discriminatory']);
  assert.deepEqual(iptvCodes('Эти хохлы с подрядчика сломали телепрограмму: импорт останавливается на середине, где посмотреть причину?'), ['language.discriminatory']);
  assert.deepEqual(iptvCodes('Жидкость в системе охлаждения сервера кончилась, и импорт телепрограммы останавливается на середине. Где посмотреть причину?'), []);
});

test('geoscience error reports need the error text or a screenshot, not steps', () => {
  const report = {
    name: 'Dana', email: 'dana@petro.example', product: 'mapping', version: '11.2.0', category: 'software-error', subject: 'Gridding crash',
    description: 'The mapping module closes every time I start gridding the Leduc horizon with two million points.',
  };
  assert.deepEqual(codes(geoscience, report, 'en'), ['error-report.evidence']);
  assert.deepEqual(codes(geoscience, { ...report, screenshot: ['crash.png'] }, 'en'), []);
});

test('Bloom positions are FNV-1a double hashing over UTF-8', () => {
  // FNV-1a of "a": 0xe40c292c with the standard basis.
  assert.deepEqual(bloomPositions('a', 2 ** 32 - 1, 1), [0xe40c292c]);
  assert.equal(new Set(bloomPositions('привет', 1000, 3)).size > 1, true);
});
