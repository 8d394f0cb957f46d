import { resolve } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx, docxDocument } from '../../../src/core/render/docx/build-docx.js';
import { fixedTimestamp, normalizeDocx } from '../../../src/core/render/docx/normalize-zip.js';
import { planOutputs } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { docxParts } from './docx-reader.js';

/** The example commune far along: every kind of document (controlled, issued, one-stop forms, reports). */
const UNIT = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'city', 'xa-tam-hiep');

describe('packing a DOCX with the parts shared by every document kept once', () => {
  it('gives the bytes docx’s own packer gives once normalised, for a document of every kind', async () => {
    const plan = planOutputs(loadUnit(UNIT), { formats: ['docx'] });
    // The first of each kind (the first document packed fills the kept parts; the others use them).
    const firsts = plan.docs.filter((d, i) => plan.docs.findIndex((e) => e.kind === d.kind) === i);
    const kinds = new Set<string>();
    for (const doc of firsts) {
      const view = doc.view();
      const ours = await buildDocx(view, { sourceDateEpoch: '1700000000' });
      const packed = await Packer.toBuffer(docxDocument(view));
      const theirs = normalizeDocx(packed, fixedTimestamp(view.date, '1700000000'));
      expect(Buffer.from(ours).equals(Buffer.from(theirs)), doc.code).toBe(true);
      kinds.add(doc.kind);
    }
    // Controlled documents and issued ones (a different page set-up and header) both went through.
    expect(kinds.size).toBeGreaterThan(10);
  });

  it('keeps the styles, theme and settings parts in every document', async () => {
    const plan = planOutputs(loadUnit(UNIT), { formats: ['docx'], only: ['QT-01', 'STCL'] });
    for (const doc of plan.docs) {
      const parts = docxParts(await buildDocx(doc.view()));
      expect(parts['word/styles.xml']).toContain('w:styleId="QmsCell"');
      expect(parts['word/theme/theme1.xml']).toContain('<a:theme');
      expect(parts['word/settings.xml']).toContain('<w:settings');
    }
  });
});
