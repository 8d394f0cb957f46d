import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderUnit, type RenderedUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import { buildChecklist } from '../../../src/core/audit/checklist/build-checklist.js';
import { checklistRows } from '../../../src/core/audit/checklist/types.js';
import { loadAuditUnit } from '../../../src/core/audit/unit-scope.js';
import { docxParts, paragraphs } from './docx-reader.js';
import { FIXTURE, fileOf } from './fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-unchecked-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The fixture unit with its birth registration (QT-HT-01) marking some sections unchecked. */
function unitWith(unchecked: string[] | undefined, patch: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(root, 'u-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'procedures', 'QT-HT-01.yaml');
  const data = { ...(parse(readFileSync(file, 'utf8')) as Record<string, unknown>), ...patch };
  writeFileSync(file, stringify(unchecked ? { ...data, unchecked } : data));
  return dir;
}

const CAUTION = 'Lưu ý trước khi ký ban hành: nội dung mục này chưa được đối chiếu';
let marked: RenderedUnit;
let clean: RenderedUnit;
let markedDir: string;
beforeAll(async () => {
  markedDir = unitWith(['dossier', 'requirements']);
  marked = await renderUnit(loadUnit(markedDir), { formats: ['md', 'docx'], only: ['QT-HT-01'] });
  clean = await renderUnit(loadUnit(unitWith(undefined)), { formats: ['md'], only: ['QT-HT-01'] });
});

const md = (r: RenderedUnit) => String(fileOf(r, 'md/QT-HT-01.md'));
const section = (text: string, from: string, to?: string) =>
  text.slice(text.indexOf(from), to ? text.indexOf(to) : undefined);

describe('sections the model could not check against the law (unchecked)', () => {
  it('print a caution to the signer under exactly those sections', () => {
    const text = md(marked);
    expect(section(text, '### 5.2', '### 5.3')).toContain(CAUTION);
    expect(section(text, '### 5.2', '### 5.3')).toContain('xóa «dossier» khỏi mục unchecked');
    expect(section(text, '### 5.8')).toContain(CAUTION);
    for (const [from, to] of [
      ['### 5.1', '### 5.2'],
      ['### 5.6', '### 5.7'],
      ['### 5.7', '### 5.8'],
    ])
      expect(section(text, from, to), from).not.toContain(CAUTION);
    expect(md(clean)).not.toContain('Lưu ý trước khi ký');
  });

  it('the DOCX says the same after the dossier table', () => {
    const docx = paragraphs(docxParts(fileOf(marked, 'docx/QT-HT-01.docx') as Uint8Array)['word/document.xml']);
    const at = docx.findIndex((p) => p.includes('Số lượng hồ sơ'));
    expect(at).toBeGreaterThan(0);
    expect(docx[at - 1]).toContain(CAUTION);
  });

  it('readiness advises (never blocks) to check them, naming the procedure', () => {
    const advice = assessUnit(markedDir, { asOf: '2013-06-01' }).blockers.filter((b) => b.code === 'content-unchecked');
    expect(advice).toHaveLength(1);
    expect(advice[0].severity).toBe('advice');
    expect(advice[0].message.vi).toContain('QT-HT-01');
  });

  it('the checklist asks the auditor whether the unit checked them, in Vietnamese and in English', () => {
    for (const lang of ['vi', 'en'] as const) {
      const checklist = buildChecklist(loadAuditUnit(markedDir), {
        scope: { kind: 'processes', codes: ['QT-HT-01'] },
        lang,
        date: '2013-06-01',
        auditor: 'Hà Thị Yến',
      });
      const rows = checklistRows(checklist).filter((r) => r.procedure === 'QT-HT-01');
      const asked = rows.filter((r) =>
        r.question.includes(lang === 'vi' ? 'chưa được đối chiếu với nguyên văn' : 'were not checked against the text'),
      );
      expect(asked, lang).toHaveLength(1);
      expect(asked[0].question).toContain(
        lang === 'vi' ? 'thành phần hồ sơ, yêu cầu, điều kiện' : 'dossier, requirements',
      );
    }
  });

  it('the receipt never calls a fee without an amount free, and says an unchecked rate is to be checked', async () => {
    const fees = [
      { name: 'Lệ phí đăng ký khai sinh', per: 'việc', note: 'Mức thu theo nghị quyết của HĐND thành phố Hà Nội.' },
    ];
    const render = async (unchecked: string[] | undefined) =>
      String(
        fileOf(
          await renderUnit(loadUnit(unitWith(unchecked, { fees })), { formats: ['md'], only: ['GTN-QT-HT-01'] }),
          'md/GTN-QT-HT-01.md',
        ),
      );
    const plain = await render(undefined);
    expect(plain).toContain(
      'Phí, lệ phí: Lệ phí đăng ký khai sinh: mức thu theo nghị quyết của HĐND thành phố Hà Nội.',
    );
    expect(plain).not.toContain('miễn');
    expect(await render(['fees'])).toContain(
      '(mức thu chưa đối chiếu với văn bản quy định; đơn vị đối chiếu trước khi sử dụng mẫu)',
    );
  });
});
