import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUnit, type RenderedUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { docxParts, paragraphs } from './docx-reader.js';
import { fileOf } from './fixture.js';

/** The example ward on the 2015 line (model 3.2.0): context.yaml, process-map.yaml, risks.yaml. */
const WARD = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'city', 'phuong-hoan-kiem');

let rendered: RenderedUnit;
const docText = (code: string) =>
  paragraphs(docxParts(fileOf(rendered, `docx/${code}.docx`) as Uint8Array)['word/document.xml']).join('\n');

beforeAll(async () => {
  rendered = await renderUnit(loadUnit(WARD), { formats: ['docx', 'md', 'html'] });
});

describe('qms build renders the TCVN ISO 9001:2015 documents like the other controlled documents', () => {
  it('as DOCX, Markdown and HTML, between the objectives and the procedures, and in the document register', () => {
    const codes = rendered.docs.map((d) => d.code);
    for (const [code, kind] of [
      ['BCTC', 'context'],
      ['SDQT', 'process-map'],
      ['RRCH', 'risks'],
    ]) {
      expect(rendered.docs.find((d) => d.code === code)?.kind).toBe(kind);
      for (const f of [`docx/${code}.docx`, `md/${code}.md`, `html/${code}.html`])
        expect(() => fileOf(rendered, f)).not.toThrow();
      expect(codes.indexOf(code)).toBeGreaterThan(codes.indexOf('MTCL-2025'));
      expect(codes.indexOf(code)).toBeLessThan(codes.indexOf('QT-01'));
    }
    expect(docText('BM-01-01')).toContain('Sổ đăng ký rủi ro và cơ hội');
  });

  it('the context: external and internal issues, interested parties with how they are monitored, the scope', () => {
    const t = docText('BCTC');
    expect(t).toContain('BỐI CẢNH, CÁC BÊN QUAN TÂM VÀ PHẠM VI HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG');
    expect(t).toContain('1.1 Vấn đề bên ngoài');
    expect(t).toContain('1.2 Vấn đề nội bộ');
    expect(t).toContain('Chuyển đổi số, tiếp nhận và trả kết quả qua dịch vụ công trực tuyến');
    expect(t).toContain('2. CÁC BÊN QUAN TÂM VÀ YÊU CẦU CỦA HỌ');
    expect(t).toContain('Khảo sát sự hài lòng, đánh giá trên hệ thống');
    expect(t).toContain('3. PHẠM VI HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG');
    expect(t).toContain('HTQLCL của UBND phường Hoàn Kiếm áp dụng cho toàn bộ thủ tục hành chính');
    // A controlled document: its approval block and revision table, its review date.
    expect(t).toContain('Nguyễn Thị Thu Hà');
    expect(t).toContain('Ban hành lần đầu theo mô hình hanoi-qms phiên bản 3.2.0');
    expect(t).toContain('Xem xét, cập nhật ngày 15/09/2025');
  });

  it('the process map: processes by group, owners by their title, procedures, interactions, inputs and outputs', () => {
    const t = docText('SDQT');
    expect(t).toContain('1. CÁC QUÁ TRÌNH VÀ SỰ TƯƠNG TÁC');
    expect(t).toContain('P-05 Đánh giá và cải tiến');
    // Owners are role ids in the file; the document names the role.
    expect(t).toContain('Đại diện lãnh đạo về chất lượng');
    expect(t).not.toContain('dai-dien-lanh-dao');
    expect(t).toContain('QT-03, QT-04, QT-05, QT-07');
    expect(t).toContain('Ý kiến của tổ chức, công dân');
    expect(rendered.docs.find((d) => d.code === 'SDQT')?.landscape).toBe(false);
  });

  it('the risk register: risks and opportunities, ratings, actions, owners, status; landscape', () => {
    const t = docText('RRCH');
    expect(t).toContain('1. RỦI RO');
    expect(t).toContain('2. CƠ HỘI');
    expect(t).toContain('Hồ sơ bị trễ hẹn so với ngày hẹn trả kết quả.');
    expect(t).toContain('Ảnh hưởng: 3 (cao)');
    expect(t).toContain('Công chức Bộ phận tiếp nhận và trả kết quả');
    expect(t).toContain('Đang thực hiện');
    expect(rendered.docs.find((d) => d.code === 'RRCH')?.landscape).toBe(true);
    const md = fileOf(rendered, 'md/RRCH.md') as string;
    expect(md).toContain('| CH-01 |');
  });
});
