import { loadModel } from '../model/load-model.js';
import { text, type Text } from '../text.js';
import type { Unit } from '../unit/types.js';
import type { PlannedFile } from '../write-files.js';
import { planDocuments } from './plan-documents.js';
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

/** Render a loaded unit's documents in memory; nothing is written here. */
export async function renderUnit(unit: Unit, options: RenderOptions): Promise<RenderedUnit> {
  const { known, warning } = knownInstruments(unit);
  const plan = planDocuments(unit, known);
  const warnings = warning ? [warning, ...plan.warnings] : plan.warnings;
  const only = new Set((options.only ?? []).map((c) => c.normalize('NFC').toUpperCase()));
  const docs =
    only.size === 0
      ? plan.docs
      : plan.docs.filter((d) => only.has(d.code.toUpperCase()) || only.has(d.kind.toUpperCase()));
  const files: PlannedFile[] = [];
  const templates = options.formats.some((f) => f !== 'docx') ? await import('./templates.js') : undefined;
  const docx = options.formats.includes('docx') ? await import('./docx/build-docx.js') : undefined;
  for (const doc of docs) {
    for (const format of OUTPUT_FORMATS.filter((f) => options.formats.includes(f))) {
      const content =
        format === 'docx'
          ? await docx!.buildDocx(doc, { sourceDateEpoch: options.sourceDateEpoch })
          : templates!.renderTemplate(doc, format);
      files.push({ relPath: `${format}/${doc.code}.${format}`, content });
    }
  }
  const kinds = [...new Set(plan.docs.map((d) => d.kind))];
  return { codes: plan.docs.map((d) => d.code), kinds, docs, files, warnings, missing: plan.missing };
}
