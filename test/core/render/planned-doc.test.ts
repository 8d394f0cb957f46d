import { describe, expect, it } from 'vitest';
import { planOutputs, renderOutput } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { FIXTURE } from './fixture.js';

/**
 * Issue 16: a unit's plan does not hold every document's view (a 10,000-procedure unit has ~60,000): the
 * procedures and their one-stop forms are made when rendered, from the unit's data, and the same each time.
 */
describe('planned documents', () => {
  const plan = planOutputs(loadUnit(FIXTURE), { formats: ['docx', 'md'] });
  const byCode = (code: string) => plan.docs.find((d) => d.code === code)!;

  it('a procedure and its one-stop forms are remade on each use, not kept', () => {
    for (const code of ['QT-HT-01', 'GTN-QT-HT-01', 'PKS-QT-HT-01']) {
      const doc = byCode(code);
      expect(doc, code).toBeDefined();
      const [a, b] = [doc.view(), doc.view()];
      expect(a).not.toBe(b);
      expect(a).toEqual(b);
      expect(a.code).toBe(code);
      expect(a.title).toBe(doc.title);
    }
  });

  it('names each document without making its view: the registers list the procedures by their titles', () => {
    const procedure = byCode('QT-HT-01');
    expect(procedure.kind).toBe('procedure');
    expect(procedure.source).toBe('procedures/QT-HT-01.yaml');
    const register = plan.docs.find((d) => d.kind === 'document-register')!.view();
    expect(JSON.stringify(register.sections)).toContain(procedure.title);
  });

  it('names every file by its format and its document, and every document as its view does', () => {
    expect(plan.outputs).toHaveLength(plan.docs.length * 2);
    plan.outputs.forEach((output, i) => {
      // Document by document, DOCX then Markdown.
      expect(output.doc).toBe(plan.docs[Math.floor(i / 2)]);
      expect(output.format).toBe(i % 2 === 0 ? 'docx' : 'md');
      expect(output.relPath).toBe(`${output.format}/${output.doc.code}.${output.format}`);
    });
    for (const doc of plan.docs) {
      const { kind, code, title, source } = doc.view();
      expect({ kind: doc.kind, code: doc.code, title: doc.title, source: doc.source }).toEqual({
        kind,
        code,
        title,
        source,
      });
    }
  });

  it('a document rendered twice gives the same bytes (DOCX and Markdown)', async () => {
    for (const output of plan.outputs.filter((o) => o.doc.code === 'PKS-QT-HT-01')) {
      const [a, b] = [await renderOutput(output), await renderOutput(output)];
      expect(Buffer.from(a).equals(Buffer.from(b)), output.relPath).toBe(true);
    }
  });
});
