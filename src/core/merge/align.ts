import { isMap, isScalar, type Json } from './json.js';
import { isLocalItem, itemKey } from './path.js';

/** Which item of `b` each item of `a` corresponds to (and back); undefined = no counterpart. */
export interface Alignment {
  aToB: Array<number | undefined>;
  bToA: Array<number | undefined>;
}

/** Keys that identify an item for good: a changed legal-basis number is another instrument, not an edit. */
const STRONG_KEY = /^(id|code|number|term|tthc|clause)=/;

/**
 * Match the items of two versions of a list: first by identity (longest common subsequence of item
 * keys, so order is respected), then, between two matched items, the leftover items in order — a step
 * whose wording changed is the same step edited, not one removed and another added. Items of `b`
 * marked `local: true` are the unit's own and never match anything of `a`.
 */
export function align(a: Json[], b: Json[]): Alignment {
  const keyA = a.map(itemKey);
  const keyB = b.map((item, j) => (isLocalItem(item) ? `\u0000local#${j}` : itemKey(item)));
  const aToB = new Array<number | undefined>(a.length).fill(undefined);
  const bToA = new Array<number | undefined>(b.length).fill(undefined);
  for (const [i, j] of lcs(keyA, keyB)) {
    aToB[i] = j;
    bToA[j] = i;
  }
  // Pair the leftovers between consecutive matches.
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const gapA: number[] = [];
    const gapB: number[] = [];
    while (i < a.length && aToB[i] === undefined) gapA.push(i++);
    while (j < b.length && bToA[j] === undefined) gapB.push(j++);
    const pairableB = gapB.filter((jj) => !isLocalItem(b[jj]));
    for (let k = 0; k < Math.min(gapA.length, pairableB.length); k++) {
      const [ia, jb] = [gapA[k], pairableB[k]];
      if (!STRONG_KEY.test(keyA[ia]) && !STRONG_KEY.test(keyB[jb]) && sameShape(a[ia], b[jb]) && alike(a[ia], b[jb])) {
        aToB[ia] = jb;
        bToA[jb] = ia;
      }
    }
    // Step over the next matched pair.
    if (i < a.length) i++;
    if (j < b.length) j++;
  }
  return { aToB, bToA };
}

/** Two texts are versions of one another when they share at least two fifths of their words. */
function alike(x: Json, y: Json): boolean {
  if (typeof x !== 'string' || typeof y !== 'string') return true;
  const wx = new Set(x.toLowerCase().split(/\s+/));
  const wy = new Set(y.toLowerCase().split(/\s+/));
  const common = [...wx].filter((w) => wy.has(w)).length;
  return common / Math.max(1, new Set([...wx, ...wy]).size) >= 0.4;
}

function sameShape(x: Json, y: Json): boolean {
  return (isMap(x) && isMap(y)) || (Array.isArray(x) && Array.isArray(y)) || (isScalar(x) && isScalar(y));
}

/** Index pairs of a longest common subsequence (lists here have tens of items). */
function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}
