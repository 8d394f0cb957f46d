/**
 * Positions of JSON-pointer paths in a text the fast reader took (fast-yaml.ts), found by walking its
 * lines instead of composing the text with the `yaml` library. A finding needs a line and a column;
 * composing every file that has a finding cost 4× the whole parse on a city tree (issue 16), and most
 * files that have findings are clean ones the fast reader took.
 *
 * The walk follows the fast reader's grammar (block maps and sequences, one-line scalars and flow
 * collections, block scalars, comments) and gives what `locate` (locate.ts) gives on the safe loader's
 * document, position for position: a node's first character (the first key of a block map, the "-" of
 * a block sequence, the quote, bracket or "|"), an empty value right after its indicator and the
 * spaces that follow it, a missing path at its nearest existing parent. A differential test holds it to
 * that. On a text the fast reader declines it answers `undefined` and the caller composes the text.
 */
import { classifyLines, doubleQuoted, fastParseYaml, isKey, singleQuoted } from './fast-yaml.js';
import { locate, pathToPointer, type Position, type YamlPath } from './locate.js';
import type { ParsedYaml } from './parse-yaml.js';

/** Where a node starts (0-based line and column) and what it is, as far as walking into it needs. */
interface Spot {
  kind: 'map' | 'seq' | 'flow' | 'leaf';
  line: number;
  col: number;
}

/** A step into a child: the child node and, for a map entry, where its key starts. */
interface Step {
  value: Spot;
  key?: { line: number; col: number };
}

export class FastLocator {
  private readonly lines: string[];
  private readonly ind: Int32Array;
  private readonly root: Spot;

  /** Only for a text `fastParseYaml` took (`fastLocator` checks it; a `SourceFile` records it as `fast`). */
  constructor(source: string) {
    ({ lines: this.lines, ind: this.ind } = classifyLines(source));
    let first = 0;
    while (first < this.lines.length && this.ind[first] < 0) first++;
    this.root = { kind: 'map', line: first, col: 0 };
  }

  /** Same contract as `locate` in locate.ts: 1-based line and column. */
  locate(path: YamlPath, atKey = false): Position {
    let node = this.root;
    let key: Step['key'];
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) break;
      node = next.value;
      key = next.key;
    }
    const at = atKey && key ? key : node;
    return { line: at.line + 1, col: at.col + 1 };
  }

  private child(node: Spot, segment: string | number): Step | undefined {
    switch (node.kind) {
      case 'map':
        return this.mapEntry(node, String(segment));
      case 'seq':
        return this.seqItem(node, itemIndex(segment));
      case 'flow':
        return flowChild(this.lines[node.line], node, segment);
      default:
        return undefined;
    }
  }

  /** The entry `key` of the block map whose first key is at `map`; its other keys are lines at that indent. */
  private mapEntry(map: Spot, key: string): Step | undefined {
    for (let i = map.line; i < this.lines.length; i++) {
      if (i > map.line) {
        const ind = this.ind[i];
        if (ind < 0 || ind > map.col) continue; // blank, comment, or inside an earlier value
        if (ind < map.col) return undefined;
        if (this.lines[i].charCodeAt(ind) === 45) continue; // "- " at the key's indent: an earlier key's list
      }
      const line = this.lines[i];
      const colon = line.indexOf(':', map.col);
      if (colon - map.col === key.length && line.startsWith(key, map.col)) {
        return { value: this.valueAfter(i, colon + 1, map.col, true), key: { line: i, col: map.col } };
      }
    }
    return undefined;
  }

  /** Item `index` of the block sequence whose first "-" is at `seq`; the others are "-" lines at that indent. */
  private seqItem(seq: Spot, index: number | undefined): Step | undefined {
    if (index === undefined) return undefined;
    let n = 0;
    for (let i = seq.line; i < this.lines.length; i++) {
      if (i > seq.line) {
        const ind = this.ind[i];
        if (ind < 0 || ind > seq.col) continue;
        if (ind < seq.col || this.lines[i].charCodeAt(ind) !== 45) return undefined;
      }
      if (n++ < index) continue;
      const line = this.lines[i];
      let c = seq.col + 1;
      while (line.charCodeAt(c) === 32) c++;
      if (c >= line.length || line.charCodeAt(c) === 35) return { value: this.nested(i, c, seq.col, false) };
      if (line.charCodeAt(c) === 45 && (c + 1 === line.length || line.charCodeAt(c + 1) === 32)) {
        return { value: { kind: 'seq', line: i, col: c } }; // "- - item"
      }
      const colon = line.indexOf(':', c);
      if (colon > c && isKey(line, c, colon) && (colon + 1 === line.length || line.charCodeAt(colon + 1) === 32)) {
        return { value: { kind: 'map', line: i, col: c } }; // "- key: value"
      }
      return { value: this.valueAfter(i, c, seq.col, false) };
    }
    return undefined;
  }

  /** The value that starts at or after column `from` of line `i`, owned by a block at indent `owner`. */
  private valueAfter(i: number, from: number, owner: number, inMap: boolean): Spot {
    const line = this.lines[i];
    let s = from;
    while (line.charCodeAt(s) === 32) s++;
    if (s >= line.length || line.charCodeAt(s) === 35) return this.nested(i, s, owner, inMap);
    const c = line.charCodeAt(s);
    return { kind: c === 91 || c === 123 ? 'flow' : 'leaf', line: i, col: s };
  }

  /**
   * Nothing after "key:" or "-" on line `i`: a block on the next lines, or an empty value (null), which
   * the safe loader places at column `empty` (after the indicator and its spaces, before any comment).
   */
  private nested(i: number, empty: number, owner: number, inMap: boolean): Spot {
    let j = i + 1;
    while (j < this.lines.length && this.ind[j] < 0) j++;
    if (j < this.lines.length) {
      const line = this.lines[j];
      const ind = this.ind[j];
      const isItem = line.charCodeAt(ind) === 45 && (ind + 1 === line.length || line.charCodeAt(ind + 1) === 32);
      if (ind > owner) return { kind: isItem ? 'seq' : 'map', line: j, col: ind };
      if (ind === owner && inMap && isItem) return { kind: 'seq', line: j, col: ind };
    }
    return { kind: 'leaf', line: i, col: empty };
  }
}

