import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUnit, type RenderedUnit } from '../../../../src/core/render/render-unit.js';
import { dateLine, issuerOf, leaderSigner } from '../../../../src/core/render/issued/frame.js';
import { loadUnit } from '../../../../src/core/unit/load-unit.js';
import type { Unit } from '../../../../src/core/unit/types.js';
import { docxParts, paragraphs } from '../docx-reader.js';
import { FIXTURE, fileOf } from '../fixture.js';

/** The example commune far along: every setting-up, audit and review document has its data. */
const TAM_HIEP = resolve(import.meta.dirname, '..', '..', '..', '..', 'examples', 'city', 'xa-tam-hiep');

let unit: Unit;
let rendered: RenderedUnit;
const docText = (code: string) =>
  paragraphs(docxParts(fileOf(rendered, `docx/${code}.docx`) as Uint8Array)['word/document.xml']).join('\n');

beforeAll(async () => {
  unit = loadUnit(TAM_HIEP);
  rendered = await renderUnit(unit, { formats: ['docx', 'md', 'html'] });
});

/** What an officer checks on every issued document: quốc hiệu, the unit, the number, the date, the signer. */
const EXPECTED: Array<[code: string, kind: string, number: string, date: string, signer: string]> = [
  ['QD-BCD-ISO', 'steering-decision', 'Số: 35/QĐ-UBND', 'Tam Hiệp, ngày 10 tháng 4 năm 2012', 'Nguyễn Đình Thành'],
  ['QD-DDLD', 'representative-decision', 'Số: 36/QĐ-UBND', 'Tam Hiệp, ngày 10 tháng 4 năm 2012', 'Nguyễn Đình Thành'],
  ['KH-HTQLCL', 'build-plan', 'Số: 38/KH-UBND', 'Tam Hiệp, ngày 16 tháng 4 năm 2012', 'Nguyễn Đình Thành'],
  ['QD-BHTL', 'issuing-decision', 'Số: 102/QĐ-UBND', 'Tam Hiệp, ngày 01 tháng 8 năm 2012', 'Nguyễn Đình Thành'],
  ['BC-DGNB-2014-01', 'audit-report', '', 'Tam Hiệp, ngày 18 tháng 7 năm 2014', 'Phạm Thị Mai'],
  ['PYC-DGNB-2014-01-NC-01', 'corrective-action', 'Số phiếu: DGNB-2014-01/NC-01', '', 'Phạm Thị Mai'],
  ['SO-HDKP', 'corrective-log', 'DGNB-2014-01/NC-01', 'Tam Hiệp, ngày 05 tháng 9 năm 2014', ''],
  ['TB-XXLD-2015-08-10', 'review-notice', 'Số: 61/TB-UBND', 'Tam Hiệp, ngày 03 tháng 8 năm 2015', 'Nguyễn Đình Thành'],
  ['BC-XXLD-2015-08-10', 'review-report', '', 'Tam Hiệp, ngày 10 tháng 8 năm 2015', 'Phạm Thị Mai'],
  ['BB-XXLD-2015-08-10', 'review-minutes', '', 'Tam Hiệp, ngày 10 tháng 8 năm 2015', 'Trần Văn Quang'],
  [
    'QD-CB-2015-09-08',
    'announcement-decision',
    'Số: 128/QĐ-UBND',
    'Tam Hiệp, ngày 08 tháng 9 năm 2015',
    'Nguyễn Đình Thành',
  ],
  [
    'TB-CB-2015-09-08',
    'announcement-notice',
    'Số: 131/TB-UBND',
    'Tam Hiệp, ngày 11 tháng 9 năm 2015',
    'Nguyễn Đình Thành',
  ],
  ['KH-MTCL-2015', 'objectives-plan', 'Số: 03/KH-UBND', 'Tam Hiệp, ngày 12 tháng 01 năm 2015', 'Nguyễn Đình Thành'],
  ['BC-MTCL-2014', 'objectives-report', 'Số: 06/BC-UBND', 'Tam Hiệp, ngày 15 tháng 01 năm 2015', 'Nguyễn Đình Thành'],
  ['BC-HTQLCL-2015', 'system-report', 'Số: 86/BC-UBND', 'Tam Hiệp, ngày 09 tháng 11 năm 2015', 'Nguyễn Đình Thành'],
];

