import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/core/standard/catalogue.js';
import { buildChecklist } from '../../../src/core/audit/checklist/build-checklist.js';
import { checklistCsv } from '../../../src/core/audit/checklist/checklist-csv.js';
import { buildAudit } from '../../../src/core/audit/findings/build-audit.js';
import { readFilledChecklist } from '../../../src/core/audit/findings/read-filled.js';
import { loadAuditUnit } from '../../../src/core/audit/unit-scope.js';
import { QmsError } from '../../../src/core/errors.js';
import { validatorFor } from '../../../src/core/validate/schema/validators.js';
import { blankCsv, fillCsv } from './fill.js';

const unit = loadAuditUnit(resolve(import.meta.dirname, '..', '..', '..', 'examples/city/xa-tam-hiep'));
const catalogue = loadCatalogue();
const read = (csv: string, lang: 'vi' | 'en' = 'vi') =>
  readFilledChecklist(csv.replace(/^\ufeff/, ''), 'phieu.csv', unit, catalogue, lang);
const blank = blankCsv(unit, { kind: 'processes', codes: ['QT-HT-01'] });

/** The message of the QmsError thrown by `fn`, in both languages. */
function failure(fn: () => unknown): { vi: string; en: string; code: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof QmsError) return { ...error.text, code: error.code };
    throw error;
  }
  throw new Error('expected a QmsError');
}

describe("audit import: a CSV saved by Excel set to Vietnamese (';' separator)", () => {
  it("reads the ';' file qms checklist --separator ';' writes, filled in", () => {
    const semicolon = checklistCsv(
      buildChecklist(unit, { scope: { kind: 'processes', codes: ['QT-HT-01'] }, lang: 'vi', date: '2014-07-14' }),
      ';',
    );
    expect(semicolon.split('\r\n')[0]).toBe(
      '\ufeffTT;Mã câu hỏi;Điều khoản;Câu hỏi;Bằng chứng cần xem;Bằng chứng / ghi chép;Kết quả',
    );
    const filled = fillCsv(
      semicolon,
      { 'QT-HT-01/D-02': ['Hồ sơ 15/2014 thiếu giấy chứng sinh; đã đăng ký', 'NC nặng'] },
      'Phù hợp',
      ';',
    );
    const { rows } = read(filled);
    const d02 = rows.find((r) => r.id === 'QT-HT-01/D-02')!;
    expect(d02.notes).toBe('Hồ sơ 15/2014 thiếu giấy chứng sinh; đã đăng ký');
    expect(d02.grade).toBe('major');
  });
});

