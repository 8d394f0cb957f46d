/**
 * A fast reader for the common, clean YAML file (what `qms init` writes and what officers usually
 * keep): block mappings and sequences, plain / quoted scalars on one line, one-line flow collections
 * of scalars, literal and folded block scalars, comments. It returns the same data the safe loader
 * (src/core/yaml/parse-yaml.ts) would — or `undefined` ("bail") for anything else: anchors, aliases,
 * tags, directives, several documents, duplicate or unusual keys, multi-line plain or quoted scalars,
 * tabs, CR, control characters, deep nesting. A bailed file goes to the safe loader, which reports
 * problems with positions. Equivalence with the safe loader is checked by a differential test.
 */

const MAX_DEPTH = 60;
// Same set as the safe loader refuses (C0 except tab/LF/CR, DEL, C1, non-characters, lone surrogates), plus tab and CR.
const UNSAFE_SOURCE =
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const MAYBE_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/; // quick test; surrogates then checked precisely
/** A plain key we read ourselves: /^[A-Za-z_][A-Za-z0-9_.-]*$/ (checked with char codes: hot path). */
export function isKey(s: string, start = 0, end = s.length): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (!letter && (i === start || !((c >= 48 && c <= 57) || c === 45 || c === 46))) return false;
  }
  return true;
}
const NOT_STRING_KEYS = new Set([
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'null',
  'Null',
  'NULL',
  '__proto__',
  'constructor',
  'prototype',
]);
const INT = /^-?[0-9]+$/;
const FLOAT = /^-?[0-9]+\.[0-9]+$/;
// Other number forms of the YAML 1.2 core schema: left to the safe loader.
const OTHER_NUMBER =
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** Thrown to leave the parse from any depth; one instance, so no stack is captured per bail. */
class Bail extends Error {}
const BAIL = new Bail('the fast reader declines this text');

/**
 * Parse `source` (already decoded, BOM stripped); `undefined` when the safe loader must decide.
 * `mayHaveUnsafe: false` says the caller already scanned the text and found no control character,
 * surrogate or non-character (the scan is then skipped).
 */
