import { align } from './align.js';
import type { Change } from './diff-values.js';
import { deepEqual, isMap, type Json, type JsonMap } from './json.js';
import { isLocalItem, itemKey, itemStep, keyStep, type Path } from './path.js';

/**
 * How to turn the unit's value ("ours") into the merged one, shaped like ours so that a YAML file can
 * be edited in place: keep it, replace it, or edit a map's keys / a list's items.
 */
export type Edit =
  | { op: 'keep' }
  | { op: 'set'; value: Json }
  | {
      op: 'map';
      entries: Map<string, Edit>;
      add: Array<{ key: string; value: Json; after?: string }>;
      remove: Set<string>;
    }
  | { op: 'seq'; items: Map<number, Edit>; remove: Set<number>; insert: Array<{ after: number; value: Json }> };

export type ConflictKind = 'both-changed' | 'ours-removed' | 'theirs-removed' | 'both-added';

/** A field both the unit and the model changed differently: the unit's value stays, marked. */
export interface Conflict {
  /** Where in the unit's file (the marker goes at the deepest part of it that exists). */
  path: Path;
  kind: ConflictKind;
  base?: Json;
  ours?: Json;
  theirs?: Json;
}

export interface MergeResult {
  edit: Edit;
  conflicts: Conflict[];
  /** The model's changes that the merge carries into the unit's file. */
  applied: Change[];
}

const KEEP: Edit = { op: 'keep' };

/**
 * Three-way merge of one value: a model change is taken where the unit left the field as the old model
 * had it; the unit's change is kept where the model did not change the field; where both changed it
 * differently the unit's value is kept and a conflict is reported — never resolved silently.
 */
export function mergeValues(base: Json, ours: Json, theirs: Json): MergeResult {
  const result: MergeResult = { edit: KEEP, conflicts: [], applied: [] };
  result.edit = merge(base, ours, theirs, [], result);
  return result;
}

function merge(b: Json, o: Json, t: Json, path: Path, out: MergeResult): Edit {
  if (deepEqual(b, t) || deepEqual(o, t)) return KEEP;
  if (isMap(b) && isMap(o) && isMap(t)) return mergeMap(b, o, t, path, out);
  if (Array.isArray(b) && Array.isArray(o) && Array.isArray(t)) return mergeSeq(b, o, t, path, out);
  if (deepEqual(b, o)) {
    out.applied.push({ path, kind: 'changed', before: b, after: t });
    return { op: 'set', value: t };
  }
  out.conflicts.push({ path, kind: 'both-changed', base: b, ours: o, theirs: t });
  return KEEP;
}

/** Both sides added the same key or item: the same value is fine, different ones merge against nothing. */
function mergeAdded(o: Json, t: Json, path: Path, out: MergeResult): Edit {
  if (deepEqual(o, t)) return KEEP;
  if (isMap(o) && isMap(t)) return mergeMap({}, o, t, path, out);
  if (Array.isArray(o) && Array.isArray(t)) return mergeSeq([], o, t, path, out);
  out.conflicts.push({ path, kind: 'both-added', ours: o, theirs: t });
  return KEEP;
}

function mergeMap(b: JsonMap, o: JsonMap, t: JsonMap, path: Path, out: MergeResult): Edit {
  const edit = {
    op: 'map' as const,
    entries: new Map<string, Edit>(),
    add: [] as Array<{ key: string; value: Json; after?: string }>,
    remove: new Set<string>(),
  };
  for (const key of Object.keys(o)) {
    const at = [...path, keyStep(key)];
    const [hasB, hasT] = [Object.hasOwn(b, key), Object.hasOwn(t, key)];
    if (!hasT) {
      if (!hasB) continue; // the unit's own field
      if (deepEqual(o[key], b[key])) {
        edit.remove.add(key);
        out.applied.push({ path: at, kind: 'removed', before: o[key] });
      } else {
        out.conflicts.push({ path: at, kind: 'theirs-removed', base: b[key], ours: o[key] });
      }
      continue;
    }
    const sub = hasB ? merge(b[key], o[key], t[key], at, out) : mergeAdded(o[key], t[key], at, out);
    if (sub.op !== 'keep') edit.entries.set(key, sub);
  }
  let previous: string | undefined;
  for (const key of Object.keys(t)) {
    if (Object.hasOwn(o, key)) {
      if (!edit.remove.has(key)) previous = key;
      continue;
    }
    const at = [...path, keyStep(key)];
    if (!Object.hasOwn(b, key)) {
      edit.add.push({ key, value: t[key], after: previous });
      out.applied.push({ path: at, kind: 'added', after: t[key] });
    } else if (!deepEqual(b[key], t[key])) {
      out.conflicts.push({ path: at, kind: 'ours-removed', base: b[key], theirs: t[key] });
    }
  }
  return edit.entries.size + edit.add.length + edit.remove.size === 0 ? KEEP : edit;
}

