import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from '../../paths.js';

/**
 * "Did you mean": for an unknown field (ajv `additionalProperties`), the allowed field closest to
 * what was typed. The allowed names come from the JSON Schema the error points into (its
 * `schemaPath`), read only when such an error happens.
 */

const cache = new Map<string, Record<string, unknown>>();

function schemaFile(file: string): Record<string, unknown> | undefined {
  if (!/^[a-z-]+\.schema\.json$/.test(file)) return undefined;
  if (!cache.has(file))
    cache.set(file, JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as Record<string, unknown>);
  return cache.get(file);
}

type Schema = Record<string, unknown>;

/** Follow a `$ref` (local `#/…` or `other.schema.json#/…`) to the schema it names, and the file it is in. */
function deref(node: Schema, file: string): { node: Schema; file: string } {
  let current = { node, file };
  for (let hops = 0; typeof current.node.$ref === 'string' && hops < 10; hops++) {
    const [refFile, pointer = ''] = (current.node.$ref as string).split('#');
    const target = refFile || current.file;
    let n: unknown = schemaFile(target);
    for (const part of pointer.split('/').slice(1)) n = (n as Schema | undefined)?.[part];
    if (typeof n !== 'object' || n === null) break;
    current = { node: n as Schema, file: target };
  }
  return current;
}

/**
 * The property names allowed in the object at `instancePath` of a file of this schema: the schema
 * is walked along the data's path (properties, items, $ref), since ajv's own `schemaPath` is relative
 * to whichever `$defs` entry it compiled separately.
 */
export function allowedKeys(rootFile: string, instancePath: string): string[] {
  const root = schemaFile(rootFile);
  if (!root) return [];
  let at = deref(root, rootFile);
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const props = at.node.properties as Record<string, Schema> | undefined;
    const next = /^\d+$/.test(part) && at.node.items ? (at.node.items as Schema) : props?.[part];
    if (!next) return [];
    at = deref(next, at.file);
  }
  const properties = at.node.properties as Schema | undefined;
  return properties ? Object.keys(properties) : [];
}

/** The nearest allowed name (case-insensitive edit distance, at most a third of the length), if any. */
export function nearest(typed: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = distance(typed.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(typed.length, best.length) / 3))
    ? best
    : undefined;
}

/** Damerau–Levenshtein (optimal string alignment): a swapped pair of letters counts as one edit. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