describe('audit import: good checklists', () => {
  it('reads a checklist saved with old-Mac line endings (CR only) like the same file with CRLF', () => {
    const filled = fillCsv(blank, { 'QT-HT-01/D-02': ['Hồ sơ 15/2014 thiếu giấy chứng sinh', 'NC nặng'] });
    const crlf = filled.replace(/\r?\n/g, '\r\n');
    const cr = filled.replace(/\r?\n/g, '\r');
    expect(read(cr).rows).toEqual(read(crlf).rows);
  });

  it('turns NC and observation rows into findings and the assessed rows into the scope', () => {
    const filled = fillCsv(blank, {
      'QT-HT-01/D-02': ['Hồ sơ 15/2014 thiếu giấy chứng sinh, vẫn được đăng ký', 'NC nặng'],
      'QT-HT-01/S-03': ['Chủ tịch ký chậm 2 ngày, hồ sơ 21/2014', 'nc nhe'],
      'QT-HT-01/Q-7.5.1-03': ['Nên ghi sổ sản phẩm không phù hợp theo tháng', 'Lưu ý'],
      'QT-HT-01/F-01': ['', ''],
    });
    const { rows } = read(filled);
    const { audit, relPath, counts, warnings } = buildAudit(rows, unit, {
      date: '2014-07-14',
      auditors: ['Hà Thị Yến', 'Vũ Văn Toàn'],
      lang: 'vi',
      source: 'phieu.csv',
    });
    expect(relPath).toBe('audits/DGNB-2014-02.yaml');
    // The note names the fields as the auditor knows them, in Vietnamese (issue 17).
    expect(warnings.map((w) => w.vi)).toContain(
      '2 điểm không phù hợp: ghi cho từng điểm hành động sửa chữa, nguyên nhân gốc, hành động khắc phục, người thực hiện và thời hạn (trong tệp kết quả: correction, rootCause, correctiveAction, owner, due), theo quy trình hành động khắc phục',
    );
    expect(audit.findings).toEqual([
      {
        id: 'NC-01',
        clause: '7.2.2',
        procedure: 'QT-HT-01',
        question: 'QT-HT-01/D-02',
        grade: 'major',
        description: 'Hồ sơ 15/2014 thiếu giấy chứng sinh, vẫn được đăng ký',
      },
      {
        id: 'NC-02',
        clause: '7.5.1',
        procedure: 'QT-HT-01',
        question: 'QT-HT-01/S-03',
        grade: 'minor',
        description: 'Chủ tịch ký chậm 2 ngày, hồ sơ 21/2014',
      },
      {
        id: 'OBS-01',
        clause: '7.5.1',
        procedure: 'QT-HT-01',
        question: 'QT-HT-01/Q-7.5.1-03',
        grade: 'observation',
        description: 'Nên ghi sổ sản phẩm không phù hợp theo tháng',
      },
    ]);
    expect(audit.auditors).toEqual([
      { name: 'Hà Thị Yến', role: 'van-hoa-xa-hoi', lead: true },
      { name: 'Vũ Văn Toàn', role: 'dia-chinh-xay-dung' },
    ]);
    expect(audit.scope.procedures).toEqual(['QT-HT-01']);
    // The only form question (QT-HT-01/F-01) was left blank: 4.2.3 is not in the scope.
    expect(audit.scope.clauses).toEqual(['4.2.4', '7.2.1', '7.2.2', '7.5.1', '7.5.4', '7.5.5', '8.2.3']);
    expect(counts).toMatchObject({ rows: rows.length, assessed: rows.length - 1, major: 1, minor: 1, observation: 1 });
    expect(validatorFor('audit')(audit)).toBe(true);
  });

  it('accepts an English checklist, LF line endings, a semicolon file without BOM, moved and extra columns', () => {
    const en = fillCsv(
      blankCsv(unit, { kind: 'clauses', clauses: ['8.2.2'] }, 'en'),
      { 'Q-8.2.2-01': ['No programme for 2014', 'Major NC'] },
      'Conforming',
    );
    expect(read(en.replace(/\r\n/g, '\n'), 'en').rows.filter((r) => r.grade === 'major')).toHaveLength(1);
    const semicolon =
      'Kết quả;Ghi chú riêng;Mã câu hỏi;Bằng chứng / ghi chép\r\nPhù hợp;x;Q-8.2.2-01;Đã xem chương trình\r\n☑ Lưu ý;;Q-8.2.2-02;Kế hoạch gửi muộn\r\n';
    const { rows, warnings } = read(semicolon);
    expect(rows.map((r) => [r.id, r.grade, r.clause])).toEqual([
      ['Q-8.2.2-01', 'conforming', '8.2.2'],
      ['Q-8.2.2-02', 'observation', '8.2.2'],
    ]);
    expect(warnings[0].vi).toContain('B «Ghi chú riêng»');
  });

  it('lets the auditor move a finding to another clause in the Điều khoản column', () => {
    const moved = fillCsv(blank, {
      'QT-HT-01/S-02': ['Công chức chưa được đào tạo nghiệp vụ hộ tịch', 'NC nhẹ'],
    }).replace('QT-HT-01/S-02,7.5.1', 'QT-HT-01/S-02,6.2.2');
    expect(read(moved).rows.find((r) => r.id === 'QT-HT-01/S-02')!.clause).toBe('6.2.2');
  });
});

