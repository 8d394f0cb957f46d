import { align } from './align.js';
import { deepEqual, isMap, type Json } from './json.js';
import { itemStep, keyStep, type Path } from './path.js';

export type ChangeKind = 'changed' | 'added' | 'removed';

/** One difference between two versions of a value, at the deepest path where it shows. */
export interface Change {
  path: Path;
  kind: ChangeKind;
  before?: Json;
  after?: Json;
}

/**
 * What changed from `a` to `b`, field by field. Maps are compared key by key, lists item by item
 * (items matched by identity, see align), anything else as a whole value.
 */
export function diffValues(a: Json, b: Json, path: Path = []): Change[] {
  if (deepEqual(a, b)) return [];
  if (isMap(a) && isMap(b)) {
    const changes: Change[] = [];
    for (const key of Object.keys(a)) {
      if (!Object.hasOwn(b, key)) changes.push({ path: [...path, keyStep(key)], kind: 'removed', before: a[key] });
      else changes.push(...diffValues(a[key], b[key], [...path, keyStep(key)]));
    }
    for (const key of Object.keys(b)) {
      if (!Object.hasOwn(a, key)) changes.push({ path: [...path, keyStep(key)], kind: 'added', after: b[key] });
    }
    return changes;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const { aToB, bToA } = align(a, b);
    const changes: Change[] = [];
    a.forEach((item, i) => {
      const j = aToB[i];
      if (j === undefined) changes.push({ path: [...path, itemStep(i, item)], kind: 'removed', before: item });
      else changes.push(...diffValues(item, b[j], [...path, itemStep(j, b[j])]));
    });
    b.forEach((item, j) => {
      if (bToA[j] === undefined) changes.push({ path: [...path, itemStep(j, item)], kind: 'added', after: item });
    });
    return changes;
  }
  return [{ path, kind: 'changed', before: a, after: b }];
}