export function fastParseYaml(source: string, mayHaveUnsafe = true): Record<string, unknown> | undefined {
  if (source.length === 0 || source.charCodeAt(source.length - 1) !== 10) return undefined;
  if (mayHaveUnsafe && MAYBE_UNSAFE.test(source) && UNSAFE_SOURCE.test(source)) return undefined;
  try {
    return new FastParser(source).document();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

function bail(): never {
  throw BAIL;
}

/**
 * Drop trailing ASCII spaces only. YAML's white space is space and tab (tabs never reach here);
 * JavaScript's trimEnd() would also strip U+00A0, U+3000, U+FEFF… which YAML keeps as content.
 */
function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

export const BLANK = -1;
export const COMMENT = -2;

/**
 * The text's lines (without the final empty one) and each line's indent, or BLANK (empty / spaces only)
 * or COMMENT: what the fast reader and the fast locator (fast-locate.ts) walk.
 */
export function classifyLines(source: string): { lines: string[]; ind: Int32Array } {
  const lines = source.split('\n');
  lines.pop(); // the text after the final newline is empty
  const ind = new Int32Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const n = indentOf(line);
    ind[k] = n === line.length ? BLANK : line.charCodeAt(n) === 35 ? COMMENT : n;
  }
  return { lines, ind };
}

class FastParser {
  private readonly lines: string[];
  /** Indent of each line, or BLANK (empty / spaces only) or COMMENT. */
  private readonly ind: Int32Array;
  private i = 0;
  private depth = 0;

  constructor(source: string) {
    ({ lines: this.lines, ind: this.ind } = classifyLines(source));
  }

  /** Replace the "- " of a sequence item by spaces, so its content reads as a block at column `c`. */
  private unwrapItem(c: number, rest: string): void {
    this.lines[this.i] = ' '.repeat(c) + rest;
    this.ind[this.i] = c;
  }

  document(): Record<string, unknown> {
    this.skip();
    if (this.i >= this.lines.length || this.ind[this.i] !== 0) bail();
    const data = this.map(0);
    this.skip();
    if (this.i < this.lines.length) bail();
    return data;
  }

  private skip(): void {
    while (this.i < this.lines.length && this.ind[this.i] < 0) this.i++;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) bail();
  }

  private map(indent: number): Record<string, unknown> {
    this.enter();
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skip();
      if (this.i >= this.lines.length) break;
      const line = this.lines[this.i];
      const ind = this.ind[this.i];
      if (ind < indent) break;
      if (ind > indent) bail();
      const colon = line.indexOf(':', ind);
      if (colon < 0) {
        if (line.charCodeAt(ind) === 45) break; // "- " at the same indent: a sequence that ends this map's parent value
        bail();
      }
      if (!isKey(line, ind, colon)) bail();
      const key = line.slice(ind, colon);
      if (NOT_STRING_KEYS.has(key) || Object.hasOwn(out, key)) bail();
      const after = colon + 1;
      if (after < line.length && line.charCodeAt(after) !== 32) bail();
      out[key] = this.value(line, after, indent, true);
    }
    this.depth--;
    return out;
  }

  private seq(indent: number): unknown[] {
    this.enter();
    const out: unknown[] = [];
    for (;;) {
      this.skip();
      if (this.i >= this.lines.length) break;
      const line = this.lines[this.i];
      const ind = this.ind[this.i];
      if (ind < indent) break;
      if (ind > indent) bail();
      if (line.charCodeAt(ind) !== 45) break; // not "-": the parent map goes on
      const next = line.charCodeAt(ind + 1);
      if (ind + 1 < line.length && next !== 32) bail();
      let c = ind + 1;
      while (line.charCodeAt(c) === 32) c++;
      if (c >= line.length || line.charCodeAt(c) === 35) {
        out.push(this.nested(indent, false));
        continue;
      }
      const rest = line.slice(c);
      if (rest.charCodeAt(0) === 45 && (rest.length === 1 || rest.charCodeAt(1) === 32)) {
        // "- - item": a sequence nested in place.
        this.unwrapItem(c, rest);
        out.push(this.seq(c));
        continue;
      }
      const colon = rest.indexOf(':');
      if (colon > 0 && isKey(rest, 0, colon) && (colon + 1 === rest.length || rest.charCodeAt(colon + 1) === 32)) {
        // "- key: value": a mapping that starts on the item's line.
        this.unwrapItem(c, rest);
        out.push(this.map(c));
        continue;
      }
      out.push(this.value(line, c - 1, indent, false));
    }
    this.depth--;
    return out;
  }

  /** The value after "key:" or "-" on the current line (from `from`), owned by a block at `indent`. */
  private value(line: string, from: number, indent: number, inMap: boolean): unknown {
    let s = from;
    while (line.charCodeAt(s) === 32) s++;
    if (s >= line.length || line.charCodeAt(s) === 35) return this.nested(indent, inMap);
    const c = line.charCodeAt(s);
    let value: unknown;
    switch (c) {
      case 34: // "
      case 39: {
        // '
        const { value: v, end } = c === 34 ? doubleQuoted(line, s) : singleQuoted(line, s);
        endOfLine(line, end);
        value = v;
        this.i++;
        break;
      }
      case 91: // [
      case 123: {
        // {
        const { value: v, end } = flow(line, s);
        endOfLine(line, end);
        value = v;
        this.i++;
        break;
      }
      case 124: // |
      case 62: // >
        return this.blockScalar(line, s, indent);
      default:
        value = plainInBlock(line.slice(s));
        this.i++;
    }
    this.noContinuation(indent);
    return value;
  }

  /** After a one-line value, a more indented line would continue it (or be an error): the safe loader decides. */
  private noContinuation(indent: number): void {
    let j = this.i;
    while (j < this.lines.length && this.ind[j] === BLANK) j++;
    if (j < this.lines.length && (this.ind[j] === COMMENT ? indentOf(this.lines[j]) : this.ind[j]) > indent) bail();
  }

  /** "key:" or "-" with nothing after it: a nested block on the next lines, or null. */
  private nested(indent: number, inMap: boolean): unknown {
    this.i++;
    this.skip();
    if (this.i >= this.lines.length) return null;
    const line = this.lines[this.i];
    const ind = this.ind[this.i];
    const isItem = line.charCodeAt(ind) === 45 && (ind + 1 === line.length || line.charCodeAt(ind + 1) === 32);
    if (ind > indent) return isItem ? this.seq(ind) : this.map(ind);
    if (ind === indent && inMap && isItem) return this.seq(ind);
    return null;
  }

  private blockScalar(line: string, s: number, indent: number): string {
    const header = trimSpaces(line.slice(s).replace(/ +#.*$/, ''));
    if (!/^[|>][-+]?$/.test(header)) bail();
    const folded = header[0] === '>';
    const chomp = header[1] ?? '';
    this.i++;
    const start = this.i;
    if (start >= this.lines.length || this.lines[start].length === 0) bail();
    const contentIndent = indentOf(this.lines[start]);
    if (contentIndent <= indent || contentIndent === this.lines[start].length) bail();
    const body: string[] = [];
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.length === 0) {
        body.push('');
        this.i++;
        continue;
      }
      const ind = indentOf(l);
      if (ind === l.length) bail(); // spaces-only line: exact folding rules left to the safe loader
      if (ind < contentIndent) break;
      const text = l.slice(contentIndent);
      if (text.charCodeAt(text.length - 1) === 32) bail();
      if (folded && text.charCodeAt(0) === 32) bail(); // more-indented line in a folded scalar
      body.push(text);
      this.i++;
    }
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text: string;
    if (folded) {
      text = '';
      let newlines = 0;
      let first = true;
      for (const l of body) {
        if (l === '') {
          newlines++;
          continue;
        }
        text = first ? l : text + (newlines > 0 ? '\n'.repeat(newlines) : ' ') + l;
        first = false;
        newlines = 0;
      }
    } else {
      text = body.join('\n');
    }
    if (chomp === '-') return text;
    if (chomp === '+') return `${text}\n${'\n'.repeat(trailing)}`;
    return `${text}\n`;
  }
}