describe('audit import: bad checklists name the row and column', () => {
  it('a header without the result column', () => {
    const f = failure(() => read(blank.replace('Kết quả', 'Kết luận')));
    expect(f.code).toBe('E_CSV');
    expect(f.vi).toContain('hàng 1 (tiêu đề) thiếu cột «Kết quả»');
    expect(f.en).toContain('row 1 (the header) lacks column "Result"');
    expect(f.en).toContain('G «Kết luận»');
  });

  it('an unknown result value', () => {
    const f = failure(() => read(fillCsv(blank, { 'QT-HT-01/D-01': ['', 'Đạt yêu cầu'] })));
    expect(f.vi).toContain(
      'hàng 2, cột G «Kết quả»: kết quả «Đạt yêu cầu» không hợp lệ; ghi một trong: Phù hợp, NC nặng, NC nhẹ, Lưu ý',
    );
    expect(f.en).toContain('row 2, column G "Kết quả": result "Đạt yêu cầu" is not valid');
  });

  it('a nonconformity without a note, on a row after a multi-line cell (file line shown too)', () => {
    const filled = fillCsv(blank, { 'QT-HT-01/T-01': ['', 'NC nhẹ'], 'QT-HT-01/S-01': ['', 'NC nhẹ'] });
    const f = failure(() => read(filled));
    expect(f.vi).toContain(
      'hàng 7, cột F «Bằng chứng / ghi chép»: phát hiện không phù hợp hoặc lưu ý cần ghi rõ điều đã thấy',
    );
    expect(f.vi).toMatch(/hàng 8 \(dòng 9 của tệp\), cột F/);
  });

  it('a question id that qms checklist did not make, a procedure of another unit, a repeated row', () => {
    const lines = blank.split('\r\n');
    const broken = [
      lines[0],
      '1,XYZ,7.2.2,?,?,,Phù hợp',
      '2,QT-ZZ-01/D-01,7.2.2,?,?,,Phù hợp',
      '3,Q-4.1-01,4.1,?,?,,Phù hợp',
      '4,Q-4.1-01,4.1,?,?,,Phù hợp',
      '',
    ].join('\r\n');
    const f = failure(() => read(broken));
    expect(f.vi).toContain('hàng 2, cột B «Mã câu hỏi»: mã câu hỏi «XYZ» không phải mã do qms checklist tạo');
    expect(f.vi).toContain('hàng 3, cột B «Mã câu hỏi»: quy trình QT-ZZ-01 không có trong đơn vị UBND xã Tam Hiệp');
    expect(f.vi).toContain('hàng 5, cột B «Mã câu hỏi»: câu hỏi Q-4.1-01 đã có ở hàng 4');
  });

  it('a clause the standard does not have', () => {
    const f = failure(() => read(fillCsv(blank, {}).replace('QT-HT-01/D-01,7.2.2', 'QT-HT-01/D-01,7.9')));
    expect(f.vi).toContain('hàng 2, cột C «Điều khoản»: «7.9» không phải điều khoản');
  });

  it('a checklist nobody filled in', () => {
    expect(failure(() => read(blank)).vi).toContain('chưa hàng nào có kết quả');
  });

  it('an audit id of the wrong form, and no auditor', () => {
    const { rows } = read(fillCsv(blank, {}));
    expect(
      failure(() =>
        buildAudit(rows, unit, { id: 'dgnb 1', date: '2014-07-14', auditors: ['A'], lang: 'vi', source: 'x' }),
      ).code,
    ).toBe('E_USAGE');
    expect(
      failure(() => buildAudit(rows, unit, { date: '2014-07-14', auditors: [], lang: 'vi', source: 'x' })).vi,
    ).toContain('--auditor');
  });
});
