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
    // One question for all forms, one for all records, one for the legal bases in force (issue 17).
    const forms = rows.filter((r) => r.id.startsWith('QT-HT-01/F-'));
    expect(forms).toHaveLength(1);
    for (const f of procedure.forms) expect(forms[0].question).toContain(f.code);
    expect(text).toContain(
      '«Sổ đăng ký khai sinh» do Công chức Tư pháp – Hộ tịch (Nguyễn Thị Thủy, Đào Văn Sơn) lưu giữ vĩnh viễn',
    );
    expect(text).toContain('lưu giữ 05 năm');
    expect(text).toMatch(/158\/2005\/NĐ-CP về đăng ký và quản lý hộ tịch;.*các văn bản còn hiệu lực ngày 14\/07\/2014/);
    // Hà Nội's amount is set by the city's HĐND and not verified: the question says so and prints no figure.
    expect(text).toContain(
      'Lệ phí đăng ký khai sinh (mức thu theo nghị quyết của HĐND thành phố Hà Nội về lệ phí hộ tịch) — có thu đúng mức',
    );
    expect(text).not.toMatch(/\d\.000 đồng/);
  });

  it("flags a legal basis superseded by the audit date (the model's legal register)", () => {
    const later = checklistRows(build({ kind: 'processes', codes: ['QT-HT-01'] }, 'vi', '2016-03-01'));
    expect(later.find((r) => r.id === 'QT-HT-01/L-01')!.question).toMatch(
      /158\/2005\/NĐ-CP.*đã hết hiệu lực từ 01\/01\/2016/,
    );
  });

  it('asks once about all the legal bases whose status the register does not know, never calling them in force', () => {
    // TT 97/2006/TT-BTC was replaced by TT 02/2014/TT-BTC on a date known only to lie between 16/02/2014 and
    // 25/07/2014 (the register's supersededBetween): inside those bounds its status is unknown.
    const district = loadAuditUnit(resolve(root, 'examples/city/huyen-thanh-tri'));
    const legalOn = (date: string) =>
      checklistRows(
        buildChecklist(district, { scope: { kind: 'processes', codes: ['QT-HT-01'] }, lang: 'vi', date }),
      ).filter((r) => r.id.startsWith('QT-HT-01/L-'));
    const inside = legalOn('2014-05-01');
    const unknown = inside.filter((r) => r.question.includes('chưa xác định được văn bản còn hiệu lực'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0].question).toContain('97/2006/TT-BTC');
    // The register knows the hộ tịch circulars ran until TT 15/2015/TT-BTP repealed them on 02/01/2016.
    for (const n of ['01/2008/TT-BTP', '08.a/2010/TT-BTP']) expect(unknown[0].question).not.toContain(n);
    // One instrument left unknown: the question names it alone.
    expect(unknown[0].question).toContain('đối chiếu văn bản gốc');
    expect(unknown[0].question).not.toContain('các văn bản còn hiệu lực ngày');
    expect(inside.map((r) => r.question).join('\n')).not.toMatch(/97\/2006\/TT-BTC[^:]*: văn bản còn hiệu lực/u);
    // From the latest bound on it is superseded, and the question says the date is not exact.
    const after = legalOn('2014-09-01').filter((r) => r.question.includes('97/2006/TT-BTC'));
    expect(after).toHaveLength(1);
    expect(after[0].question).toContain(
      'đã hết hiệu lực chậm nhất từ 25/07/2014 (ngày chính xác chưa kiểm chứng), thay bằng 02/2014/TT-BTC',
    );
    // A superseded instrument with an exact date keeps its own row.
    const dept = loadAuditUnit(resolve(root, 'examples/city/so-tu-phap'));
    const legal = checklistRows(
      buildChecklist(dept, { scope: { kind: 'processes', codes: ['QT-HT-01'] }, lang: 'vi', date: '2015-11-30' }),
    ).filter((r) => r.id.startsWith('QT-HT-01/L-'));
    expect(legal.filter((r) => r.question.includes('đã hết hiệu lực từ 15/05/2015'))).toHaveLength(1);
  });

  it('adds only the bank questions marked for a TTHC, asked of the procedure', () => {
    const bank = rows.filter((r) => r.id.includes('/Q-'));
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.every((r) => r.procedure === 'QT-HT-01')).toBe(true);
    for (const r of bank) expect(catalogue.question.get(r.id.split('/')[1])!.process, r.id).toBeDefined();
    // Whole-system questions stay in clause audits.
    expect(bank.map((r) => r.id)).not.toContain('QT-HT-01/Q-4.2.3-01');
    expect(bank.map((r) => r.id)).not.toContain('QT-HT-01/Q-8.2.3-01');
  });

  it('asks the clause questions once, without a procedure, for several procedures', () => {
    const several = checklistRows(build({ kind: 'processes', codes: ['qt-ht-01', 'QT-CT-01'] }));
    expect(several.filter((r) => r.id === 'Q-7.2.1-01')).toHaveLength(1);
    expect(several.some((r) => r.id.startsWith('QT-CT-01/D-'))).toBe(true);
  });

  it('refuses an unknown procedure code, listing the known ones', () => {
    expect(() => build({ kind: 'processes', codes: ['QT-XX-99'] })).toThrow(/QT-XX-99/);
  });
});