function mergeSeq(b: Json[], o: Json[], t: Json[], path: Path, out: MergeResult): Edit {
  const edit = {
    op: 'seq' as const,
    items: new Map<number, Edit>(),
    remove: new Set<number>(),
    insert: [] as Array<{ after: number; value: Json }>,
  };
  const bo = align(b, o);
  const bt = align(b, t);
  // Where each theirs item sits in ours: through the base, or as the same addition on both sides.
  const theirsInOurs = new Array<number | undefined>(t.length).fill(undefined);
  b.forEach((item, i) => {
    const [oi, ti] = [bo.aToB[i], bt.aToB[i]];
    if (oi !== undefined && ti !== undefined) {
      theirsInOurs[ti] = oi;
      const sub = merge(item, o[oi], t[ti], [...path, itemStep(oi, o[oi])], out);
      if (sub.op !== 'keep') edit.items.set(oi, sub);
    } else if (oi !== undefined) {
      if (deepEqual(o[oi], item)) {
        edit.remove.add(oi);
        out.applied.push({ path: [...path, itemStep(oi, o[oi])], kind: 'removed', before: item });
      } else {
        out.conflicts.push({ path: [...path, itemStep(oi, o[oi])], kind: 'theirs-removed', base: item, ours: o[oi] });
      }
    } else if (ti !== undefined && !deepEqual(item, t[ti])) {
      out.conflicts.push({ path: [...path, itemStep(i, item)], kind: 'ours-removed', base: item, theirs: t[ti] });
    }
  });
  const oursAdded = o
    .map((item, j) => (bo.bToA[j] === undefined && !isLocalItem(item) ? j : undefined))
    .filter((j): j is number => j !== undefined);
  const used = new Set<number>();
  t.forEach((item, ti) => {
    if (bt.bToA[ti] !== undefined) return;
    const same = oursAdded.find((j) => !used.has(j) && itemKey(o[j]) === itemKey(item));
    if (same !== undefined) {
      used.add(same);
      theirsInOurs[ti] = same;
      const sub = mergeAdded(o[same], item, [...path, itemStep(same, o[same])], out);
      if (sub.op !== 'keep') edit.items.set(same, sub);
      return;
    }
    let after = -1;
    for (let k = ti - 1; k >= 0; k--) {
      const anchor = theirsInOurs[k];
      if (anchor !== undefined && !edit.remove.has(anchor)) {
        after = anchor;
        break;
      }
    }
    edit.insert.push({ after, value: item });
    out.applied.push({ path: [...path, itemStep(after + 1, item)], kind: 'added', after: item });
  });
  return edit.items.size + edit.remove.size + edit.insert.length === 0 ? KEEP : edit;
}

/** The merged value: ours with the edit applied (what the edited file must parse to). */
export function applyEdit(ours: Json, edit: Edit): Json {
  switch (edit.op) {
    case 'keep':
      return ours;
    case 'set':
      return edit.value;
    case 'map': {
      const source = ours as JsonMap;
      const out: JsonMap = {};
      const addAfter = (key: string | undefined) => {
        for (const a of edit.add.filter((x) => x.after === key)) out[a.key] = a.value;
      };
      for (const [key, value] of Object.entries(source)) {
        if (!edit.remove.has(key)) out[key] = applyEdit(value, edit.entries.get(key) ?? KEEP);
        addAfter(key);
      }
      // Keys to add after nothing (or after a key that is gone) go at the end, as the file editor puts them.
      for (const a of edit.add) if (!Object.hasOwn(out, a.key)) out[a.key] = a.value;
      return out;
    }
    case 'seq': {
      const source = ours as Json[];
      const out: Json[] = edit.insert.filter((x) => x.after === -1).map((x) => x.value);
      source.forEach((item, i) => {
        if (!edit.remove.has(i)) out.push(applyEdit(item, edit.items.get(i) ?? KEEP));
        out.push(...edit.insert.filter((x) => x.after === i).map((x) => x.value));
      });
      return out;
    }
  }
}
