import { resolve } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx, docxDocument } from '../../../src/core/render/docx/build-docx.js';
import { compileSplicingRows, XmlPieces } from '../../../src/core/render/docx/long-table.js';
import { fixedTimestamp, normalizeDocx, normalizeParts } from '../../../src/core/render/docx/normalize-zip.js';
import { planOutputs } from '../../../src/core/render/render-unit.js';
import type { DocView, TableView } from '../../../src/core/render/view/types.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { docxParts } from './docx-reader.js';

const UNIT = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'city', 'xa-tam-hiep');

/** The example commune's document register (danh mục tài liệu nội bộ), its list made `n` rows long. */
function registerOf(n: number): DocView {
  const plan = planOutputs(loadUnit(UNIT), { formats: ['docx'] });
  const doc = plan.docs.find((d) => d.kind === 'document-register');
  if (!doc) throw new Error('the example unit has no document register');
  const view = doc.view();
  const table = view.sections.flatMap((s) => s.blocks).find((b): b is { table: TableView } => 'table' in b);
  if (!table) throw new Error('the register has no table');
  const model = table.table.rows;
  table.table.rows = Array.from({ length: n }, (_, i) => {
    const cells = [...model[i % model.length]];
    cells[0] = String(i + 1);
    // Text docx escapes, so that a chunk's XML is checked with it.
    cells[2] = `${cells[2]} <${i}> & “${i}”`;
    return cells;
  });
  // A long row that may break, late in the table (it lands in a later chunk).
  table.table.breakableRows = [n - 1];
  return view;
}

describe('a long table written in chunks', () => {
  it('never holds the document text whole: it is made, normalised and encoded a chunk of rows at a time', () => {
    const doc = docxDocument(registerOf(1000));
    const compiler = (Packer as unknown as { compiler: { compile(d: unknown): Map<string, string | Uint8Array> } })
      .compiler;
    const parts = compileSplicingRows(
      () => compiler.compile(doc),
      () => '<w:tr/>',
    );
    const xml = parts.get('word/document.xml');
    expect(xml).toBeInstanceOf(XmlPieces);
    const pieces = [...(xml as XmlPieces).pieces()];
    // The text before the table, its 10 chunks of 100 rows, the text after it.
    expect(pieces).toHaveLength(12);
    expect(pieces.slice(1, -1).every((p) => p === '<w:tr/>')).toBe(true);
    const [bytes] = normalizeParts(new Map([['word/document.xml', xml!]]), '2012-06-01T00:00:00Z').map(([, c]) => c);
    expect(new TextDecoder().decode(bytes as Uint8Array)).toBe(pieces.join(''));
  });

  it('gives the bytes docx writes for the whole table, on either side of the threshold', async () => {
    for (const n of [1, 199, 200, 201, 1000]) {
      const view = registerOf(n);
      const ours = await buildDocx(view, { sourceDateEpoch: '1700000000' });
      const packed = await Packer.toBuffer(docxDocument(view));
      const theirs = normalizeDocx(packed, fixedTimestamp(view.date, '1700000000'));
      expect(Buffer.from(ours).equals(Buffer.from(theirs)), `${n} rows`).toBe(true);
      // Every row is there, in order: the last one after the header.
      const xml = docxParts(ours)['word/document.xml'];
      expect(xml).toContain(`&lt;${n - 1}&gt; &amp; “${n - 1}”`);
      if (n > 1) expect(xml.indexOf(`&lt;${n - 1}&gt;`)).toBeGreaterThan(xml.indexOf(`&lt;0&gt;`));
      expect(xml).not.toContain('qms-long-table');
    }
  });
});
