import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUnit } from '../../../src/cli/commands/build-validate.js';
import { QmsError } from '../../../src/core/errors.js';
import { outlineUnit } from '../../../src/core/render/outline-unit.js';
import { lazyDoc } from '../../../src/core/render/planned-doc.js';
import { planOutputs, renderOutput, type OutputPlan } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { tempDir } from '../../helpers/run-cli.js';
import { FIXTURE } from './fixture.js';

/**
 * Issue 16: `qms build` plans a unit from a summary of each procedure and reads the procedure's file again
 * when its documents are made (outline-unit.ts), so that a unit of any size is not held. What it builds
 * must be what the whole unit gives, document for document and byte for byte.
 */
const EXAMPLES = resolve(import.meta.dirname, '..', '..', '..', 'examples');
const UNITS = [
  FIXTURE,
  ...['xa-tam-hiep', 'xa-vinh-quynh', 'phuong-hoan-kiem', 'huyen-thanh-tri', 'so-tu-phap'].map((u) =>
    join(EXAMPLES, 'city', u),
  ),
  join(EXAMPLES, 'invalid', 'xa-loi-quy-trinh'),
];
const FORMATS = ['docx', 'md', 'html'] as const;

const temp = tempDir('qms-outline-');
afterAll(() => temp.cleanup());

/** A copy of the Tam Hiệp example in which QT-HT-02 was withdrawn: it leaves the plan for the register. */
function withWithdrawal(): string {
  const dir = join(temp.dir, 'withdrawn');
  cpSync(join(EXAMPLES, 'city', 'xa-tam-hiep'), dir, { recursive: true });
  const file = join(dir, 'procedures', 'QT-HT-02.yaml');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}withdrawn:\n  date: '2016-01-01'\n  reason: Thủ tục chuyển lên cấp huyện\n`,
  );
  return dir;
}

function names(plan: OutputPlan) {
  const { docs, outputs, ...rest } = plan;
  return {
    ...rest,
    docs: docs.map(({ kind, code, title, source }) => ({ kind, code, title, source })),
    outputs: outputs.map((o) => o.relPath),
  };
}

describe('a unit outlined for build', () => {
  it.each([...UNITS, 'withdrawn'])('plans and renders %s as the whole unit does', async (given) => {
    const dir = given === 'withdrawn' ? withWithdrawal() : given;
    const options = { formats: [...FORMATS] };
    const whole = planOutputs(loadUnit(dir), options);
    const outlined = outlineUnit(dir);
    const summary = planOutputs(outlined.unit, options, outlined.whole);
    expect(names(summary)).toEqual(names(whole));
    if (given === 'withdrawn') expect(summary.withdrawn).toHaveLength(1);
    // Every Markdown and HTML file; DOCX for the first document of each kind (the slow format).
    const kinds = new Set<string>();
    for (const [i, output] of summary.outputs.entries()) {
      if (output.format === 'docx' && kinds.has(output.doc.kind)) continue;
      if (output.format === 'docx') kinds.add(output.doc.kind);
      const [a, b] = [await renderOutput(output), await renderOutput(whole.outputs[i])];
      expect(Buffer.from(a).equals(Buffer.from(b)), output.relPath).toBe(true);
    }
  });

  it('keeps no text, and of a procedure only what the documents made from the whole unit read', () => {
    const { unit } = outlineUnit(FIXTURE);
    expect(unit.files.every((f) => f.text === undefined && f.bytes === undefined && f.parsed === undefined)).toBe(true);
    const procedure = unit.files.find((f) => f.relPath === 'procedures/QT-HT-01.yaml')!;
    expect(Object.keys(procedure.data as object)).not.toContain('steps');
    expect((procedure.data as { title: string }).title).toBe(
      (loadUnit(FIXTURE).files.find((f) => f.relPath === procedure.relPath)!.data as { title: string }).title,
    );
    expect(unit.manifest?.name).toBe(loadUnit(FIXTURE).manifest?.name);
  });

  it('holds an instrument cited by several procedures once, and each procedure’s own data apart', () => {
    const { unit } = outlineUnit(FIXTURE);
    const summary = (code: string) =>
      unit.files.find((f) => f.relPath === `procedures/${code}.yaml`)!.data as {
        title: string;
        legalBasis: Array<{ number: string }>;
        forms: unknown[];
      };
    const [a, b] = [summary('QT-HT-01'), summary('QT-HT-02')];
    // Entries equal in both (the same instrument, the same articles) are one object; the others stay apart.
    const equal = a.legalBasis.filter((l) => b.legalBasis.some((m) => JSON.stringify(m) === JSON.stringify(l)));
    expect(equal.length).toBeGreaterThan(0);
    for (const l of equal) expect(b.legalBasis).toContain(l);
    expect(a.legalBasis.filter((l) => !equal.includes(l)).every((l) => !b.legalBasis.includes(l))).toBe(true);
    expect(a.forms).not.toBe(b.forms);
    expect(a.title).not.toBe(b.title);
    // As the whole unit reads them.
    const loaded = loadUnit(FIXTURE).files.find((f) => f.relPath === 'procedures/QT-HT-02.yaml')!.data as typeof a;
    expect(b.legalBasis).toEqual(loaded.legalBasis);
  });

  it('stops the build when a file changes after it was outlined, rather than render what was never checked', () => {
    const dir = join(temp.dir, 'changed');
    cpSync(FIXTURE, dir, { recursive: true });
    const outlined = outlineUnit(dir);
    const plan = planOutputs(outlined.unit, { formats: ['md'] }, outlined.whole);
    const file = join(dir, 'procedures', 'QT-HT-01.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Quy trình đã sửa'));
    const changed = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof QmsError && error.code === 'E_CHANGED' && error.text.en;
      }
      return 'no error';
    };
    expect(changed(() => plan.docs.find((d) => d.code === 'QT-HT-01')!.view())).toContain('procedures/QT-HT-01.yaml');
    expect(changed(() => checkUnit(outlined.unit))).toContain('procedures/QT-HT-01.yaml');
    // The files that did not change are still made.
    expect(plan.docs.find((d) => d.code === 'QT-HT-02')!.view().code).toBe('QT-HT-02');
  });
});

describe('a document named before its view is made', () => {
  it('throws when the view is not the document named (its file would carry another name)', () => {
    const view = planOutputs(loadUnit(FIXTURE), { formats: ['md'] })
      .docs.find((d) => d.code === 'QT-HT-01')!
      .view();
    const doc = lazyDoc({ kind: view.kind, code: 'QT-HT-09', title: view.title, source: view.source }, () => view);
    expect(() => doc.view()).toThrow(/planned as procedure QT-HT-09/);
  });
});
