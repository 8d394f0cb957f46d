import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeDocx } from '../../../src/core/render/docx/normalize-zip.js';
import { readZip, writeZip } from '../../../src/core/render/docx/zip-entries.js';
import { docxParts } from './docx-reader.js';
import { renderFixture } from './fixture.js';

const digest = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

describe('reproducible output', () => {
  it('gives the same bytes for every file when built twice, whatever the order', async () => {
    const some = ['STCL', 'CSCL', 'MTCL-2012', 'QT-01', 'QT-HT-01', 'BM-01-01', 'BM-01-03'];
    const first = await renderFixture(['docx', 'md', 'html'], some);
    // Build others in between, so process-wide counters in docx have moved on.
    await renderFixture(['docx'], ['QT-HT-03', 'STCL']);
    const second = await renderFixture(['docx', 'md', 'html'], some);
    expect(second.files.map((f) => f.relPath)).toEqual(first.files.map((f) => f.relPath));
    for (const [i, file] of first.files.entries())
      expect(digest(second.files[i].content), file.relPath).toBe(digest(file.content));
  });

  it('normalising is idempotent and keeps every part', async () => {
    const { files } = await renderFixture(['docx'], ['QT-HT-01']);
    const bytes = files[0].content as Uint8Array;
    const again = normalizeDocx(bytes, '2012-06-01T00:00:00Z');
    expect(digest(again)).toBe(digest(bytes));
    expect(Object.keys(docxParts(writeZip(readZip(bytes))))).toEqual(Object.keys(docxParts(bytes)));
  });
});
