import { loadModel } from '../model/load-model.js';
import { text, type Text } from '../text.js';
import type { Unit } from '../unit/types.js';
import type { PlannedFile } from '../write-files.js';
import { planDocuments } from './plan-documents.js';
import type { PlannedDoc, WholeData } from './planned-doc.js';
import { obj, str } from '../unit/read-data.js';
import type { KnownInstrument } from './view/registers.js';
import type { DocView } from './view/types.js';

export type OutputFormat = 'docx' | 'md' | 'html';
export const OUTPUT_FORMATS: OutputFormat[] = ['docx', 'md', 'html'];

export interface RenderOptions {
  formats: OutputFormat[];
  /** Document codes or kinds (steering-decision, corrective-action …) to build, case-insensitive; all when empty. */
  only?: string[];
  sourceDateEpoch?: string;
}

export interface RenderedUnit {
  /** Every document the unit has (before --only), for messages. */
  codes: string[];
  /** The kinds of those documents (steering-decision, corrective-action …): --only accepts them too. */
  kinds: string[];
  /** The documents built. */
  docs: DocView[];
  /** Output files, relative to the output folder: docx/QT-01.docx, md/QT-01.md, html/QT-01.html. */
  files: PlannedFile[];
  warnings: Text[];
  /** Issued documents left out for missing data (file and fields to fill). */
  missing: Text[];
  /** Procedures not built because the unit withdrew them (listed as bãi bỏ in the register), among those asked for. */
  withdrawn: Text[];
}

/** The model's legal register for the unit's model (in-force status of cited instruments). */
export function knownInstruments(unit: Unit): { known: KnownInstrument[]; warning?: Text } {
  const model = obj(obj(unit.manifest).model);
  const id = str(model.id);
  if (!id) return { known: [] };
  try {
    return { known: loadModel(id, str(model.version) || undefined).legalRegister };
  } catch {
    return {
      known: [],
      warning: text(
        `không tải được mô hình ${id} ${str(model.version)}; danh mục văn bản pháp luật không có tình trạng hiệu lực`,
        `cannot load model ${id} ${str(model.version)}; the legal register has no in-force status`,
      ),
    };
  }
}

/** One output file still to be made: which document, in which format, where (relative to the output folder). */
export interface PlannedOutput {
  readonly relPath: string;
  readonly doc: PlannedDoc;
  readonly format: OutputFormat;
}

/** An output file of the plan: its path is made when asked for, not held (a large unit plans ~60,000). */
class Output implements PlannedOutput {
  constructor(
    readonly doc: PlannedDoc,
    readonly format: OutputFormat,
  ) {}

  get relPath(): string {
    return `${this.format}/${this.doc.code}.${this.format}`;
  }
}

export interface OutputPlan extends Omit<RenderedUnit, 'files' | 'docs'> {
  /** The documents to build; each one's view is made when it is rendered. */
  docs: PlannedDoc[];
  /** Every file to make, in order (document by document, docx then md then html): nothing rendered yet. */
  outputs: PlannedOutput[];
}

/**
 * The documents of a unit and the files they become, without rendering any (render each with renderOutput).
 * `whole` gives a procedure's whole data to its views when the unit holds only summaries (outline-unit.ts).
 */
export function planOutputs(unit: Unit, options: RenderOptions, whole?: WholeData): OutputPlan {
  const { known, warning } = knownInstruments(unit);
  const plan = planDocuments(unit, known, whole);
  const warnings = warning ? [warning, ...plan.warnings] : plan.warnings;
  const only = new Set((options.only ?? []).map((c) => c.normalize('NFC').toUpperCase()));
  const docs =
    only.size === 0
      ? plan.docs
      : plan.docs.filter((d) => only.has(d.code.toUpperCase()) || only.has(d.kind.toUpperCase()));
  const formats = OUTPUT_FORMATS.filter((f) => options.formats.includes(f));
  const outputs = docs.flatMap((doc) => formats.map((format): PlannedOutput => new Output(doc, format)));
  const kinds = [...new Set(plan.docs.map((d) => d.kind))];
  const withdrawn = plan.withdrawn.filter((w) => only.size === 0 || only.has(w.code.toUpperCase())).map((w) => w.note);
  // A withdrawn code is known (--only names it without a usage error; the note says why nothing is built).
  const codes = [...plan.docs.map((d) => d.code), ...plan.withdrawn.map((w) => w.code)];
  return { codes, kinds, docs, outputs, warnings, missing: plan.missing, withdrawn };
}

/** Make one output file's content (the docx packer and the templates are loaded on first use). */
export async function renderOutput(
  output: PlannedOutput,
  options: Pick<RenderOptions, 'sourceDateEpoch'> = {},
): Promise<string | Uint8Array> {
  const view = output.doc.view();
  if (output.format === 'docx') {
    const { buildDocx } = await import('./docx/build-docx.js');
    return buildDocx(view, { sourceDateEpoch: options.sourceDateEpoch });
  }
  const { renderTemplate } = await import('./templates.js');
  return renderTemplate(view, output.format);
}

/** Render a loaded unit's documents in memory; nothing is written here (one unit at a time: `qms build` streams). */
export async function renderUnit(unit: Unit, options: RenderOptions): Promise<RenderedUnit> {
  const { outputs, docs, ...plan } = planOutputs(unit, options);
  const files: PlannedFile[] = [];
  for (const output of outputs) files.push({ relPath: output.relPath, content: await renderOutput(output, options) });
  return { ...plan, docs: docs.map((d) => d.view()), files };
}
