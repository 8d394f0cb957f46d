import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOf, renderFixture } from './fixture.js';

/** Golden Markdown: run with UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff. */
const GOLDEN = resolve(import.meta.dirname, '..', '..', 'golden', 'build');
// The legal register is left out: its in-force column follows the model's legal register, which changes on its own.
const CODES = ['STCL', 'CSCL', 'MTCL-2012', 'QT-01', 'QT-HT-01', 'QT-HT-04', 'BM-01-01'];

describe('Markdown output', () => {
  it.each(CODES)('%s matches its golden file', async (code) => {
    const rendered = await renderFixture(['md'], [code]);
    const md = fileOf(rendered, `md/${code}.md`) as string;
    const golden = join(GOLDEN, `${code}.md`);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, md);
    }
    expect(md).toBe(readFileSync(golden, 'utf8'));
  });

  it('carries the same sections as the DOCX, in the same order', async () => {
    const rendered = await renderFixture(['md', 'html'], ['QT-HT-01']);
    const md = fileOf(rendered, 'md/QT-HT-01.md') as string;
    const headings = [...md.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 6)).toEqual([
      '1\\. MỤC ĐÍCH'.replace('\\', ''),
      '2. PHẠM VI ÁP DỤNG',
      '3. TÀI LIỆU VIỆN DẪN',
      '4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT',
      '5. NỘI DUNG QUY TRÌNH',
      '5.1 Cơ sở pháp lý',
    ]);
    const html = fileOf(rendered, 'html/QT-HT-01.html') as string;
    expect([...html.matchAll(/<h[23] id="[^"]+">([^<]+)<\/h[23]>/g)].map((m) => m[1])).toEqual(headings);
  });
});
