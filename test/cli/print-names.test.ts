import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

// Issue 11, item 19: a unit name or a person name from qms.yaml with a line break or a bidi override is
// printed escaped by every command that shows it on the terminal, never raw (a forged line, reordered text).
const temp = tempDir('qms-print-names-');
afterAll(() => temp.cleanup());
const unit = join(temp.dir, 'xa-tam-hiep');
cpSync(join(repoRoot, 'examples', 'city', 'xa-tam-hiep'), unit, { recursive: true });
const manifest = join(unit, 'qms.yaml');
writeFileSync(
  manifest,
  readFileSync(manifest, 'utf8')
    .replace(/^name: .*$/m, 'name: "UBND xã Tam Hiệp\\nGIẢ MẠO"')
    .replaceAll('Phạm Thị Mai', '"Phạm Thị\\u202eMai"'),
);

const NAME = 'UBND xã Tam Hiệp\\u000aGIẢ MẠO';
const forged = (out: string) => out.split('\n').some((l) => l.startsWith('GIẢ MẠO'));
const raw = (out: string) => /[\n\u202e]GIẢ MẠO|\u202e/u.test(out);

describe('names from qms.yaml are printed escaped', () => {
  it('checklist: the "written" message', async () => {
    const r = await runInProcess([
      'checklist',
      unit,
      '--process',
      'QT-HT-01',
      '--date',
      '2015-07-14',
      '--output',
      join(temp.dir, 'c.csv'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Phiếu ghi chép ${NAME}`);
    expect(forged(r.stderr)).toBe(false);
  });

  it('checklist: an unknown procedure names the unit escaped', async () => {
    const r = await runInProcess(['checklist', unit, '--process', 'QT-XX-99', '--date', '2015-07-14']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(NAME);
    expect(forged(r.stderr)).toBe(false);
  });

  it('audit plan: the "written" message, and an outside auditor given with a line break', async () => {
    const r = await runInProcess([
      'audit',
      'plan',
      unit,
      '--year',
      '2015',
      '--output',
      join(temp.dir, 'plan.md'),
      '--auditor',
      'Trần Văn Quang',
      '--auditor',
      'Nguyễn Thị Thủy',
      '--auditor',
      'Ngoài\nGIẢ MẠO',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Chương trình đánh giá nội bộ 2015 của ${NAME}`);
    expect(r.stderr).toContain('Ngoài\\u000aGIẢ MẠO không thuộc vai trò nào');
    expect(forged(r.stderr)).toBe(false);
  });

  it('an --auditor name hiding a direction override is refused at input, named escaped (plan, checklist, import)', async () => {
    for (const args of [
      ['audit', 'plan', unit, '--year', '2015'],
      ['checklist', unit, '--all'],
      ['audit', 'import', unit, join(temp.dir, 'none.csv'), '--dry-run'],
    ]) {
      const r = await runInProcess([...args, '--auditor', 'Phạm Thị\u202eMai']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('--auditor "Phạm Thị\\u202eMai" chứa ký tự ẩn U+202E');
      expect(r.stderr).toContain('Gõ lại tên');
      expect(raw(r.stderr)).toBe(false);
    }
    const en = await runInProcess(['checklist', unit, '--all', '--auditor', 'Hà\u200bThị Yến', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('contains the invisible character U+200B');
  });

  it('audit import: a procedure the unit lacks names the unit escaped', async () => {
    const csv = join(temp.dir, 'other.csv');
    writeFileSync(csv, 'Mã câu hỏi,Kết quả,Bằng chứng / ghi chép\nQT-ZZ-01/D-01,Phù hợp,x\n');
    const r = await runInProcess(['audit', 'import', unit, csv, '--auditor', 'Hà Thị Yến', '--dry-run']);
    expect(r.stderr).toContain(NAME);
    expect(forged(r.stderr)).toBe(false);
  });

  it('readiness: the unit heading and the evidence', async () => {
    const r = await runInProcess(['readiness', unit, '--as-of', '2015-12-31']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(NAME);
    expect(forged(r.stdout)).toBe(false);
    expect(raw(r.stdout)).toBe(false);
  });
});
