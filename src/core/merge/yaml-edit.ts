import {
  CST,
  Composer,
  Parser,
  isMap as isYamlMap,
  isScalar as isYamlScalar,
  isSeq as isYamlSeq,
  stringify,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { isMap, isScalar, type Json, type JsonMap } from './json.js';
import { applyEdit, type Edit } from './merge-values.js';
import type { Path } from './path.js';
import { renderAfterKey, renderItem, renderItemValue, renderPair } from './render-yaml.js';

/** A comment block to put just above the line of the node at `path` (or its deepest existing part). */
export interface Mark {
  path: Path;
  lines: string[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Among insertions at one offset: lower comes first in the file, then lower seq. */
  order: number;
  seq: number;
}

type Place =
  | { kind: 'root' }
  | { kind: 'pair'; pair: Pair; flow: boolean }
  | { kind: 'item'; seq: YAMLSeq; index: number; flow: boolean };

class Editor {
  readonly splices: Splice[] = [];
  /** A file with Windows line endings gets them in what is spliced in too. */
  private readonly crlf: boolean;
  constructor(readonly source: string) {
    this.crlf = source.includes('\r\n');
  }

  lineStart(offset: number): number {
    return this.source.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset just after the line holding `offset - 1` ends (after its newline). */
  lineEndAfter(offset: number): number {
    if (offset > 0 && this.source[offset - 1] === '\n') return offset;
    const nl = this.source.indexOf('\n', offset);
    return nl < 0 ? this.source.length : nl + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  onlySpacesBefore(offset: number): boolean {
    return this.source.slice(this.lineStart(offset), offset).trim() === '';
  }

  splice(start: number, end: number, text: string, order = 0): void {
    // Text added at the very end of a file without a final newline starts on a line of its own.
    const lead =
      start === this.source.length && start === end && !this.source.endsWith('\n') && text !== '' ? '\n' : '';
    const spliced = lead + text;
    this.splices.push({
      start,
      end,
      text: this.crlf ? spliced.replace(/\r?\n/g, '\r\n') : spliced,
      order,
      seq: this.splices.length,
    });
  }

  result(): string {
    // Applied from the end of the file back, so that earlier offsets stay valid; of several insertions at
    // one offset the one applied last ends up first.
    const sorted = [...this.splices].sort(
      (a, b) => b.start - a.start || b.end - b.start - (a.end - a.start) || b.order - a.order || b.seq - a.seq,
    );
    let out = this.source;
    let limit = Infinity;
    for (const s of sorted) {
      if (s.end > limit) throw new Error(`overlapping YAML edits at offset ${s.start}`);
      out = out.slice(0, s.start) + s.text + out.slice(s.end);
      limit = s.start;
    }
    return out;
  }
}

/**
 * Edit a YAML file in place so that it parses to `applyEdit(ours, edit)`: changed scalars are rewritten
 * through the CST (style and trailing comments kept), added or removed entries and items are spliced in
 * or out as whole lines, and everything else — comments, blank lines, quoting, key order — stays byte
 * for byte. `marks` are comment blocks (conflict markers) put above the lines they are about; `top`
 * lines go under the editor modeline.
 */
export function editYaml(source: string, ours: Json, edit: Edit, marks: Mark[] = [], top: string[] = []): string {
  return editYamlMarked(source, ours, edit, marks, top).text;
}

/** editYaml, also telling on which line (1-based) of the result each mark's block starts. */
export function editYamlMarked(
  source: string,
  ours: Json,
  edit: Edit,
  marks: Mark[] = [],
  top: string[] = [],
): { text: string; markLines: number[] } {
  const tokens = [...new Parser().parse(source)];
  const [doc] = [...new Composer({ schema: 'core', version: '1.2', keepSourceTokens: true }).compose(tokens)];
  const root = doc?.contents;
  if (!root || !isYamlMap(root)) throw new Error('the file is not a YAML mapping');
  const editor = new Editor(source);
  editNode(editor, root, ours, edit, { kind: 'root' });
  const offsets = marks.map((mark) => markAt(editor, root, mark));
  if (top.length > 0) {
    const first = source.startsWith('# yaml-language-server:') ? editor.lineEndAfter(1) : 0;
    editor.splice(first, first, top.map((l) => `# ${l}\n`).join(''), 2);
  }
  const text = editor.result();
  // Splices keep their order, so the k-th block in the result is the mark with the k-th offset.
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset || a.i - b.i);
  const starts = findBlockStarts(
    text,
    marks.map((m) => m.lines[0]),
  );
  const markLines = new Array<number>(marks.length).fill(0);
  order.forEach(({ i }, k) => (markLines[i] = starts[k] ?? 0));
  return { text, markLines };
}

/** 1-based lines where a comment line equal to one of `firsts` starts a block, in file order. */
function findBlockStarts(text: string, firsts: string[]): number[] {
  const wanted = new Set(firsts.map((l) => `# ${l}`));
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (wanted.has(line.trim())) lines.push(i + 1);
  });
  return lines;
}

function editNode(editor: Editor, node: Node | null, ours: Json, edit: Edit, place: Place): void {
  if (edit.op === 'keep') return;
  if (edit.op === 'set') return setValue(editor, node, edit.value, place);
  const before = editor.splices.length;
  const done =
    edit.op === 'map'
      ? isYamlMap(node) && isMap(ours) && editMap(editor, node, ours, edit)
      : isYamlSeq(node) && Array.isArray(ours) && editSeq(editor, node, ours, edit);
  if (!done) {
    // A flow collection, an empty one, or a layout the line splicer does not handle: rewrite it whole.
    editor.splices.length = before;
    setValue(editor, node, applyEdit(ours, edit), place);
  }
}

function editMap(editor: Editor, node: YAMLMap, ours: JsonMap, edit: Extract<Edit, { op: 'map' }>): boolean {
  if (node.items.length === 0 || (node.flow && !onlyScalarSets(edit))) return false;
  const pairs = node.items as Array<Pair<Scalar, Node | null>>;
  const find = (key: string) => pairs.find((p) => isYamlScalar(p.key) && String(p.key.value) === key);
  for (const [key, sub] of edit.entries) {
    const pair = find(key);
    if (!pair) return false;
    editNode(editor, pair.value, ours[key], sub, { kind: 'pair', pair, flow: Boolean(node.flow) });
  }
  for (const key of edit.remove) {
    const pair = find(key);
    const region = pair && pairRegion(editor, pairs, pair);
    if (!region) return false;
    editor.splice(region.start, region.end, '');
  }
  const keyCol = editor.column(pairs[0].key.range![0]);
  for (const add of edit.add) {
    const anchor = (add.after !== undefined && find(add.after)) || pairs[pairs.length - 1];
    const at = editor.lineEndAfter(valueEnd(anchor));
    editor.splice(at, at, renderPair(add.key, add.value, keyCol));
  }
  return true;
}

/** Inside a flow collection only scalars are rewritten in place; anything else rewrites the collection. */
function onlyScalarSets(edit: Extract<Edit, { op: 'map' | 'seq' }>): boolean {
  const subs = edit.op === 'map' ? [...edit.entries.values()] : [...edit.items.values()];
  const structural = edit.op === 'map' ? edit.add.length + edit.remove.size : edit.insert.length + edit.remove.size;
  return structural === 0 && subs.every((s) => s.op === 'set' && isScalar(s.value));
}

function valueEnd(pair: Pair<Scalar, Node | null>): number {
  return pair.value?.range?.[1] ?? pair.key.range![1];
}

/** The text of one "key: value" entry, whole lines when it starts a line, else up to the next key. */
function pairRegion(editor: Editor, pairs: Array<Pair<Scalar, Node | null>>, pair: Pair<Scalar, Node | null>) {
  const keyStart = pair.key.range![0];
  const end = editor.lineEndAfter(valueEnd(pair));
  if (editor.onlySpacesBefore(keyStart)) return { start: editor.lineStart(keyStart), end };
  // First key of a list item ("- key: …"): remove up to the next key, which then follows the dash.
  const next = pairs[pairs.indexOf(pair) + 1];
  return next ? { start: keyStart, end: next.key.range![0] } : undefined;
}

function editSeq(editor: Editor, node: YAMLSeq, ours: Json[], edit: Extract<Edit, { op: 'seq' }>): boolean {
  const items = node.items as Array<Node | null>;
  if (node.flow && onlyScalarSets(edit)) {
    for (const [index, sub] of edit.items)
      editNode(editor, items[index], ours[index], sub, { kind: 'item', seq: node, index, flow: true });
    return true;
  }
  if (node.flow || items.length === 0 || edit.remove.size >= items.length) return false;
  const dashes = dashOffsets(node);
  if (!dashes || dashes.some((d) => !editor.onlySpacesBefore(d))) return false;
  for (const [index, sub] of edit.items)
    editNode(editor, items[index], ours[index], sub, { kind: 'item', seq: node, index, flow: false });
  const itemEnd = (i: number) => items[i]?.range?.[1] ?? dashes[i] + 1;
  for (const index of edit.remove)
    editor.splice(editor.lineStart(dashes[index]), editor.lineEndAfter(itemEnd(index)), '');
  const dashCol = editor.column(dashes[0]);
  for (const insert of edit.insert) {
    const at = insert.after < 0 ? editor.lineStart(dashes[0]) : editor.lineEndAfter(itemEnd(insert.after));
    editor.splice(at, at, renderItem(insert.value, dashCol));
  }
  return true;
}

/** Offsets of the "-" of each item of a block sequence, from the CST. */
function dashOffsets(node: YAMLSeq): number[] | undefined {
  const token = node.srcToken;
  if (!token || token.type !== 'block-seq') return undefined;
  const offsets = token.items.map((item) => item.start.find((t) => t.type === 'seq-item-ind')?.offset);
  return offsets.every((o): o is number => o !== undefined) ? offsets : undefined;
}

function setValue(editor: Editor, node: Node | null, value: Json, place: Place): void {
  if (place.kind === 'root') throw new Error('cannot replace a whole document');
  if (node && isYamlScalar(node) && isScalar(value) && setScalar(editor, node, value, place)) return;
  if (place.kind === 'pair') {
    const sep = place.pair.srcToken && 'sep' in place.pair.srcToken ? place.pair.srcToken.sep : undefined;
    const colon = sep?.find((t) => t.type === 'map-value-ind');
    const key = place.pair.key as Scalar;
    if (!colon || place.flow) throw new Error(`cannot rewrite the value of "${String(key.value)}" in place`);
    const end = editor.lineEndAfter(node?.range?.[1] ?? colon.offset + 1);
    editor.splice(colon.offset + 1, end, renderAfterKey(value, editor.column(key.range![0])));
    return;
  }
  if (!node?.range || place.flow) throw new Error('cannot rewrite a list item in place');
  const start = node.range[0];
  editor.splice(start, editor.lineEndAfter(node.range[1]), renderItemValue(value, editor.column(start)));
}

/** Rewrite one scalar through the CST: its quoting style and trailing comment survive. */
function setScalar(editor: Editor, node: Scalar, value: null | boolean | number | string, place: Place): boolean {
  const token = node.srcToken;
  if (!token) return false;
  const original = CST.stringify(token);
  const start =
    token.type === 'block-scalar' ? Math.min(token.offset, ...token.props.map((p) => p.offset)) : token.offset;
  if (editor.source.slice(start, start + original.length) !== original) return false;
  const copy = structuredClone(token);
  const text = typeof value === 'string' ? value : String(value);
  CST.setScalarValue(copy, text, {
    afterKey: place.kind === 'pair',
    inFlow: place.kind !== 'root' && place.flow,
    type: scalarType(node, value),
  });
  editor.splice(start, start + original.length, CST.stringify(copy).normalize('NFC'));
  return true;
}

/** Keep the scalar's style unless the new value needs quotes to stay a string (or is not a string). */
function scalarType(node: Scalar, value: null | boolean | number | string): Scalar.Type {
  if (typeof value !== 'string') return 'PLAIN';
  const current = node.type ?? 'PLAIN';
  const multiLine = value.includes('\n');
  if (current === 'BLOCK_FOLDED' || current === 'BLOCK_LITERAL') return multiLine ? 'BLOCK_LITERAL' : current;
  if (current === 'QUOTE_DOUBLE') return current;
  const plain =
    !multiLine &&
    value !== '' &&
    stringify(value, { schema: 'core', version: '1.2', lineWidth: 0 }).trimEnd() === value;
  if (current === 'QUOTE_SINGLE') return plain || !multiLine ? current : 'QUOTE_DOUBLE';
  return plain ? 'PLAIN' : 'QUOTE_DOUBLE';
}

/** Put a comment block above the line of the node at the mark's path (or its deepest existing part). */
function markAt(editor: Editor, root: YAMLMap, mark: Mark): number {
  let offset = 0;
  let node: Node | null = root;
  for (const step of mark.path) {
    if (typeof step.seg === 'string' && isYamlMap(node)) {
      const pair: Pair<Scalar, Node | null> | undefined = (node.items as Array<Pair<Scalar, Node | null>>).find(
        (p) => isYamlScalar(p.key) && String(p.key.value) === step.seg,
      );
      if (!pair) break;
      offset = pair.key.range![0];
      node = pair.value;
    } else if (typeof step.seg === 'number' && isYamlSeq(node) && !node.flow && step.seg < node.items.length) {
      const dash = dashOffsets(node)?.[step.seg];
      if (dash === undefined) break;
      offset = dash;
      node = node.items[step.seg] as Node | null;
    } else {
      break;
    }
  }
  // Nothing of the path exists: put the block under the editor modeline.
  const start = offset === 0 && editor.source.startsWith('#') ? editor.lineEndAfter(1) : editor.lineStart(offset);
  const indent = /^ */.exec(editor.source.slice(start))![0];
  editor.splice(start, start, mark.lines.map((l) => `${indent}# ${l}\n`).join(''), 1);
  return start;
}
