import { join } from 'node:path';
import { readTextFile, type ReadProblem } from '../fs/read-text-file.js';
import { kindOf } from './file-kinds.js';
import type { FileKind } from './types.js';
import { parseYaml, type ParsedYaml, type YamlProblem } from '../yaml/parse-yaml.js';
import { readYaml } from '../yaml/read-yaml.js';

/** One YAML file of a unit, as every command sees it (read once by `loadUnit`). */
export interface SourceFile {
  /** Path relative to the unit folder, forward slashes. */
  relPath: string;
  path: string;
  kind: FileKind;
  text?: string;
  bytes?: Buffer;
  readProblem?: ReadProblem;
  /** The digest of the bytes read, when the reader keeps it (qms build reads a file again: outline-unit.ts). */
  digest?: string;
  /** The data, when the file parsed without any YAML problem. */
  data?: unknown;
  yamlProblems: YamlProblem[];
  /** The safe loader's result (document + line counter), computed only when positions are needed. */
  parsed?: ParsedYaml;
  /** True when the fast reader took the text: positions then come from its line walk (fast-locate.ts). */
  fast?: boolean;
  /** Set by the schema layer. */
  schemaValid: boolean;
  /**
   * False when the text has none of the characters some check must look at (controls, surrogates,
   * non-characters, combining marks, invisible and bidi characters): one scan serves them all.
   */
  special?: boolean;
}

const SPECIAL =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- control characters are what this matches
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u0300-\u036f\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u20d0-\u20ff\ud800-\udfff\ufe20-\ufe2f\ufeff\ufffe\uffff]/;

/** Read and parse one file of a unit (src/core/yaml/read-yaml.ts chooses the reader). */
export function loadSource(dir: string, relPath: string): SourceFile {
  return parseSource(readSource(dir, relPath));
}

/** Read a file (never through a link, never a FIFO, at most 1 MiB, strict UTF-8) without parsing it. */
export function readSource(dir: string, relPath: string): SourceFile {
  const path = join(dir, relPath);
  const file: SourceFile = { relPath, path, kind: kindOf(relPath), yamlProblems: [], schemaValid: false };
  const read = readTextFile(path);
  if (!read.ok) file.readProblem = read.problem;
  else {
    file.text = read.text;
    file.bytes = read.bytes;
  }
  return file;
}

export function parseSource(file: SourceFile): SourceFile {
  if (file.text === undefined) return file;
  file.special = SPECIAL.test(file.text);
  const read = readYaml(file.text, { special: file.special, name: file.path });
  file.parsed = read.parsed;
  file.fast = read.parsed === undefined;
  file.yamlProblems = read.problems;
  if (read.data !== undefined) file.data = read.data;
  return file;
}

/** The safe loader's document for positions (parsed once, on demand). */
export function parsedOf(file: SourceFile): ParsedYaml | undefined {
  if (!file.parsed && file.text !== undefined) file.parsed = parseYaml(file.text);
  return file.parsed;
}
