import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/core/standard/catalogue.js';
import { buildChecklist } from '../../../src/core/audit/checklist/build-checklist.js';
import { renderChecklist } from '../../../src/core/audit/checklist/render-checklist.js';
import { checklistRows, type ChecklistScope } from '../../../src/core/audit/checklist/types.js';
import { loadAuditUnit } from '../../../src/core/audit/unit-scope.js';
import { QmsError } from '../../../src/core/errors.js';
import { docxParts, paragraphs, wellFormedProblem } from '../render/docx-reader.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const commune = loadAuditUnit(resolve(root, 'examples/city/xa-tam-hiep'));
const catalogue = loadCatalogue();
const build = (scope: ChecklistScope, lang: 'vi' | 'en' = 'vi', date = '2014-07-14') =>
  buildChecklist(commune, { scope, lang, date, auditor: 'Hà Thị Yến' });

describe('checklist --all', () => {
  const checklist = build({ kind: 'all' });

  it('lists every clause of the standard, in order, as a heading or a row', async () => {
    const md = String(await renderChecklist(checklist, 'md'));
    for (const c of catalogue.clauses)
      expect(md, c.number).toMatch(
        new RegExp(`(^#+ ${c.number.replace(/\./g, '\\.')}\\.? |\\| ${c.number.replace(/\./g, '\\.')}<br>)`, 'm'),
      );
    const rowClauses = [...new Set(checklistRows(checklist).map((r) => r.clause))];
    expect(rowClauses).toEqual(catalogue.clauses.filter((c) => c.auditable).map((c) => c.number));
  });

  it("lists the excluded clauses with the unit's own reason and the questions that check the exclusion", async () => {
    const md = String(await renderChecklist(checklist, 'md'));
    for (const e of commune.exclusions) expect(md).toContain(`NGOẠI LỆ: đơn vị loại trừ ${e.clause} — ${e.reason}`);
    const design = checklistRows(checklist).filter((r) => r.clause.startsWith('7.3.'));
    expect(design.length).toBeGreaterThan(0);
    expect(design.every((r) => r.exclusion && catalogue.question.get(r.id)?.kind === 'exclusion')).toBe(true);
    // A clause that is applied gets conformity questions only.
    expect(
      checklistRows(checklist)
        .filter((r) => r.clause === '7.5.2')
        .map((r) => r.id),
    ).toEqual(['Q-7.5.2-01']);
  });

  it('numbers the rows 1…n and gives each a distinct id', () => {
    const rows = checklistRows(checklist);
    expect(rows.map((r) => r.no)).toEqual(rows.map((_r, i) => i + 1));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is in English with --lang en', () => {
    const en = build({ kind: 'all' }, 'en');
    expect(en.title).toBe('Internal audit checklist');
    expect(checklistRows(en)[0].question).toBe(catalogue.question.get(checklistRows(en)[0].id)!.question.en);
  });
});

describe('checklist --clause', () => {
  it('takes a clause with its sub-clauses', () => {
    const rows = checklistRows(build({ kind: 'clauses', clauses: ['7.5', '4.2.3'] }));
    expect([...new Set(rows.map((r) => r.clause))]).toEqual(['4.2.3', '7.5.1', '7.5.2', '7.5.3', '7.5.4', '7.5.5']);
  });

  it('refuses a clause the standard does not have', () => {
    expect(() => build({ kind: 'clauses', clauses: ['9.1'] })).toThrow(QmsError);
  });
});

