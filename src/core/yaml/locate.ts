import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type YamlPath = Array<string | number>;

export interface Position {
  line: number;
  col: number;
}

/** Split a JSON Pointer (ajv's instancePath) into path segments. */
export function pointerToPath(pointer: string): YamlPath {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pathToPointer(path: YamlPath): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Where a path is in the document: the value node if it exists, otherwise the nearest existing parent
 * (a missing property is reported at its parent). `atKey` points at the key instead of the value
 * (unknown properties).
 */
export function locate(doc: Document | undefined, lineCounter: LineCounter, path: YamlPath, atKey = false): Position {
  if (!doc || !doc.contents) return { line: 1, col: 1 };
  let node: Node = doc.contents;
  let keyOffset: number | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.value;
    keyOffset = next.keyOffset;
  }
  const offset = atKey && keyOffset !== undefined ? keyOffset : (node.range?.[0] ?? 0);
  return lineCounter.linePos(offset);
}

function child(node: Node, segment: string | number): { value: Node; keyOffset?: number } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment)) {
        const value = (pair.value as Node | null) ?? pair.key;
        return { value, keyOffset: (pair.key as Node).range?.[0] };
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : Number(segment);
    const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}
