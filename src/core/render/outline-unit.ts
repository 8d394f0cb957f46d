import { createHash } from 'node:crypto';
import { QmsError } from '../errors.js';
import { escapeForDisplay, text } from '../text.js';
import { isObject, listUnitFiles } from '../unit/load-unit.js';
import { parseSource, readSource, type SourceFile } from '../unit/read-file.js';
import type { Manifest, Unit, UnitFile } from '../unit/types.js';
import type { Data } from '../unit/read-data.js';
import type { WholeData } from './planned-doc.js';

/**
 * What the documents made from the whole unit read of each procedure: the registers (code, title, issue,
 * effective date, withdrawal, legal basis), the decisions and reports that list documents (kind, revisions),
 * the form codes they print (forms), and whether it has one-stop forms (tthc). The rest of a procedure
 * (purpose, steps, dossier, fees, records, approval… most of it) is read again when its own documents are made.
 */
const SUMMARY = [
  'code',
  'title',
  'kind',
  'issue',
  'effectiveDate',
  'withdrawn',
  'revisions',
  'legalBasis',
  'forms',
  'tthc',
] as const;

/** A unit as `qms build` plans it, and the whole data of a procedure when its documents are made. */
export interface OutlinedUnit {
  /** Every YAML file (path, kind, read problem, digest) without its text; a procedure's data is its summary. */
  unit: Unit;
  /** A procedure's whole data, its file read again (the same bytes, or E_CHANGED); any other file's data. */
  whole: WholeData;
}

/**
 * Read a unit to build it without holding it (issue 16: a unit of 10,000 procedures is ~120 MB of YAML and
 * several times that parsed). Each file is read and parsed once, one at a time, and kept as a summary:
 * every file but a procedure keeps its data (a unit has a few of them), a procedure only what the documents
 * made from the whole unit read of it (SUMMARY). Each file keeps the digest of its bytes: a file read again
 * (to check the unit, or to make a procedure's documents) must be the one planned from.
 */
export function outlineUnit(dir: string): OutlinedUnit {
  const shared = new Sharing();
  const files = listUnitFiles(dir).files.map((relPath) => outlineFile(dir, relPath, shared));
  const unit: Unit = { dir, files };
  const manifest = files.find((f) => f.kind === 'unit')?.data;
  if (isObject(manifest)) unit.manifest = manifest as unknown as Manifest;
  return { unit, whole: readsAgain(dir) };
}

/**
 * A procedure's whole data, its file read again. A procedure's documents are made one after another (its own
 * in each format, then its five one-stop forms): the last file read serves them all. Made apart from
 * outlineUnit, so that the build does not keep what outlining shared (every distinct string of the unit).
 */
function readsAgain(dir: string): WholeData {
  let last: { file: UnitFile; data: unknown } | undefined;
  return (file) => {
    if (file.kind !== 'procedure' || file.data === undefined) return file.data;
    if (last?.file !== file) last = { file, data: readAgain(dir, file) };
    return last.data;
  };
}

/** No YAML problem: one empty list for every file outlined without any (most of them). */
const NO_PROBLEMS: SourceFile['yamlProblems'] = Object.freeze([]) as unknown as SourceFile['yamlProblems'];

function outlineFile(dir: string, relPath: string, shared: Sharing): SourceFile {
  const file = readSource(dir, relPath);
  const digest = file.bytes ? digestOf(file.bytes) : undefined;
  file.bytes = undefined;
  parseSource(file);
  // A copy: the strings of parsed data are often slices of the file's text, which they would keep alive.
  let data = file.data;
  if (data !== undefined) {
    const procedure = file.kind === 'procedure' && isObject(data);
    data = procedure ? shared.summary(structuredClone(summaryOf(data as Data))) : shared.value(structuredClone(data));
  }
  // A new object of only what planning and the check read (no text, bytes or parse tree, not even as empty
  // properties): one shape for every file.
  return {
    relPath: file.relPath,
    path: file.path,
    kind: file.kind,
    readProblem: file.readProblem,
    digest,
    data,
    yamlProblems: file.yamlProblems.length > 0 ? file.yamlProblems : NO_PROBLEMS,
    fast: file.fast,
    schemaValid: file.schemaValid,
    special: file.special,
  };
}

/**
 * What the procedures of a unit have in common, held once: each string equal to one seen before is that one
 * (the procedures of a unit cite the same instruments, name the same fields, authorities and forms); and
 * the parts of a summary that are often equal from one procedure to the next (SHARED_WHOLE: the instruments
 * cited, the revisions, the TTHC) are one object when equal. Nothing reads a summary to change it.
 */
class Sharing {
  private readonly strings = new Map<string, string>();
  private readonly wholes = new Map<string, unknown>();

  /** The value with each string replaced by the first equal one seen in the unit. */
  value(value: unknown): unknown {
    if (typeof value === 'string') {
      const seen = this.strings.get(value);
      if (seen !== undefined) return seen;
      this.strings.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.value(value[i]);
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) value[key] = this.value(value[key]);
    }
    return value;
  }

  /** A procedure's summary, its strings shared and its often-equal parts (and their items) shared whole. */
  summary(data: Data): Data {
    this.value(data);
    for (const key of SHARED_WHOLE) {
      const part = data[key];
      if (Array.isArray(part)) for (let i = 0; i < part.length; i++) part[i] = this.whole(part[i]);
      if (part !== undefined) data[key] = this.whole(part);
    }
    return data;
  }

  private whole(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || !isJson(value)) return value;
    const key = JSON.stringify(value);
    const seen = this.wholes.get(key);
    if (seen !== undefined) return seen;
    this.wholes.set(key, value);
    return value;
  }
}

/** Data JSON writes exactly (its text tells equal values apart): no dates, no NaN, no other objects. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJson);
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isJson);
}

/** The parts of a procedure's summary often equal from one procedure to another (see Sharing). */
const SHARED_WHOLE = ['legalBasis', 'revisions', 'tthc'] as const;

function summaryOf(data: Data): Data {
  const summary: Data = {};
  for (const key of SUMMARY) if (key in data) summary[key] = data[key];
  return summary;
}

/** SHA-1 of a file's bytes: enough to tell that it changed, not a security boundary. */
export function digestOf(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/**
 * The file read again is the file outlined (`digest`), or the build stops: a procedure edited while its unit
 * is built would be rendered from data the check never saw, or disagree with the registers made before it.
 */
export function assertUnchanged(file: SourceFile, digest: string | undefined): void {
  if (digest === undefined) return;
  if (file.bytes !== undefined && digestOf(file.bytes) === digest) return;
  throw new QmsError(
    'E_CHANGED',
    text(
      `${escapeForDisplay(file.relPath, 200)} đã thay đổi trong khi đang dựng tài liệu của đơn vị`,
      `${escapeForDisplay(file.relPath, 200)} changed while the unit's documents were being built`,
    ),
    text(
      'Chạy lại qms build khi không còn ai sửa tệp của đơn vị; các tài liệu đã ghi vẫn đúng với dữ liệu trước đó.',
      "Run qms build again once nobody is editing the unit's files; documents already written match the data before the change.",
    ),
    2,
    { file: file.path },
  );
}

function readAgain(dir: string, outlined: UnitFile): unknown {
  const file = readSource(dir, outlined.relPath);
  assertUnchanged(file, outlined.digest);
  file.bytes = undefined;
  return parseSource(file).data;
}
