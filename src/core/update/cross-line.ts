import { compareVersions } from '../model/semver.js';
import { loadModel, modelLine, modelVersions } from '../model/load-model.js';
import type { Model, UnitTypeDef, WithdrawnTthc } from '../model/types.js';
import type { UnitState } from './unit-state.js';

/**
 * Across model lines (2.x on TCVN ISO 9001:2008 → 3.x on 2015) a TTHC may change its id: the 3.x template
 * names the older ids it succeeds in `tthc.replaces`. Its successor is the 3.x TTHC of the same id, else the
 * one whose `replaces` lists it (the first in catalogue order when several do).
 */
export function successorsOf(target: Model, typeDef: UnitTypeDef): Map<string, string> {
  const next = new Map<string, string>();
  const catalogue = typeDef.tthc.map((t) => t.id).filter((id) => target.tthc.has(id));
  for (const id of catalogue) next.set(id, id);
  for (const id of catalogue) {
    for (const old of target.tthc.get(id)!.tthc?.replaces ?? []) if (!next.has(old)) next.set(old, id);
  }
  return next;
}

/** What the successor map did to the unit's procedures. */
export interface Succession {
  state: UnitState;
  /** New TTHC id → the older id the unit's procedure had (only where the id changed). */
  renamed: Map<string, string>;
  /** Older TTHC id → the successor that another of the unit's procedures took (many older ones, one new). */
  mergedInto: Map<string, string>;
  /** An excluded older TTHC (tthcExclusions) → its successor, excluded in its place. */
  exclusions: Map<string, string>;
}

/**
 * The comparison re-keyed so that each of the unit's TTHC procedures (and the old model's rendering of it)
 * meets its 3.x successor: the three-way merge then carries the successor's content into the unit's file.
 * A procedure of the same id as its successor goes first; another older procedure whose successor is
 * already taken stays under its own key (reported as merged into that successor).
 */
export function followSuccessors(state: UnitState): Succession {
  const next = successorsOf(state.target, state.targetType);
  const base = new Map(state.baseDocs);
  const ours = new Map(state.oursDocs);
  const renamed = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  const olds = [...ours.keys()]
    .filter((k) => k.startsWith('tthc:'))
    .map((k) => k.slice(5))
    .filter((id) => next.has(id) && next.get(id) !== id);
  for (const old of olds) {
    const successor = next.get(old)!;
    const key = `tthc:${successor}`;
    if (ours.has(key)) {
      mergedInto.set(old, successor);
      continue;
    }
    ours.set(key, ours.get(`tthc:${old}`)!);
    ours.delete(`tthc:${old}`);
    const rendered = base.get(`tthc:${old}`);
    if (rendered) {
      base.set(key, rendered);
      base.delete(`tthc:${old}`);
    }
    renamed.set(successor, old);
  }
  // What the unit excluded (no authority for it) stays excluded under its successor's id: not created.
  const exclusions = new Map<string, string>();
  for (const e of state.manifest.tthcExclusions ?? []) {
    const successor = next.get(e.tthc);
    if (successor && successor !== e.tthc && !ours.has(`tthc:${successor}`)) exclusions.set(e.tthc, successor);
  }
  const manifest = {
    ...state.manifest,
    tthcExclusions: [
      ...(state.manifest.tthcExclusions ?? []),
      ...(state.manifest.tthcExclusions ?? [])
        .filter((e) => exclusions.has(e.tthc))
        .map((e) => ({ ...e, tthc: exclusions.get(e.tthc)! })),
    ],
  };
  return { state: { ...state, manifest, baseDocs: base, oursDocs: ours }, renamed, mergedInto, exclusions };
}

/**
 * The TTHC the target's line withdrew by `date` (the law moved them to another level or abolished them):
 * every version of the line up to the target may list some, and a later one need not repeat them.
 */
export function withdrawnBy(spec: string, target: Model, date: string): Map<string, WithdrawnTthc> {
  const line = modelLine(spec, target.meta.version);
  const out = new Map<string, WithdrawnTthc>();
  const versions = modelVersions(spec).filter(
    (v) => compareVersions(v, target.meta.version) <= 0 && modelLine(spec, v) === line,
  );
  for (const v of versions) {
    const model = v === target.meta.version ? target : loadModel(spec, v);
    for (const w of model.meta.withdrawnTthc ?? []) if (w.from <= date) out.set(w.id, w);
  }
  return out;
}