describe('issued documents of a unit far along (Tam Hiệp)', () => {
  it('builds every kind the data supports and reports nothing missing', () => {
    const kinds = new Set(rendered.docs.map((d) => d.kind));
    for (const [code, kind] of EXPECTED) {
      expect(rendered.codes).toContain(code);
      expect(kinds.has(kind as never)).toBe(true);
    }
    expect(rendered.missing).toEqual([]);
  });

  it.each(EXPECTED)(
    '%s reads back: quốc hiệu, tiêu ngữ, unit, number, date, signer',
    (code, _kind, number, date, signer) => {
      const text = docText(code);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('ỦY BAN NHÂN DÂN\nXÃ TAM HIỆP');
      if (number) expect(text).toContain(number);
      if (date) expect(text).toContain(date);
      if (signer) expect(text).toContain(signer);
      for (const format of ['md', 'html']) {
        const other = fileOf(rendered, `${format}/${code}.${format}`) as string;
        expect(other).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        if (date) expect(other).toContain(date);
        if (signer) expect(other).toContain(signer);
      }
    },
  );

  it('cites the QMS regime in force on the decision date (144/2006 and 118/2009 in 2012, not 19/2014)', () => {
    const text = docText('QD-BCD-ISO');
    expect(text).toContain('Quyết định số 144/2006/QĐ-TTg');
    expect(text).toContain('Quyết định số 118/2009/QĐ-TTg');
    expect(text).not.toContain('19/2014/QĐ-TTg');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TAM HIỆP');
  });

  it('lists in the issuing decision each document at the issue in force on its date', () => {
    const text = docText('QD-BHTL');
    // QT-HT-01 was issued 01/08/2012 and re-issued in 2015: the 2012 decision lists issue 01.
    expect(text).toMatch(/QT-HT-01\n[^\n]+\n01\n01\/08\/2012/);
    expect(text).toContain('DANH MỤC TÀI LIỆU HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG');
    // A procedure added in 2015 (chứng thực di chúc, QT-CT-05) is not in the 2012 list.
    expect(text).not.toContain('QT-CT-05');
  });

  it('fills one corrective-action request per nonconformity, with cause, action and verification', () => {
    const cars = rendered.docs.filter((d) => d.kind === 'corrective-action').map((d) => d.code);
    expect(cars).toEqual(['PYC-DGNB-2014-01-NC-01']);
    const text = docText('PYC-DGNB-2014-01-NC-01');
    expect(text).toContain('Công chức ghi sổ vào cuối ngày');
    expect(text).toContain('Hành động khắc phục có hiệu lực.');
    expect(text).toContain('Mẫu BM-05-01');
  });

  it('completes the review report with the audits held since the previous review and the open actions', () => {
    const text = docText('BC-XXLD-2015-08-10');
    expect(text).toContain('DGNB-2015-01');
    expect(text).not.toMatch(/DGNB-2014-01\n14\/07\/2014/);
    expect(text).toContain('Các quyết định của cuộc họp ngày 20/08/2014');
    expect(text).toContain('Mẫu BM-07-03');
  });

  it('is byte-reproducible', async () => {
    const again = await renderUnit(loadUnit(TAM_HIEP), { formats: ['docx'], only: ['QD-BHTL', 'SO-HDKP'] });
    for (const file of again.files) expect(file.content).toEqual(fileOf(rendered, file.relPath));
  });
});

