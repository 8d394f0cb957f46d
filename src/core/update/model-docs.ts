import type { Answers } from '../scaffold/answers.js';
import { contextFor, manifestFor, procedureFromTemplate } from '../scaffold/build-unit-files.js';
import { renderTemplate } from '../scaffold/render-template.js';
import { deepEqual, toJson, type Json } from '../merge/json.js';
import type { Model, ProcedureTemplate, UnitTypeDef } from '../model/types.js';

export type DocKind = 'manifest' | 'policy' | 'manual' | 'objectives' | 'procedure';

/** One document the model gives a unit, identified across versions by `key`. */
export interface ModelDoc {
  /** "manifest", "policy", "manual", "objectives", "system:QT-01", "tthc:xa-ht-ket-hon". */
  key: string;
  kind: DocKind;
  relPath: string;
  title: string;
  data: Json;
  /** For a TTHC procedure: its id and whether the unit's chosen groups include it. */
  tthcId?: string;
  chosen?: boolean;
  /** A merge base rendered from an older version than the unit follows: the one the document was issued under. */
  issuedUnder?: string;
}

/** Fields the update itself keeps (issue, dates, signatures, history): never compared or merged. */
export const BOOKKEEPING: Record<DocKind, readonly string[]> = {
  manifest: ['model'],
  policy: ['issue', 'effectiveDate', 'approval', 'revisions'],
  manual: ['issue', 'effectiveDate', 'approval', 'revisions'],
  objectives: ['issue', 'effectiveDate', 'approval', 'revisions'],
  procedure: ['issue', 'effectiveDate', 'approval', 'revisions'],
};

export function docKeyOf(
  relPath: string,
  data: unknown,
  objectivesYear: number,
): { key: string; kind: DocKind } | undefined {
  if (relPath === 'qms.yaml') return { key: 'manifest', kind: 'manifest' };
  if (relPath === 'policy.yaml') return { key: 'policy', kind: 'policy' };
  if (relPath === 'manual.yaml') return { key: 'manual', kind: 'manual' };
  if (relPath === `objectives/${objectivesYear}.yaml`) return { key: 'objectives', kind: 'objectives' };
  if (!relPath.startsWith('procedures/') || typeof data !== 'object' || data === null) return undefined;
  const p = data as { kind?: unknown; code?: unknown; tthc?: { id?: unknown } };
  if (p.tthc && typeof p.tthc.id === 'string') return { key: `tthc:${p.tthc.id}`, kind: 'procedure' };
  if (p.kind === 'system' && typeof p.code === 'string') return { key: `system:${p.code}`, kind: 'procedure' };
  return undefined;
}

/**
 * A model version rendered for one unit with its saved answers — exactly what `qms init` would have
 * written — keyed for comparison. Every TTHC of the unit type's catalogue is rendered, chosen or not,
 * since a unit may have added one with `qms new procedure`.
 */
export function renderModelDocs(
  model: Model,
  typeDef: UnitTypeDef,
  answers: Answers,
  previous?: Rendered,
  only?: ReadonlySet<string>,
): Map<string, ModelDoc> {
  const docs = new Map<string, ModelDoc>();
  // Only these keys (an older version rendered for the documents issued under it); every key by default.
  const wanted = (key: string) => only === undefined || only.has(key);
  // A template the previous version has word for word renders the same (bookkeeping aside): reuse it.
  const sameContext =
    previous !== undefined &&
    previous.typeDef.title === typeDef.title &&
    deepEqual(previous.typeDef.roles, typeDef.roles);
  const render = (key: string, template: ProcedureTemplate, before: ProcedureTemplate | undefined) => {
    const reused =
      sameContext && before !== undefined && (before === template || deepEqual(before, template))
        ? previous.docs.get(key)?.data
        : undefined;
    return reused ?? toJson(procedureFromTemplate(template, model, typeDef, answers));
  };
  const add = (doc: ModelDoc) => docs.set(doc.key, doc);
  if (wanted('manifest'))
    add({
      key: 'manifest',
      kind: 'manifest',
      relPath: 'qms.yaml',
      title: 'qms.yaml',
      data: toJson(manifestFor(model, typeDef, answers)),
    });
  // The controlled documents as buildUnitFiles renders them, less the bookkeeping fields it adds.
  const context = contextFor(typeDef, answers);
  for (const kind of ['policy', 'manual', 'objectives'] as const) {
    const template = model.documents[kind];
    if (!template || !wanted(kind)) continue;
    const rendered = renderTemplate(template, context);
    const data = toJson(
      kind === 'objectives'
        ? { ...rendered, code: `${String(rendered.code)}-${answers.year}`, year: answers.year }
        : rendered,
    );
    const relPath = kind === 'objectives' ? `objectives/${answers.year}.yaml` : `${kind}.yaml`;
    add({ key: kind, kind, relPath, title: titleOf(data, relPath), data });
  }
  for (const code of typeDef.systemProcedures) {
    const template = model.system.get(code);
    if (!template || !wanted(`system:${code}`)) continue;
    const data = render(`system:${code}`, template, previous?.model.system.get(code));
    add({
      key: `system:${code}`,
      kind: 'procedure',
      relPath: `procedures/${code}.yaml`,
      title: titleOf(data, code),
      data,
    });
  }
  const chosen = new Set(answers.groups ?? typeDef.groups.map((g) => g.id));
  for (const entry of typeDef.tthc) {
    const template = model.tthc.get(entry.id);
    if (!template || !wanted(`tthc:${entry.id}`)) continue;
    const data = render(`tthc:${entry.id}`, template, previous?.model.tthc.get(entry.id));
    add({
      key: `tthc:${entry.id}`,
      kind: 'procedure',
      relPath: `procedures/${template.code}.yaml`,
      title: titleOf(data, template.code),
      data,
      tthcId: entry.id,
      chosen: chosen.has(entry.group),
    });
  }
  return docs;
}

/** A model version already rendered for the same unit. */
export interface Rendered {
  model: Model;
  typeDef: UnitTypeDef;
  docs: Map<string, ModelDoc>;
}

export function titleOf(data: Json, fallback: string): string {
  const d = data as { code?: unknown; title?: unknown };
  return typeof d?.title === 'string' ? `${typeof d.code === 'string' ? `${d.code} ` : ''}${d.title}` : fallback;
}
