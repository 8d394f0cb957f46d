import type { Json } from '../merge/json.js';
import type { Edit } from '../merge/merge-values.js';
import { editYaml } from '../merge/yaml-edit.js';
import type { WithdrawnTthc } from '../model/types.js';
import { applyEdit } from '../merge/merge-values.js';
import { vnDate } from '../dates/dates.js';
import type { Withdrawal } from '../unit/types.js';
import type { PlannedFile } from '../write-files.js';
import { followSuccessors, withdrawnBy } from './cross-line.js';
import { diffUnit, type DocDiff, type UnitDiff } from './diff-unit.js';
import {
  checkDate,
  planAnswers,
  planDoc,
  readOurs,
  refuseMarkers,
  verify,
  type ConflictReport,
  type FileOutcome,
} from './plan-update.js';
import { revisionNote } from './revision-note.js';
import { loadUnitState, type UnitState } from './unit-state.js';

export interface CrossOptions {
  /** The version of the other line to move to (the caller picks the one in force on `date`). */
  to: string;
  /** Model id or path replacing the one qms.yaml names. */
  model?: string;
  /** The transition date: effective date of every re-issued document. */
  date: string;
  /** The standard the target line follows, named in the revision entries. */
  standard: string;
}

/**
 * What happens to one file: the update's actions, and three of the move's own — withdraw: the TTHC left the
 * unit's level or was abolished (recorded in the file, kept) · orphan: no 3.x procedure succeeds it yet (kept
 * as it was; the unit re-issues it itself) · keep: a document the new standard no longer asks for (the manual).
 */
export interface CrossOutcome extends Omit<FileOutcome, 'action'> {
  action: FileOutcome['action'] | 'withdraw' | 'orphan' | 'keep';
  tthcId?: string;
  /** The older TTHC id the unit's procedure had, when its successor has another id. */
  replaced?: string;
  /** withdraw: why and from when. */
  withdrawal?: Withdrawal;
}

export interface CrossPlan {
  diff: UnitDiff;
  state: UnitState;
  outcomes: CrossOutcome[];
  /** Files to write (the manifest among them, to be edited further by the caller; then written last). */
  files: PlannedFile[];
  conflicts: number;
  /** tthcExclusions to carry to the successor's id (older id → successor), for the manifest. */
  exclusions: Map<string, string>;
}

// An issued document keeps its code across the move: the file name, the register and every reference to it
// say that code; the new issue number and revision entry say what changed.
const KEEP = ['code'] as const;

/**
 * Plan a unit's move to another model line (qms transition --apply): system procedures, the policy and each
 * TTHC procedure re-issued from the target line by the same three-way merge as a model update (local edits
 * kept, conflicts marked), a TTHC followed to its successor (`tthc.replaces`), withdrawn TTHC recorded,
 * TTHC with no successor left as they are and reported. The objectives of a past year are that year's
 * record: not re-issued. Pure: nothing is written.
 */