describe('checklist DOCX', () => {
  it('reads back: header, particulars, the six columns, questions and result boxes', async () => {
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
    // Each option held together by no-break spaces: a narrow cell wraps between options, never inside one.
    expect(body).toContain('□\u00a0Phù\u00a0hợp  □\u00a0Lưu\u00a0ý\n□\u00a0NC\u00a0nhẹ  □\u00a0NC\u00a0nặng');
    expect(body).toContain('Bằng chứng cần xem');
    // What to look for has its own column; the notes cell is left empty to write in.
    expect(body).not.toContain('Bằng chứng cần xem: ');
    expect(body).toContain(checklistRows(checklist)[0].evidence);
    expect(body).toContain(checklistRows(checklist)[0].question);
    expect(parts['word/document.xml']).toContain('w:orient="landscape"');
    expect(
      paragraphs(
        parts['word/header1.xml'] ?? Object.entries(parts).find(([n]) => /word\/header\d*\.xml/.test(n))![1],
      ).join(' '),
    ).toContain('UBND XÃ TAM HIỆP');
  });

  it('fits a long TTHC in few pages: single-spaced 10 pt cells, only long rows may break across pages (issue 17)', async () => {
    const checklist = build({ kind: 'processes', codes: ['QT-HT-01'] });
    const xml = docxParts((await renderChecklist(checklist, 'docx')) as Uint8Array)['word/document.xml'];
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?Bằng chứng cần xem[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.length).toBe(checklistRows(checklist).length + 1);
    expect(table).toContain('w:line="240"');
    // The legal bases and records are long lists: they may break; a dossier item's question stays whole.
    const rowOf = (text: string) => rows.find((r) => paragraphs(r).join(' ').includes(text))!;
    expect(rowOf('Thành phần hồ sơ «Tờ khai đăng ký khai sinh»')).toContain('<w:cantSplit/>');
    expect(rows.some((r) => !r.includes('<w:cantSplit/>'))).toBe(true);
    for (const r of rows.filter((x) => !x.includes('<w:cantSplit/>')))
      expect(paragraphs(r).join('').length, paragraphs(r)[2]).toBeGreaterThan(300);
  });

  it('numbers the pages "Page X/Y" in English and "Trang X/Y" in Vietnamese', async () => {
    const footer = async (lang: 'vi' | 'en') => {
      const parts = docxParts(
        (await renderChecklist(build({ kind: 'clauses', clauses: ['8'] }, lang), 'docx')) as Uint8Array,
      );
      return Object.entries(parts)
        .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
        .map(([, xml]) => paragraphs(xml).join(' '))
        .join(' ');
    };
    expect(await footer('en')).toMatch(/^Page /);
    expect(await footer('en')).not.toContain('Trang');
    expect(await footer('vi')).toMatch(/^Trang /);
  });

  it('gives the same bytes for the same checklist', async () => {
    const a = await renderChecklist(build({ kind: 'clauses', clauses: ['8'] }), 'docx');
    const b = await renderChecklist(build({ kind: 'clauses', clauses: ['8'] }), 'docx');
    expect(Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array))).toBe(true);
  });
});