describe('checklist --process', () => {
  const checklist = build({ kind: 'processes', codes: ['QT-HT-01'] });
  const rows = checklistRows(checklist);
  const procedure = commune.procedures.find((p) => p.code === 'QT-HT-01')!;
  const text = rows.map((r) => `${r.question} ${r.evidence} ${r.sample ?? ''}`).join('\n');

  it('asks about each dossier item of the procedure itself', () => {
    for (const item of procedure.dossier) expect(text).toContain(`«${item.name}»`);
    expect(rows.filter((r) => r.id.startsWith('QT-HT-01/D-'))).toHaveLength(procedure.dossier.length);
  });

  it('checks the legal time against the tracking book, with a sampling hint for the field', () => {
    const time = rows.find((r) => r.id === 'QT-HT-01/T-01')!;
    expect(time.question).toContain('trong ngày (tiếp nhận đến 15 giờ');
    expect(time.question).toContain('Sổ theo dõi hồ sơ');
    expect(time.sample).toContain('lĩnh vực Hộ tịch');
    expect(checklist.sampling).toEqual([expect.objectContaining({ field: 'Hộ tịch', procedures: ['QT-HT-01'] })]);
  });

  it('asks each step of its role, by the names of the people in it', () => {
    expect(rows.filter((r) => r.id.startsWith('QT-HT-01/S-'))).toHaveLength(procedure.steps.length);
    expect(text).toContain('Công chức Tư pháp – Hộ tịch (Nguyễn Thị Thủy, Đào Văn Sơn)');
    expect(text).toContain('Chủ tịch UBND xã (Nguyễn Đình Thành)');
  });

  it('asks about forms, records with keeper and retention, legal bases and fees', () => {
    for (const f of procedure.forms) expect(text).toContain(`Biểu mẫu ${f.code}`);
    expect(text).toContain(
      'Hồ sơ «Sổ đăng ký khai sinh» có được Công chức Tư pháp – Hộ tịch (Nguyễn Thị Thủy, Đào Văn Sơn) lưu giữ vĩnh viễn',
    );
    expect(text).toContain('lưu giữ 05 năm');
    expect(text).toContain(
      '158/2005/NĐ-CP về đăng ký và quản lý hộ tịch: văn bản còn hiệu lực ngày 14/07/2014 (sổ đăng ký',
    );
    expect(text).toContain('5.000 đồng/trường hợp');
  });

  it("flags a legal basis superseded by the audit date (the model's legal register)", () => {
    const later = checklistRows(build({ kind: 'processes', codes: ['QT-HT-01'] }, 'vi', '2016-03-01'));
    expect(later.find((r) => r.id === 'QT-HT-01/L-01')!.question).toMatch(
      /158\/2005\/NĐ-CP.*đã hết hiệu lực từ 01\/01\/2016/,
    );
  });

  it('adds the clause questions for 7.2, 7.5, 4.2.3, 4.2.4, 8.2.3 and 8.3, asked of the procedure', () => {
    const bank = rows.filter((r) => r.id.includes('/Q-'));
    const clauses = [...new Set(bank.map((r) => r.clause))];
    expect(clauses).toEqual([
      '7.2.1',
      '7.2.2',
      '7.2.3',
      '7.5.1',
      '7.5.2',
      '7.5.3',
      '7.5.4',
      '7.5.5',
      '4.2.3',
      '4.2.4',
      '8.2.3',
      '8.3',
    ]);
    expect(bank.every((r) => r.procedure === 'QT-HT-01')).toBe(true);
  });

  it('asks the clause questions once, without a procedure, for several procedures', () => {
    const several = checklistRows(build({ kind: 'processes', codes: ['qt-ht-01', 'QT-CT-01'] }));
    expect(several.filter((r) => r.id === 'Q-8.3-01')).toHaveLength(1);
    expect(several.some((r) => r.id.startsWith('QT-CT-01/D-'))).toBe(true);
  });

  it('refuses an unknown procedure code, listing the known ones', () => {
    expect(() => build({ kind: 'processes', codes: ['QT-XX-99'] })).toThrow(/QT-XX-99/);
  });
});

describe('checklist DOCX', () => {
  it('reads back: header, particulars, the five columns, questions and result boxes', async () => {
    const checklist = build({ kind: 'processes', codes: ['QT-HT-01'] });
    const bytes = (await renderChecklist(checklist, 'docx')) as Uint8Array;
    const parts = docxParts(bytes);
    for (const [name, xml] of Object.entries(parts))
      if (name.endsWith('.xml')) expect(wellFormedProblem(xml), name).toBeUndefined();
    const body = paragraphs(parts['word/document.xml']);
    for (const cell of [
      'PHIẾU GHI CHÉP ĐÁNH GIÁ NỘI BỘ',
      'TT',
      'Điều khoản',
      'Câu hỏi',
      'Bằng chứng / ghi chép',
      'Kết quả',
      'BM-03-03',
      'Hà Thị Yến',
    ])
      expect(body, cell).toContain(cell);
    expect(body).toContain('Đơn vị được đánh giá: UBND xã Tam Hiệp');
    expect(body).toContain('Phạm vi: Quy trình: QT-HT-01 Quy trình đăng ký khai sinh');
    expect(body).toContain('□ Phù hợp\n□ NC nặng\n□ NC nhẹ\n□ Lưu ý');
    expect(body).toContain(checklistRows(checklist)[0].question);
    expect(parts['word/document.xml']).toContain('w:orient="landscape"');
    expect(
      paragraphs(
        parts['word/header1.xml'] ?? Object.entries(parts).find(([n]) => /word\/header\d*\.xml/.test(n))![1],
      ).join(' '),
    ).toContain('UBND XÃ TAM HIỆP');
  });

  it('gives the same bytes for the same checklist', async () => {
    const a = await renderChecklist(build({ kind: 'clauses', clauses: ['8'] }), 'docx');
    const b = await renderChecklist(build({ kind: 'clauses', clauses: ['8'] }), 'docx');
    expect(Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array))).toBe(true);
  });
});
