import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderUnit, type RenderedUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { buildChecklist } from '../../../src/core/audit/checklist/build-checklist.js';
import { checklistRows } from '../../../src/core/audit/checklist/types.js';
import { renderChecklist } from '../../../src/core/audit/checklist/render-checklist.js';
import { loadAuditUnit } from '../../../src/core/audit/unit-scope.js';
import { docxParts, paragraphs } from './docx-reader.js';
import { FIXTURE, fileOf } from './fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-unverified-time-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The fixture unit with its birth registration (QT-HT-01) at 05 working days, checked or not. */
function unitWith(verified: boolean | undefined): string {
  const dir = mkdtempSync(join(root, 'u-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'procedures', 'QT-HT-01.yaml');
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const processingTime = {
    value: 5,
    unit: 'working_day',
    note: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    ...(verified === undefined ? {} : { verified }),
  };
  writeFileSync(file, stringify({ ...data, processingTime }));
  return dir;
}

const ONLY = ['QT-HT-01', 'GTN-QT-HT-01', 'PKS-QT-HT-01', 'PXL-QT-HT-01', 'STD-QT-HT-01'];
let unchecked: RenderedUnit;
let checked: RenderedUnit;
beforeAll(async () => {
  unchecked = await renderUnit(loadUnit(unitWith(false)), { formats: ['md', 'docx'], only: ONLY });
  checked = await renderUnit(loadUnit(unitWith(undefined)), { formats: ['md', 'docx'], only: ONLY });
});

const md = (r: RenderedUnit, code: string) => String(fileOf(r, `md/${code}.md`));
const section54 = (text: string) => text.slice(text.indexOf('### 5.4'), text.indexOf('### 5.5'));

describe('a processing time not checked against the law (verified: false)', () => {
  it('5.4 of the procedure prints the time and tells the signer to check it before signing', () => {
    const text = section54(md(unchecked, 'QT-HT-01'));
    expect(text).toContain('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.');
    expect(text).toContain(
      'Lưu ý trước khi ký ban hành: thời hạn trên chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật.',
    );
    expect(text).toContain('xóa dòng «verified: false»');
    // A checked time prints no caution.
    expect(section54(md(checked, 'QT-HT-01'))).not.toContain('Lưu ý trước khi ký');
  });

  it('the DOCX says the same in 5.4', () => {
    const docx = paragraphs(docxParts(fileOf(unchecked, 'docx/QT-HT-01.docx') as Uint8Array)['word/document.xml']);
    const at = docx.findIndex((p) => p.startsWith('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.'));
    expect(at).toBeGreaterThan(0);
    expect(docx.slice(at, at + 3).join('\n')).toContain('Lưu ý trước khi ký ban hành');
  });

  it('the one-stop forms never call it the time "theo quy định" and say it is to be checked', () => {
    for (const code of ['GTN-QT-HT-01', 'PKS-QT-HT-01', 'PXL-QT-HT-01', 'STD-QT-HT-01']) {
      const text = md(unchecked, code);
      expect(text, code).not.toMatch(/Thời gian giải quyết( hồ sơ)? theo quy định/);
      expect(text, code).toContain(
        '(thời hạn chưa đối chiếu với văn bản quy định; đơn vị đối chiếu trước khi sử dụng mẫu)',
      );
      expect(md(checked, code), code).toMatch(/Thời gian giải quyết( hồ sơ)? theo quy định: 05 ngày làm việc/);
    }
  });

  it('the checklist asks the auditor to establish the legal time first, in Vietnamese and in English', async () => {
    const unit = loadAuditUnit(unitWith(false));
    for (const lang of ['vi', 'en'] as const) {
      const checklist = buildChecklist(unit, {
        scope: { kind: 'processes', codes: ['QT-HT-01'] },
        lang,
        date: '2013-06-01',
        auditor: 'Hà Thị Yến',
      });
      const time = checklistRows(checklist).find((r) => r.id === 'QT-HT-01/T-01');
      expect(time?.question).toContain(
        lang === 'vi'
          ? 'Thời hạn giải quyết ghi trong quy trình 5 ngày làm việc (40 giờ), chưa được đối chiếu với văn bản quy phạm pháp luật: trước hết xác định thời hạn luật định'
          : 'Processing time written in the procedure 5 working day(s) (40 h), not checked against the law: first establish',
      );
      const text = String(await renderChecklist(checklist, 'md'));
      expect(text).not.toContain(lang === 'vi' ? 'Thời hạn giải quyết 5 ngày' : 'Legal time');
    }
  });
});