/** A sequence index as the safe loader's `locate` reads a path segment ("1", 1; not "x" or 1.5). */
function itemIndex(segment: string | number): number | undefined {
  const index = typeof segment === 'number' ? segment : Number(segment);
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

/** A child of the one-line flow collection at `node` (the fast reader took it: scalars only). */
function flowChild(line: string, node: Spot, segment: string | number): Step | undefined {
  const isMap = line.charCodeAt(node.col) === 123;
  const close = isMap ? 125 : 93;
  const index = isMap ? undefined : itemIndex(segment);
  if (!isMap && index === undefined) return undefined;
  const wanted = String(segment);
  let k = node.col + 1;
  const ws = () => {
    while (line.charCodeAt(k) === 32) k++;
  };
  ws();
  for (let n = 0; k < line.length && line.charCodeAt(k) !== close; n++) {
    const keyCol = k;
    let matches = n === index;
    if (isMap) {
      const colon = line.indexOf(':', k);
      matches = line.slice(k, colon) === wanted;
      k = colon + 1;
      ws();
    }
    if (matches) {
      const value: Spot = { kind: 'leaf', line: node.line, col: k };
      return isMap ? { value, key: { line: node.line, col: keyCol } } : { value };
    }
    // Past this scalar: a quoted one ends at its closing quote, a plain one at the next , ] or }.
    const ch = line.charCodeAt(k);
    if (ch === 34) k = doubleQuoted(line, k).end;
    else if (ch === 39) k = singleQuoted(line, k).end;
    else while (k < line.length && !isFlowEnd(line.charCodeAt(k))) k++;
    ws();
    if (line.charCodeAt(k) === 44) k++;
    ws();
  }
  return undefined;
}

function isFlowEnd(c: number): boolean {
  return c === 44 || c === 93 || c === 125;
}

/** A locator for `source`, or undefined when the fast reader declines it (the safe loader then decides). */
export function fastLocator(source: string): FastLocator | undefined {
  return fastParseYaml(source) === undefined ? undefined : new FastLocator(source);
}

/**
 * Where the line walk and the safe loader's `locate` disagree on `source` (undefined when they agree
 * on every node, at the value and at the key, and on missing children): what QMS_YAML_CHECK=1 and the
 * differential tests check, as they check the data.
 */
export function positionDifference(source: string, data: unknown, safe: ParsedYaml): string | undefined {
  const fast = new FastLocator(source);
  const probe = (path: YamlPath): string | undefined => {
    for (const atKey of [false, true]) {
      const a = fast.locate(path, atKey);
      const b = locate(safe.doc, safe.lineCounter, path, atKey);
      if (a.line !== b.line || a.col !== b.col) {
        return `${pathToPointer(path) || '/'}${atKey ? ' (key)' : ''} is at ${a.line}:${a.col} for the fast locator, ${b.line}:${b.col} for the safe loader`;
      }
    }
    return undefined;
  };
  const walk = (value: unknown, path: YamlPath): string | undefined => {
    const here = probe(path) ?? probe([...path, 'missing-key']);
    if (here) return here;
    if (Array.isArray(value)) {
      const more = probe([...path, value.length]) ?? probe([...path, 'x']) ?? probe([...path, '1.5']);
      if (more) return more;
      for (let i = 0; i < value.length; i++) {
        const d = walk(value[i], [...path, String(i)]);
        if (d) return d;
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        const d = walk(v, [...path, key]);
        if (d) return d;
      }
    }
    return undefined;
  };
  return walk(data, []);
}