export function planCrossLine(dir: string, options: CrossOptions): CrossPlan {
  const loaded = loadUnitState(dir, {
    to: options.to,
    crossLine: true,
    ...(options.model ? { model: options.model } : {}),
  });
  const { state, renamed, mergedInto, exclusions } = followSuccessors(loaded);
  const diff = diffUnit(state);
  refuseMarkers(diff);
  checkDate(state, diff, options.date);
  const withdrawn = withdrawnBy(options.model ?? state.manifest.model.id, state.target, options.date);
  const model = `mô hình ${state.target.meta.id} phiên bản ${state.to} (phát hành ${state.target.meta.releaseDate})`;
  const note = (doc: DocDiff, before: Json, after: Json) => {
    const old = doc.tthcId ? renamed.get(doc.tthcId) : undefined;
    const lead = `Chuyển đổi sang ${options.standard}${old ? ` (TTHC ${old} được thay bằng ${doc.tthcId})` : ''}: ban hành lại theo`;
    const changes = doc.modelChanges.filter((c) => !(KEEP as readonly string[]).includes(String(c.path[0]?.seg)));
    const target = { id: state.target.meta.id, version: state.to, releaseDate: state.target.meta.releaseDate };
    return revisionNote(doc.kind, changes, target, before, after, lead);
  };
  const files: PlannedFile[] = [];
  const outcomes: CrossOutcome[] = [];
  for (const doc of diff.docs) {
    if (doc.kind === 'objectives') continue;
    const outcome =
      doc.status === 'abolished'
        ? planLeft(state, doc, { withdrawn, mergedInto, model, date: options.date }, files)
        : planDoc(state, doc, options.date, files, { note, keep: keepOf(state, doc) });
    if (!outcome) continue;
    const replaced = doc.tthcId ? renamed.get(doc.tthcId) : undefined;
    outcomes.push({
      ...outcome,
      // qms.yaml is not re-issued: it records the new model version (and, by the caller, the transition).
      ...(doc.kind === 'manifest' ? { action: 'record' as const } : {}),
      ...(doc.tthcId ? { tthcId: doc.tthcId } : {}),
      ...(replaced ? { replaced } : {}),
    });
  }
  planAnswers(state, files);
  const conflicts = outcomes.reduce((n, o) => n + o.conflicts.length, 0);
  return { diff, state, outcomes, files, conflicts, exclusions };
}

/**
 * The fields the unit keeps in this document: its code, and its notes when it has deleted them (notes are the
 * unit's own; the model's are the sources its reviewers cite, no reason to bring them back as a conflict).
 */
function keepOf(state: UnitState, doc: DocDiff): string[] {
  // The standard's exclusions and the TTHC the unit does not handle are restated by the transition itself
  // (from the unit's own lists, against the new catalogue), not merged field by field.
  if (doc.kind === 'manifest') return [...KEEP, 'exclusions', 'tthcExclusions'];
  const ours = state.oursDocs.get(doc.key)?.data;
  const noNotes = doc.kind === 'procedure' && typeof ours === 'object' && ours !== null && !('notes' in ours);
  return noNotes ? [...KEEP, 'notes'] : [...KEEP];
}

interface Left {
  withdrawn: Map<string, WithdrawnTthc>;
  mergedInto: Map<string, string>;
  model: string;
  date: string;
}

/** A document of the unit that the target line does not carry on. */
function planLeft(state: UnitState, doc: DocDiff, left: Left, files: PlannedFile[]): CrossOutcome {
  const base = { relPath: doc.relPath, title: doc.title, applied: 0, conflicts: [] as ConflictReport[] };
  if (!doc.tthcId) return { ...base, action: doc.kind === 'manual' ? 'keep' : 'orphan' };
  const w = left.withdrawn.get(doc.tthcId);
  const successor = left.mergedInto.get(doc.tthcId);
  let withdrawal: Withdrawal | undefined;
  if (w) {
    withdrawal = { date: left.date, reason: `Từ ngày ${vnDate(w.from)}: ${w.reason}`, sources: [...w.sources] };
  } else if (successor) {
    const code = state.oursDocs.get(`tthc:${successor}`)?.data as { code?: unknown } | undefined;
    withdrawal = {
      date: left.date,
      reason: `TTHC được thay bằng TTHC ${successor}${typeof code?.code === 'string' ? ` (quy trình ${code.code})` : ''} theo ${left.model}.`,
      sources: [`${left.model}: tthc.replaces của TTHC ${successor}`],
    };
  }
  if (!withdrawal) return { ...base, action: 'orphan' };
  const { source, data } = readOurs(state, doc.relPath);
  if (data.withdrawn !== undefined) return { ...base, action: 'withdraw', withdrawal };
  const edit: Edit = {
    op: 'map',
    entries: new Map(),
    add: [{ key: 'withdrawn', value: withdrawal as unknown as Json, after: 'effectiveDate' }],
    remove: new Set(),
  };
  const content = editYaml(source, data, edit);
  verify(doc.relPath, content, applyEdit(data, edit));
  files.push({ relPath: doc.relPath, content });
  return { ...base, action: 'withdraw', withdrawal };
}
