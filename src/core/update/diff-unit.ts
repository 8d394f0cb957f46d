import { diffValues, type Change } from '../merge/diff-values.js';
import { omitKeys, type Json } from '../merge/json.js';
import { mergeValues, type MergeResult } from '../merge/merge-values.js';
import { classifyChange, type ClassifiedChange } from './classify.js';
import { BOOKKEEPING, type DocKind } from './model-docs.js';
import { isBehind, type UnitState } from './unit-state.js';

/**
 * changed: the new model changes it (merged on update) · same: nothing from the model ·
 * new: a document the new model adds (created on update) · abolished: the new model drops it (flagged) ·
 * missing: the unit does not have it (left alone) · excluded: not for this unit (groups, tthcExclusions) ·
 * collision: a new document's file name is taken by something else.
 */
export type DocStatus = 'changed' | 'same' | 'new' | 'abolished' | 'missing' | 'excluded' | 'collision';

export interface DocDiff {
  key: string;
  kind: DocKind;
  relPath: string;
  title: string;
  status: DocStatus;
  tthcId?: string;
  /** Old model → new model, as rendered for this unit. */
  modelChanges: Change[];
  /** Old model → the unit's file. */
  localChanges: ClassifiedChange[];
  /** What an update would do with the unit's file (status changed). */
  merge?: MergeResult;
  /** Issued under an older version than the unit follows (its merge base): what the model changed since reaches it. */
  issuedUnder?: string;
}

export interface UnitDiff {
  dir: string;
  id: string;
  name: string;
  type: string;
  modelId: string;
  from: string;
  to: string;
  behind: boolean;
  /** Versions the update would cross, oldest first. */
  steps: string[];
  answersRebuilt: boolean;
  docs: DocDiff[];
  /** Conflict markers of an earlier update still in the files. */
  markers: Array<{ relPath: string; line: number }>;
  counts: {
    modelChanges: number;
    changedDocs: number;
    newDocs: number;
    abolished: number;
    /** Documents with model changes because they were issued under an older version than the unit follows. */
    lagging: number;
    conflicts: number;
    controlled: number;
    localisation: number;
  };
  /**
   * At the target version with every document issued under it (none lagging), no edits of model-controlled
   * fields, no markers left: nothing model diff lists for the model to change.
   */
  inSync: boolean;
}

const ORDER: Record<DocKind, number> = { manifest: 0, policy: 1, manual: 2, objectives: 3, procedure: 4 };

/** Compare a unit with the model version it follows and with the target version, document by document. */
export function diffUnit(state: UnitState): UnitDiff {
  const keys = new Set([...state.theirsDocs.keys(), ...state.baseDocs.keys(), ...state.oursDocs.keys()]);
  const excluded = new Set((state.manifest.tthcExclusions ?? []).map((e) => e.tthc));
  const docs: DocDiff[] = [];
  for (const key of keys) {
    const [b, t, o] = [state.baseDocs.get(key), state.theirsDocs.get(key), state.oursDocs.get(key)];
    const any = (o ?? t ?? b)!;
    const doc: DocDiff = {
      key,
      kind: any.kind,
      relPath: o?.relPath ?? t?.relPath ?? b!.relPath,
      title: any.title,
      status: 'same',
      modelChanges: [],
      localChanges: [],
    };
    const tthcId = key.startsWith('tthc:') ? key.slice(5) : undefined;
    if (tthcId) doc.tthcId = tthcId;
    if (o && b?.issuedUnder) doc.issuedUnder = b.issuedUnder;
    const strip = (data: Json) => omitKeys(data, BOOKKEEPING[any.kind]);
    if (o && (b || t)) {
      const reference = b ?? t!;
      doc.localChanges = diffValues(strip(reference.data), strip(o.data)).map((c) => classifyChange(any.kind, c));
    }
    if (b && t) doc.modelChanges = diffValues(strip(b.data), strip(t.data));
    if (o && b && t) {
      if (doc.modelChanges.length > 0) {
        doc.status = 'changed';
        doc.merge = mergeValues(strip(b.data), strip(o.data), strip(t.data));
      }
    } else if (o && b && !t) {
      doc.status = 'abolished';
    } else if (!o && t && !b) {
      const chosen = t.chosen !== false && !(tthcId && excluded.has(tthcId));
      doc.status = !chosen ? 'excluded' : state.files.includes(t.relPath) ? 'collision' : 'new';
    } else if (!o && b && t) {
      doc.status = tthcId && (excluded.has(tthcId) || b.chosen === false) ? 'excluded' : 'missing';
    } else if (!o) {
      continue; // gone from both versions
    } else if (!b && !t) {
      continue; // the unit's own procedure
    }
    docs.push(doc);
  }
  docs.sort((x, y) => ORDER[x.kind] - ORDER[y.kind] || x.relPath.localeCompare(y.relPath));
  const local = docs.flatMap((d) => d.localChanges);
  const counts = {
    modelChanges: docs.reduce((n, d) => n + d.modelChanges.length, 0),
    changedDocs: docs.filter((d) => d.status === 'changed').length,
    newDocs: docs.filter((d) => d.status === 'new').length,
    abolished: docs.filter((d) => d.status === 'abolished').length,
    lagging: docs.filter((d) => d.status === 'changed' && d.issuedUnder !== undefined).length,
    conflicts:
      docs.reduce((n, d) => n + (d.merge?.conflicts.length ?? 0), 0) +
      docs.filter((d) => d.status === 'collision').length,
    controlled: local.filter((c) => c.class === 'controlled').length,
    localisation: local.filter((c) => c.class === 'localisation').length,
  };
  const behind = isBehind(state);
  return {
    dir: state.dir,
    id: state.manifest.id,
    name: state.manifest.name,
    type: state.manifest.type,
    modelId: state.manifest.model.id,
    from: state.from,
    to: state.to,
    behind,
    steps: state.steps,
    answersRebuilt: state.answersRebuilt,
    docs,
    markers: state.markers,
    counts,
    inSync: !behind && counts.lagging === 0 && counts.controlled === 0 && state.markers.length === 0,
  };
}
