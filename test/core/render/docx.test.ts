import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedUnit } from '../../../src/core/render/render-unit.js';
import { docxParts, paragraphs, wellFormedProblem, zipOrder } from './docx-reader.js';
import { fileOf, renderFixture } from './fixture.js';

let rendered: RenderedUnit;
const parts = (code: string) => docxParts(fileOf(rendered, `docx/${code}.docx`) as Uint8Array);
const bodyText = (code: string) => paragraphs(parts(code)['word/document.xml']);

beforeAll(async () => {
  rendered = await renderFixture(['docx']);
});

describe('DOCX of a unit', () => {
  it('builds every document of the unit: manual, policy, objectives, procedures, both registers', () => {
    // The controlled documents (the one-stop forms of its TTHC procedures follow them: issued-documents tests).
    const codes = rendered.docs.filter((d) => !d.admin).map((d) => d.code);
    expect(codes.slice(0, 10)).toEqual([
      'STCL',
      'CSCL',
      'MTCL-2012',
      'QT-01',
      'QT-02',
      'QT-03',
      'QT-04',
      'QT-05',
      'QT-06',
      'QT-07',
    ]);
    expect(codes.slice(10, -2).every((c) => /^QT-HT-\d\d$/.test(c))).toBe(true);
    expect(codes.slice(10, -2)).toEqual([...codes.slice(10, -2)].sort());
    expect(codes.slice(-2)).toEqual(['BM-01-01', 'BM-01-03']);
    expect(rendered.files.map((f) => f.relPath)).toContain('docx/QT-HT-01.docx');
    expect(rendered.warnings).toEqual([]);
  });

  it('writes only well-formed XML parts, [Content_Types].xml first, every entry dated 1980-01-01', () => {
    for (const file of rendered.files) {
      const bytes = file.content as Uint8Array;
      for (const [name, xml] of Object.entries(docxParts(bytes))) {
        expect(wellFormedProblem(xml), `${file.relPath} ${name}`).toBeUndefined();
      }
      expect(zipOrder(bytes).slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      // First local header: DOS time 0, date 1980-01-01 (0x0021).
      expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
    }
  });

  it('lays out a procedure: cover, control table, approval block, revisions, sections 1–7, steps and records', () => {
    const text = bodyText('QT-HT-01');
    const at = (s: string) => text.findIndex((p) => p === s);
    expect(text.slice(0, 4)).toEqual(['UBND HUYỆN TỪ LIÊM', 'UBND XÃ ĐẠI MỖ', '', 'QUY TRÌNH\nĐĂNG KÝ KHAI SINH']);
    for (const cell of ['Mã hiệu', 'Lần ban hành', 'Ngày hiệu lực', 'Số trang', 'QT-HT-01', '01', '01/06/2012'])
      expect(text).toContain(cell);
    for (const cell of [
      'Soạn thảo',
      'Xem xét',
      'Phê duyệt',
      'Chức vụ',
      'Chữ ký',
      'Họ và tên',
      'Thư ký ISO',
      'Lê Văn Cường',
      'Nguyễn Văn An',
    ])
      expect(text).toContain(cell);
    expect(text).toContain('THEO DÕI SỬA ĐỔI TÀI LIỆU');
    const headings = [
      '1. MỤC ĐÍCH',
      '2. PHẠM VI ÁP DỤNG',
      '3. TÀI LIỆU VIỆN DẪN',
      '4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT',
      '5. NỘI DUNG QUY TRÌNH',
      '5.1 Cơ sở pháp lý',
      '5.2 Thành phần hồ sơ',
      '5.3 Số lượng hồ sơ',
      '5.4 Thời gian xử lý',
      '5.5 Nơi tiếp nhận và trả kết quả',
      '5.6 Lệ phí',
      '5.7 Quy trình xử lý công việc',
      '6. BIỂU MẪU',
      '7. HỒ SƠ CẦN LƯU',
    ];
    const positions = headings.map(at);
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The step table: header, then B1… with role titles and times.
    const steps = text.slice(at('5.7 Quy trình xử lý công việc'));
    expect(steps.slice(1, 6)).toEqual(['TT', 'Trình tự công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu/Kết quả']);
    expect(steps[6]).toBe('B1');
    expect(steps[7]).toMatch(/^Tiếp nhận, kiểm tra hồ sơ/);
    expect(steps[8]).toBe('Công chức Bộ phận tiếp nhận và trả kết quả');
    expect(steps[9]).toBe('0,5 giờ');
    const records = text.slice(at('7. HỒ SƠ CẦN LƯU'));
    expect(records.slice(1, 6)).toEqual(['TT', 'Tên hồ sơ', 'Nơi lưu', 'Thời gian lưu', 'Hình thức lưu']);
    expect(records).toContain('Sổ đăng ký khai sinh');
    expect(records).toContain('Vĩnh viễn');
  });

  it('puts code, issue and effective date in the header and "Trang X/Y" with real fields in the footer', () => {
    const p = parts('QT-HT-01');
    const header = Object.keys(p).find((n) => /^word\/header\d+\.xml$/.test(n))!;
    const footer = Object.keys(p).find((n) => /^word\/footer\d+\.xml$/.test(n))!;
    expect(paragraphs(p[header])).toEqual([
      'UBND XÃ ĐẠI MỖ',
      'QUY TRÌNH ĐĂNG KÝ KHAI SINH',
      'Mã hiệu: QT-HT-01',
      'Lần ban hành: 01',
      'Ngày hiệu lực: 01/06/2012',
      '',
    ]);
    expect(p[footer]).toMatch(
      /Trang <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*\/<\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/,
    );
  });

  it('sets A4, the margins, Times New Roman 13 pt and the Vietnamese language', () => {
    const p = parts('QT-HT-01');
    expect(p['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(p['word/document.xml']).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(p['word/styles.xml']).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/,
    );
    expect(p['word/styles.xml']).toMatch(/<w:sz w:val="26"\/>/);
    expect(p['word/styles.xml']).toMatch(/<w:lang w:val="vi-VN"/);
  });

  it('keeps every table inside the text width with a fixed layout', () => {
    const xml = parts('QT-HT-01')['word/document.xml'];
    const textWidth = 11906 - 1701 - 850;
    for (const table of xml.match(/<w:tbl>[\s\S]*?<\/w:tblGrid>/g) ?? []) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const sum = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((s, m) => s + Number(m[1]), 0);
      expect(sum).toBeLessThanOrEqual(textWidth);
    }
  });

  it("writes the manual's table of contents as text with page references to its headings", () => {
    const p = parts('STCL');
    const text = paragraphs(p['word/document.xml']);
    const toc = text.indexOf('MỤC LỤC');
    expect(toc).toBeGreaterThan(0);
    expect(text[toc + 1]).toMatch(/^1\. GIỚI THIỆU VỀ ĐƠN VỊ\t/);
    expect(p['word/document.xml']).toMatch(/<w:instrText[^>]*>PAGEREF s-1 \\h<\/w:instrText>|PAGEREF s-1/);
    expect(p['word/document.xml']).toMatch(/<w:bookmarkStart w:name="s-1" w:id="1"\/>/);
  });

  it('lists the documents in the internal register and the cited laws in the external one', () => {
    const register = bodyText('BM-01-01');
    expect(register).toContain('DANH MỤC TÀI LIỆU NỘI BỘ');
    expect(register).toContain('Quy trình đăng ký khai sinh');
    expect(register).toContain('Sổ tay chất lượng');
    const legal = parts('BM-01-03');
    const legalText = paragraphs(legal['word/document.xml']);
    expect(legalText).toContain('DANH MỤC VĂN BẢN PHÁP LUẬT ÁP DỤNG');
    expect(legalText).toContain('158/2005/NĐ-CP');
    expect(legalText.some((t) => /^(Còn hiệu lực|Hết hiệu lực|Chưa)/.test(t))).toBe(true);
    expect(legal['word/document.xml']).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it('prints the legal register to fit: 11 pt table, header row repeated, last row kept with the signatures', () => {
    const xml = parts('BM-01-03')['word/document.xml'];
    const tables = xml.split('<w:tbl>');
    const register = tables.find((t) => t.includes('Quy trình áp dụng'))!;
    expect(register).toContain('<w:tblHeader/>');
    expect(register).toMatch(/<w:sz w:val="22"\/>/);
    const rows = register.split('<w:tr>');
    expect(rows[rows.length - 1]).toContain('<w:keepNext/>');
    expect(rows[rows.length - 2]).not.toContain('<w:keepNext/>');
  });

  it('dates the core properties from the effective date, or from SOURCE_DATE_EPOCH', async () => {
    expect(parts('QT-HT-01')['docProps/core.xml']).toMatch(
      /<dcterms:created[^>]*>2012-06-01T00:00:00Z<\/dcterms:created>/,
    );
    const epoch = await renderFixture(['docx'], ['QT-01'], '1338508800');
    const core = docxParts(fileOf(epoch, 'docx/QT-01.docx') as Uint8Array)['docProps/core.xml'];
    expect(core).toMatch(/<dcterms:modified[^>]*>2012-06-01T00:00:00Z<\/dcterms:modified>/);
    expect(core).toContain('<dc:creator>UBND xã Đại Mỗ</dc:creator>');
  });
});