describe('checklist --process: questions that apply to the kind of procedure (issue 17)', () => {
  const bankIds = (unitDir: string, code: string) =>
    checklistRows(
      buildChecklist(loadAuditUnit(resolve(root, unitDir)), {
        scope: { kind: 'processes', codes: [code] },
        lang: 'vi',
        date: '2016-03-01',
      }),
    )
      .filter((r) => r.id.includes('/Q-'))
      .map((r) => r.id.split('/')[1]);

  it('civil status (hộ tịch): confidentiality and blank forms, no attestation, linked or same-day questions', () => {
    const ids = bankIds('examples/city/xa-tam-hiep', 'QT-HT-04');
    expect(ids).toEqual(expect.arrayContaining(['Q-7.2.1-01', 'Q-7.5.4-03', 'Q-7.5.5-02']));
    for (const id of ['Q-7.5.1-04', 'Q-7.5.2-01', 'Q-7.2.2-03']) expect(ids).not.toContain(id);
  });

  it('attestation (chứng thực), same day: the validation and after-hours questions, no blank forms', () => {
    const ids = bankIds('examples/city/xa-tam-hiep', 'QT-CT-02');
    expect(ids).toEqual(expect.arrayContaining(['Q-7.5.2-01', 'Q-7.2.2-03']));
    for (const id of ['Q-7.5.5-02', 'Q-7.5.4-03', 'Q-7.5.1-04']) expect(ids).not.toContain(id);
  });

  it('linked (decided by the district, received by the commune): the liên thông question', () => {
    expect(bankIds('examples/city/xa-tam-hiep', 'QT-XH-01')).toContain('Q-7.5.1-04');
  });

  it('land at a district: confidentiality and blank certificates, not the attestation question', () => {
    const ids = bankIds('examples/city/huyen-thanh-tri', 'QT-DD-01');
    expect(ids).toEqual(expect.arrayContaining(['Q-7.5.4-03', 'Q-7.5.5-02']));
    expect(ids).not.toContain('Q-7.5.2-01');
  });

  it('land at a district with the tax office as a coordinating agency: the liên thông question, the agency named', async () => {
    expect(bankIds('examples/city/huyen-thanh-tri', 'QT-DD-01')).toContain('Q-7.5.1-04');
    const district = loadAuditUnit(resolve(root, 'examples/city/huyen-thanh-tri'));
    const checklist = buildChecklist(district, {
      scope: { kind: 'processes', codes: ['QT-DD-01'] },
      lang: 'vi',
      date: '2013-03-01',
      auditor: 'Hà Thị Yến',
    });
    const md = String(await renderChecklist(checklist, 'md'));
    expect(md).toContain('**Cơ quan phối hợp:** Chi cục Thuế huyện Thanh Trì');
    expect(md).toMatch(
      /Bước 3 – Xác định số tiền nghĩa vụ tài chính[^|]*do Chi cục Thuế huyện Thanh Trì \(cơ quan phối hợp/,
    );
    // A law whose title names it is cited title first, as in the procedure itself.
    expect(md).toContain('Luật Đất đai số 13/2003/QH11');
    expect(md).not.toContain('Luật 13/2003/QH11 Luật Đất đai');
  });

  it('a system procedure: the questions of its own clause only', () => {
    const ids = bankIds('examples/city/xa-tam-hiep', 'QT-01');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('Q-4.2.3-'))).toBe(true);
  });

  it('every operational procedure of the examples: at most 15 bank questions, all marked for TTHC', () => {
    for (const dir of ['xa-tam-hiep', 'xa-vinh-quynh', 'huyen-thanh-tri', 'so-tu-phap']) {
      const unit = loadAuditUnit(resolve(root, 'examples/city', dir));
      for (const p of unit.procedures.filter((x) => x.kind === 'operational')) {
        const ids = bankIds(`examples/city/${dir}`, p.code);
        expect(ids.length, `${dir} ${p.code}`).toBeLessThanOrEqual(15);
        for (const id of ids) expect(catalogue.question.get(id)!.process, `${dir} ${p.code} ${id}`).toBeDefined();
      }
    }
  });
});
