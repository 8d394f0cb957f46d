import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUnit, type RenderedUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { validateUnit } from '../../../src/core/validate/index.js';
import { docxParts, paragraphs } from './docx-reader.js';
import { fileOf } from './fixture.js';

/**
 * The example district's first land certificate (cấp GCN lần đầu): a liên thông procedure whose third
 * step is the tax office's (Chi cục Thuế), an agency outside the unit, with the commune listed too.
 */
const UNIT = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'city', 'huyen-thanh-tri');
const CODE = 'QT-DD-01';
const TAX = 'Chi cục Thuế huyện Thanh Trì';

let rendered: RenderedUnit;
beforeAll(async () => {
  rendered = await renderUnit(loadUnit(UNIT), { formats: ['md', 'html', 'docx'], only: [CODE] });
});

describe('a liên thông procedure with Chi cục Thuế as a coordinating agency', () => {
  it('validates clean at its date: the agency is neither an unknown role nor a role without people', () => {
    const found = validateUnit(UNIT, { asOf: '2012-12-31' }).diagnostics;
    // The unit's approved waivers (qms.yaml) stay waived; nothing else is an error or a warning.
    expect(found.filter((d) => !d.waived && (d.severity === 'error' || d.severity === 'warning'))).toEqual([]);
    expect(found.filter((d) => d.file === `procedures/${CODE}.yaml` && /QMS01[56]/.test(d.rule))).toEqual([]);
  });

  it('prints the agency in the step table and among the coordinating agencies (Markdown, HTML)', () => {
    const md = fileOf(rendered, `md/${CODE}.md`) as string;
    const step = md.split('\n').find((l) => l.startsWith('| B3 |'));
    expect(step).toContain(`| ${TAX} | 3 ngày làm việc |`);
    expect(md).toContain(
      `**Cơ quan phối hợp:** ${TAX} (xác định nghĩa vụ tài chính và ra thông báo nộp tiền); UBND xã`,
    );
    const html = fileOf(rendered, `html/${CODE}.html`) as string;
    expect(html).toMatch(new RegExp(`<td class="c">B3</td><td>[^<]+</td><td>${TAX}</td>`));
  });

  it('prints it in the DOCX step table, read back from the document', () => {
    const text = paragraphs(docxParts(fileOf(rendered, `docx/${CODE}.docx`) as Uint8Array)['word/document.xml']);
    const b3 = text.indexOf('B3');
    expect(b3).toBeGreaterThan(0);
    expect(text.slice(b3, b3 + 4)).toContain(TAX);
    expect(text.some((p) => p.startsWith('Cơ quan phối hợp') && p.includes(TAX))).toBe(true);
  });
});
