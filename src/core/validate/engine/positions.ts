import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { FastLocator } from '../../yaml/fast-locate.js';
import { locate, pathToPointer, pointerToPath, type YamlPath } from '../../yaml/locate.js';
import { parsedOf, type SourceFile } from '../../unit/read-file.js';

/**
 * The line walker of the last file located: findings are positioned file by file (validate-unit.ts),
 * so one is kept at a time, not one per file of a 10,000-procedure unit.
 */
let last: { file: SourceFile; text: string; locator: FastLocator } | undefined;

/**
 * 1-based line and column of a JSON Pointer in a file (the nearest existing parent if it is missing).
 * A file the fast reader took is located by walking its lines (fast-locate.ts, same positions); only a
 * file the safe loader read (already composed) or one whose text is gone goes through `yaml`.
 */
export function positionOf(
  file: SourceFile | undefined,
  pointer: string,
  atKey = false,
): { line: number; col: number } {
  if (!file) return { line: 1, col: 1 };
  if (file.fast && !file.parsed && file.text !== undefined) {
    if (last?.file !== file || last.text !== file.text) {
      last = { file, text: file.text, locator: new FastLocator(file.text) };
    }
    return last.locator.locate(pointerToPath(pointer), atKey);
  }
  const parsed = parsedOf(file);
  if (!parsed?.doc) return { line: 1, col: 1 };
  return locate(parsed.doc, parsed.lineCounter, pointerToPath(pointer), atKey);
}

/** 1-based line and column of a character offset in a text. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/** The JSON Pointer of the deepest node whose source range holds `offset` ('' if none). */
export function pointerAtOffset(file: SourceFile, offset: number): string {
  const doc = parsedOf(file)?.doc;
  if (!doc?.contents) return '';
  const path: YamlPath = [];
  let node = doc.contents as Node;
  for (;;) {
    let next: Node | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const value = pair.value as Node | null;
        const start = (pair.key as Node).range?.[0] ?? 0;
        const end = value?.range?.[2] ?? (pair.key as Node).range?.[2] ?? 0;
        if (offset >= start && offset < end) {
          path.push(String(pair.key.value));
          next = value ?? undefined;
          break;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node).range;
        if (!next && range && offset >= range[0] && offset < range[2]) {
          path.push(index);
          next = item as Node;
        }
      });
    }
    if (!next) break;
    node = next;
  }
  return pathToPointer(path);
}