/** Only spaces, or spaces then a comment, may follow a quoted scalar or a flow collection. */
function endOfLine(line: string, end: number): void {
  let k = end;
  while (line.charCodeAt(k) === 32) k++;
  if (k < line.length && !(line.charCodeAt(k) === 35 && k > end)) bail();
}

function plainInBlock(raw: string): unknown {
  const hash = raw.indexOf(' #');
  const text = trimSpaces(hash >= 0 ? raw.slice(0, hash) : raw);
  switch (text.charCodeAt(0)) {
    // Indicators that start something other than a plain scalar: & * ! % @ ` , ? : ] } #
    case 38:
    case 42:
    case 33:
    case 37:
    case 64:
    case 96:
    case 44:
    case 63:
    case 58:
    case 93:
    case 125:
    case 35:
      bail();
      break;
    case 45: // "-" alone or "- ": a sequence entry
      if (text.length === 1 || text.charCodeAt(1) === 32) bail();
      break;
    default:
      break;
  }
  if (text.includes(': ') || text.endsWith(':')) bail();
  return resolvePlain(text);
}

/** YAML 1.2 core schema for a plain scalar: the forms the safe loader gives the same way, else bail. */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    if (INT.test(text)) return parseInt(text, 10);
    if (FLOAT.test(text)) return parseFloat(text);
    if (OTHER_NUMBER.test(text)) bail();
    return text;
  }
  switch (text) {
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case 'null':
    case 'Null':
    case 'NULL':
    case '~':
      return null;
    default:
      return text;
  }
}

export function doubleQuoted(line: string, start: number): { value: string; end: number } {
  let out = '';
  let k = start + 1;
  for (;;) {
    let e = k;
    while (e < line.length && line.charCodeAt(e) !== 34 && line.charCodeAt(e) !== 92) e++;
    if (e >= line.length) bail(); // continues on the next line
    out += line.slice(k, e);
    if (line.charCodeAt(e) === 34) return { value: out, end: e + 1 };
    const x = line[e + 1];
    if (x === '\\' || x === '"' || x === '/') out += x;
    else if (x === 'n') out += '\n';
    else if (x === 't') out += '\t';
    else if (x === 'u') {
      const hex = line.slice(e + 2, e + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) bail();
      const code = parseInt(hex, 16);
      if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe) bail();
      out += String.fromCharCode(code);
      e += 4;
    } else bail();
    k = e + 2;
  }
}

export function singleQuoted(line: string, start: number): { value: string; end: number } {
  let out = '';
  let k = start + 1;
  for (;;) {
    const q = line.indexOf("'", k);
    if (q < 0) bail();
    out += line.slice(k, q);
    if (line.charCodeAt(q + 1) === 39) {
      out += "'";
      k = q + 2;
      continue;
    }
    return { value: out, end: q + 1 };
  }
}

/** A one-line flow sequence or mapping of scalars: `[a, b]`, `{ value: 0.5, unit: hour }`. */
function flow(line: string, start: number): { value: unknown; end: number } {
  const isMap = line.charCodeAt(start) === 123;
  const close = isMap ? 125 : 93;
  let k = start + 1;
  const ws = () => {
    while (line.charCodeAt(k) === 32) k++;
  };
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  ws();
  if (line.charCodeAt(k) === close) return { value: isMap ? map : items, end: k + 1 };
  for (;;) {
    ws();
    if (isMap) {
      const colon = line.indexOf(':', k);
      if (colon < 0) bail();
      const key = line.slice(k, colon);
      if (!isKey(key) || NOT_STRING_KEYS.has(key) || Object.hasOwn(map, key) || line.charCodeAt(colon + 1) !== 32)
        bail();
      k = colon + 1;
      ws();
      map[key] = flowScalar();
    } else {
      items.push(flowScalar());
    }
    ws();
    const ch = line.charCodeAt(k);
    if (ch === close) return { value: isMap ? map : items, end: k + 1 };
    if (ch !== 44) bail(); // ','
    k++;
  }

  function flowScalar(): unknown {
    const ch = line.charCodeAt(k);
    if (ch === 34 || ch === 39) {
      const { value, end } = ch === 34 ? doubleQuoted(line, k) : singleQuoted(line, k);
      k = end;
      return value;
    }
    let e = k;
    while (e < line.length) {
      const x = line.charCodeAt(e);
      if (x === 44 || x === 93 || x === 125) break;
      if (x === 58 || x === 35 || x === 91 || x === 123) bail(); // ':' '#' '[' '{'
      e++;
    }
    const text = trimSpaces(line.slice(k, e));
    if (text.length === 0 || '&*!%@`?-|>\'"'.includes(text[0])) bail();
    k = e;
    return resolvePlain(text);
  }
}
