import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { packageRoot } from '../../src/core/paths.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

/**
 * Tam Hiệp withdrew its khai sinh quá hạn procedure (QT-HT-02) on 01/01/2016, when Luật Hộ tịch 2014 took
 * effect and the TTHC no longer existed on its own. Before that day it was a process the commune ran: audits,
 * programmes and readiness of 2015 include it; from that day they leave it out.
 */
const dir = join(tmp.dir, 'xa-tam-hiep');
beforeAll(() => {
  cpSync(join(packageRoot, 'examples', 'city', 'xa-tam-hiep'), dir, { recursive: true });
  const file = join(dir, 'procedures', 'QT-HT-02.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.set(
    'withdrawn',
    doc.createNode({
      date: '2016-01-01',
      reason: 'Từ ngày 01/01/2016 Luật Hộ tịch 2014 không còn thủ tục đăng ký khai sinh quá hạn riêng.',
      sources: ['Luật Hộ tịch số 60/2014/QH13, có hiệu lực từ 01/01/2016'],
    }),
  );
  writeFileSync(file, doc.toString());
});

describe('a procedure withdrawn on 01/01/2016', () => {
  it('a checklist dated before the withdrawal audits it; dated on or after, it names the withdrawal (exit 2)', async () => {
    const before = await runInProcess(['checklist', dir, '--process', 'QT-HT-02', '--date', '2015-11-20']);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toContain('Quy trình đăng ký khai sinh quá hạn');
    const on = await runInProcess(['checklist', dir, '--process', 'QT-HT-02', '--date', '2016-01-01']);
    expect(on.code).toBe(2);
    expect(on.stderr).toContain('quy trình đã bãi bỏ của UBND xã Tam Hiệp: QT-HT-02 (từ ngày 01/01/2016)');
    const en = await runInProcess(['checklist', dir, '--process', 'QT-HT-02', '--date', '2016-06-01', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('withdrawn procedure(s) of UBND xã Tam Hiệp: QT-HT-02 (on 2016-01-01)');
  });

  it('the 2015 audit programme plans it; the 2016 programme (from 01/01/2016) does not', async () => {
    const y2015 = await runInProcess(['audit', 'plan', dir, '--year', '2015', '--format', 'json']);
    expect(y2015.code, y2015.stderr).toBe(0);
    expect(y2015.stdout).toContain('"key": "QT-HT-02"');
    const y2016 = await runInProcess(['audit', 'plan', dir, '--year', '2016', '--format', 'json']);
    expect(y2016.code, y2016.stderr).toBe(0);
    expect(y2016.stdout).not.toContain('QT-HT-02');
  });

  it('a checklist of it filled in a 2015 audit is imported with its date', async () => {
    const csv = join(tmp.dir, 'qt-ht-02.csv');
    const out = await runInProcess([
      'checklist',
      dir,
      '--process',
      'QT-HT-02',
      '--date',
      '2015-11-20',
      '--format',
      'csv',
      '--output',
      csv,
    ]);
    expect(out.code, out.stderr).toBe(0);
    // The auditor fills in the first row (evidence, result) and saves the file.
    const [header, first, ...rest] = readFileSync(csv, 'utf8').split('\r\n');
    writeFileSync(
      csv,
      [header, first.replace(/,,$/, ',Đã xem 3 hồ sơ khai sinh quá hạn năm 2015,Phù hợp'), ...rest].join('\r\n'),
    );
    const args = ['--auditor', 'Vũ Thị Giang', '--dry-run'];
    const dry = await runInProcess(['audit', 'import', dir, csv, '--date', '2015-11-20', ...args]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('QT-HT-02');
    const late = await runInProcess(['audit', 'import', dir, csv, '--date', '2016-02-01', ...args]);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('QT-HT-02');
  });

  it('validate --as-of 2015-12-31 checks it as a procedure in force: its TTHC is covered, as in the example', async () => {
    const before = await runInProcess(['validate', dir, '--as-of', '2015-12-31', '--format', 'json']);
    expect(before.code, before.stdout).toBe(0);
    expect(before.stdout).not.toContain('QMS027');
    const example = await runInProcess([
      'validate',
      join(packageRoot, 'examples', 'city', 'xa-tam-hiep'),
      '--as-of',
      '2015-12-31',
    ]);
    const totals = (out: string) => /\d+ lỗi, \d+ cảnh báo, \d+ thông tin/.exec(out)?.[0];
    const text = await runInProcess(['validate', dir, '--as-of', '2015-12-31']);
    expect(totals(text.stdout)).toBe(totals(example.stdout));
    // From the withdrawal on it is a record: the model still lists the TTHC, now without a procedure.
    const on = await runInProcess(['validate', dir, '--as-of', '2016-01-01', '--format', 'json']);
    expect(on.code).toBe(1);
    expect(on.stdout).toContain('QMS027');
  });

  it('readiness --as-of 2015-12-31 counts its TTHC and advises on its unchecked steps; --as-of 2016-01-01 does neither', async () => {
    const before = await runInProcess(['readiness', dir, '--as-of', '2015-12-31', '--format', 'json']);
    const b = JSON.parse(before.stdout) as {
      units: Array<{
        tthc: { required: number; covered: number };
        blockers: Array<{ code: string; message: { en: string } }>;
      }>;
    };
    expect(b.units[0].tthc).toEqual({ required: 22, covered: 22 });
    expect(b.units[0].blockers.find((x) => x.code === 'content-unchecked')?.message.en).toContain('QT-HT-02');
    const on = await runInProcess(['readiness', dir, '--as-of', '2016-01-01', '--format', 'json']);
    const o = JSON.parse(on.stdout) as typeof b;
    expect(o.units[0].tthc.covered).toBe(o.units[0].tthc.required - 1);
    expect(o.units[0].blockers.find((x) => x.code === 'content-unchecked')?.message.en).not.toContain('QT-HT-02');
  });
});

describe('a procedure withdrawn during the programme year', () => {
  it('is planned (in force on 01/01) and the programme notes an audit falling after its withdrawal', async () => {
    const copy = join(tmp.dir, 'xa-tam-hiep-2015');
    cpSync(join(packageRoot, 'examples', 'city', 'xa-tam-hiep'), copy, { recursive: true });
    const file = join(copy, 'procedures', 'QT-HT-02.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.set('withdrawn', doc.createNode({ date: '2015-03-02', reason: 'Chuyển sang quy trình khác.' }));
    writeFileSync(file, doc.toString());
    const vi = await runInProcess(['audit', 'plan', copy, '--year', '2015', '--rounds', '2', '--format', 'json']);
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stdout).toContain('"key": "QT-HT-02"');
    expect(vi.stderr).toMatch(
      /lưu ý: QT-HT-02 bãi bỏ từ ngày 02\/03\/2015, trước ngày đánh giá \d\d\/\d\d\/2015 \(đợt 1\): đánh giá trước ngày bãi bỏ hoặc bỏ khỏi chương trình/,
    );
    const en = await runInProcess(['audit', 'plan', copy, '--year', '2015', '--rounds', '2', '--lang', 'en']);
    expect(en.stderr).toMatch(
      /note: QT-HT-02 is withdrawn on 2015-03-02, before its audit on 2015-\d\d-\d\d \(round 1\)/,
    );
  });
});