describe('yearly documents: objectives plan and results, report to the Sở KH&CN', () => {
  it('plans each objective with its target, actions, owner (role and person) and frequency', () => {
    const text = docText('KH-MTCL-2015');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Thực hiện mục tiêu chất lượng năm 2015');
    expect(text).toContain('MTCL-2015, ban hành lần 1, hiệu lực từ ngày 08/01/2015');
    expect(text).toContain('≥ 98 %');
    expect(text).toContain('Công chức Bộ phận tiếp nhận và trả kết quả (Lê Thị Hồng)');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('reports each result against its target and counts what was met (2012: no internal audit yet)', () => {
    const text = docText('BC-MTCL-2012');
    expect(text).toMatch(/≥ 1 lần\/năm\n0 lần\/năm\n31\/12\/2012\nKhông đạt/);
    expect(text).toContain('đạt 06/07 mục tiêu chất lượng');
    expect(docText('BC-MTCL-2014')).toContain('đạt 07/07 mục tiêu chất lượng');
  });

  it('skips the results report while an objective has no result, naming the file and field', async () => {
    const file = unit.files.find((f) => f.relPath === 'objectives/2015.yaml')!;
    const data = structuredClone(file.data) as { objectives: Array<Record<string, unknown>> };
    delete data.objectives[2].result;
    const files = unit.files.map((f) => (f === file ? { ...f, data } : f));
    const r = await renderUnit({ ...unit, files }, { formats: ['md'], only: ['objectives-report'] });
    expect(r.docs.map((d) => d.code)).toEqual(['BC-MTCL-2012', 'BC-MTCL-2014']);
    expect(r.missing.map((m) => m.vi)).toEqual([
      'chưa xuất Báo cáo kết quả thực hiện mục tiêu chất lượng năm 2015 — điền objectives/2015.yaml: objectives[2].result',
    ]);
  });

  it('compiles the report to the Sở KH&CN from the records of the year known on its date', () => {
    const text = docText('BC-HTQLCL-2015');
    expect(text).toContain('Kính gửi: Sở Khoa học và Công nghệ Hà Nội.');
    expect(text).toContain('công bố lại do mở rộng phạm vi áp dụng');
    expect(text).toContain(
      'Đánh giá nội bộ DGNB-2015-01 (13/07/2015 – 15/07/2015): không có điểm không phù hợp; 01 điểm lưu ý.',
    );
    expect(text).not.toContain('DGNB-2014-01');
    expect(text).toContain('Họp xem xét của lãnh đạo ngày 10/08/2015.');
    expect(text).toContain('QT-CT-05');
    // The year's objectives were measured on 31/12/2015, after this report (09/11/2015): not reported.
    expect(text).not.toContain('Mục tiêu chất lượng năm 2015: đạt');
  });
});

describe('one-stop forms of each TTHC procedure', () => {
  const ONE_STOP = ['GTN', 'PKS', 'PHD', 'PXL', 'STD'];

  it('prints the five forms of every TTHC procedure, not of the system procedures', () => {
    const tthc = unit.files.filter((f) => f.kind === 'procedure' && (f.data as { tthc?: unknown }).tthc);
    for (const f of tthc) {
      const code = (f.data as { code: string }).code;
      for (const prefix of ONE_STOP) expect(rendered.codes).toContain(`${prefix}-${code}`);
    }
    expect(rendered.codes).not.toContain('GTN-QT-01');
  });

  it.each(ONE_STOP)('%s reads back: quốc hiệu, the unit, the TTHC, the blank date line', (prefix) => {
    const text = docText(`${prefix}-QT-HT-16`);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('ỦY BAN NHÂN DÂN\nXÃ TAM HIỆP');
    expect(text).toContain('Tam Hiệp, ngày …… tháng …… năm ………');
    expect(text).toContain('Đăng ký việc nuôi con nuôi trong nước');
    if (prefix !== 'PHD') expect(text).toContain('30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ');
  });

  it('controls each step with its role and time limit, in the order of the procedure', () => {
    const text = docText('PKS-QT-HT-16');
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toMatch(/^1\nCông chức Bộ phận tiếp nhận và trả kết quả\nTiếp nhận, kiểm tra hồ sơ[^\n]*\n1 ngày$/m);
    expect(text).toMatch(/^2\nCông chức Tư pháp – Hộ tịch\n[^\n]*\n20 ngày$/m);
    expect(text).toMatch(/^3\nChủ tịch UBND xã\n[^\n]*\n3 ngày$/m);
  });

  it('names the coordinating agency on the row of its step (một cửa liên thông)', async () => {
    const district = loadUnit(resolve(TAM_HIEP, '..', 'huyen-thanh-tri'));
    const r = await renderUnit(district, { formats: ['md'], only: ['PKS-QT-DD-01'] });
    expect(fileOf(r, 'md/PKS-QT-DD-01.md') as string).toMatch(
      /\| 3 \| Chi cục Thuế huyện Thanh Trì<br>Xác định số tiền/,
    );
  });

  it("lists the dossier on the receipt and prints the procedure's own form code", () => {
    const text = docText('GTN-QT-HT-16');
    // In force from 15/05/2015 (QĐ 09/2015/QĐ-TTg): "Giấy tiếp nhận"; the procedure's form BM-HT-16-03.
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mẫu BM-HT-16-03');
    expect(text).toContain('Phiếu lý lịch tư pháp của người nhận con nuôi');
    // The model could not verify the 400.000 đồng of NĐ 19/2011 (issue 12): the receipt names the fee, not an unchecked amount.
    expect(text).toContain('Lệ phí đăng ký nuôi con nuôi trong nước');
    expect(text).not.toContain('400.000');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });

  it("takes the titles of the regime in force on the procedure's date, and skips one not verified", async () => {
    const file = unit.files.find((f) => f.relPath === 'procedures/QT-HT-16.yaml')!;
    const at = async (effectiveDate: string) => {
      const files = unit.files.map((f) => (f === file ? { ...f, data: { ...(f.data as object), effectiveDate } } : f));
      return renderUnit(
        { ...unit, files },
        {
          formats: ['md'],
          only: ['GTN-QT-HT-16', 'PHD-QT-HT-16'],
        },
      );
    };
    const text = (r: RenderedUnit, code: string) => fileOf(r, `md/${code}.md`) as string;
    const before = await at('2015-05-14');
    expect(text(before, 'GTN-QT-HT-16')).toContain('GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    const later = await at('2018-06-21');
    expect(text(later, 'PHD-QT-HT-16')).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    const now = await at('2025-07-01');
    expect(now.docs).toEqual([]);
    expect(now.missing.map((m) => m.vi)).toContainEqual(
      expect.stringContaining('chưa xuất biểu mẫu một cửa của QT-HT-16: mẫu theo 118/2025/NĐ-CP chưa được kiểm chứng'),
    );
  });
});

describe('announcements (QĐ 19/2014/QĐ-TTg, from 18/05/2014)', () => {
  it('cites QĐ 19/2014 and lists the procedures in force on the date, QT-CT-05 (2015) included', () => {
    const text = docText('QD-CB-2015-09-08');
    expect(text).toContain('Quyết định số 19/2014/QĐ-TTg');
    expect(text).not.toContain('144/2006/QĐ-TTg');
    expect(text).toContain('DANH MỤC QUY TRÌNH THUỘC PHẠM VI CÔNG BỐ');
    expect(text).toContain('QT-CT-05');
    expect(text).toContain('Sở Khoa học và Công nghệ Hà Nội (để báo cáo);');
  });

  it('sends the decision to the Sở KH&CN with a thông báo that states its scope and reason', () => {
    const text = docText('TB-CB-2015-09-08');
    expect(text).toContain('Kính gửi: Sở Khoa học và Công nghệ Hà Nội.');
    expect(text).toContain('Về việc công bố lại Hệ thống quản lý chất lượng');
    expect(text).toContain('đã ký Quyết định số 128/QĐ-UBND');
    expect(text).toContain('Đây là lần công bố lại do mở rộng phạm vi áp dụng');
    expect(text).toContain('niêm yết công khai tại trụ sở từ ngày 09/09/2015');
  });

  it('words a second announcement as công bố lại, naming the previous one; refuses one before 18/05/2014', async () => {
    const manifest = structuredClone(unit.manifest) as unknown as Record<string, Record<string, unknown>>;
    // The example's history: the first announcement (here narrowed to two procedures), its công bố lại,
    // and one dated before QĐ 19/2014 applied.
    const [initial, reannounced] = manifest.milestones.announcements as Array<Record<string, unknown>>;
    manifest.milestones.announcements = [
      { ...initial, scope: ['QT-HT-01', 'QT-HT-02'] },
      reannounced,
      { number: '12/QĐ-UBND', date: '2014-02-10' },
    ] as unknown;
    const r = await renderUnit({ ...unit, manifest } as unknown as Unit, {
      formats: ['md'],
      only: ['announcement-decision'],
    });
    expect(r.docs.map((d) => d.code)).toEqual(['QD-CB-2014-10-20', 'QD-CB-2015-09-08']);
    const first = fileOf(r, 'md/QD-CB-2014-10-20.md') as string;
    expect(first).toContain('đối với 02 quy trình');
    expect(first).not.toContain('công bố lại');
    const again = fileOf(r, 'md/QD-CB-2015-09-08.md') as string;
    expect(again).toContain('Về việc công bố lại Hệ thống quản lý chất lượng');
    expect(again).toContain('lần công bố trước: Quyết định số 98/QĐ-UBND ngày 20/10/2014');
    // The recorded reason (QT-CT-05 widened the scope), not a generic "điều chỉnh".
    expect(again).toContain('Đây là lần công bố lại do mở rộng phạm vi áp dụng;');
    expect(again).not.toContain('điều chỉnh');
    expect(r.missing.map((m) => m.vi)).toContainEqual(expect.stringContaining('công bố chỉ áp dụng từ 18/05/2014'));
  });
});

describe('--only by kind', () => {
  it('selects every document of a kind', async () => {
    const r = await renderUnit(unit, { formats: ['md'], only: ['review-minutes'] });
    expect(r.docs.map((d) => d.code)).toEqual(['BB-XXLD-2014-08-20', 'BB-XXLD-2015-08-10']);
  });
});

describe('a unit without the data', () => {
  it('skips each issued document and names the file and fields to fill', async () => {
    const r = await renderUnit(loadUnit(FIXTURE), { formats: ['md'] });
    // Only the one-stop forms, which need nothing but the procedure.
    expect(r.docs.filter((d) => d.admin && !d.kind.startsWith('one-stop-'))).toEqual([]);
    const messages = r.missing.map((m) => m.vi);
    expect(messages).toContainEqual(expect.stringContaining('Quyết định thành lập Ban chỉ đạo ISO'));
    expect(messages).toContainEqual(expect.stringContaining('qms.yaml: milestones.steeringCommittee.number'));
    expect(messages).toContainEqual(expect.stringContaining('milestones.buildPlan.stages'));
  });

  it('refuses a signer who is not the head or a deputy', () => {
    const issuer = issuerOf(unit.manifest as never)!;
    expect(leaderSigner(issuer, 'Nguyễn Đình Thành')).toEqual({
      authority: '',
      title: 'CHỦ TỊCH',
      name: 'Nguyễn Đình Thành',
    });
    expect(leaderSigner(issuer, 'Phạm Thị Mai')).toEqual({
      authority: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Phạm Thị Mai',
    });
    expect(leaderSigner(issuer, 'Trần Văn Quang')).toBeUndefined();
  });
});

describe('dateLine (TT 01/2011, Điều 9)', () => {
  it.each([
    ['2012-04-10', 'Tam Hiệp, ngày 10 tháng 4 năm 2012'],
    ['2014-03-05', 'Tam Hiệp, ngày 05 tháng 3 năm 2014'],
    ['2015-01-20', 'Tam Hiệp, ngày 20 tháng 01 năm 2015'],
    ['2015-02-09', 'Tam Hiệp, ngày 09 tháng 02 năm 2015'],
    ['2015-12-31', 'Tam Hiệp, ngày 31 tháng 12 năm 2015'],
  ])('%s → %s', (iso, line) => {
    expect(dateLine('Tam Hiệp', iso)).toBe(line);
  });
});

describe('compactCodes (legal register column)', () => {
  it('groups codes by prefix and writes runs of three or more as a range', async () => {
    const { compactCodes } = await import('../../../../src/core/render/view/registers.js');
    expect(compactCodes(['QT-HT-02', 'QT-HT-01', 'QT-HT-03', 'QT-CT-02', 'QT-CT-04', 'QT-HT-05'])).toBe(
      'QT-CT-02, 04; QT-HT-01–03, 05',
    );
    expect(compactCodes(['QT-01', 'QT-02'])).toBe('QT-01, 02');
    expect(compactCodes(['STCL'])).toBe('STCL');
  });
});
