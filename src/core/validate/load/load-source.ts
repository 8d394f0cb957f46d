import { join } from 'node:path';
import { readTextFile, type ReadProblem } from '../../fs/read-text-file.js';
import { kindOf } from '../../unit/file-kinds.js';
import type { FileKind } from '../../unit/types.js';
import { parseYaml, type ParsedYaml, type YamlProblem } from '../../yaml/parse-yaml.js';
import { fastParseYaml } from '../../yaml/fast-yaml.js';

/** One YAML file of a unit as the validator sees it. */
export interface SourceFile {
  /** Path relative to the unit folder, forward slashes. */
  relPath: string;
  path: string;
  kind: FileKind;
  text?: string;
  bytes?: Buffer;
  readProblem?: ReadProblem;
  /** The data, when the file parsed without any YAML problem. */
  data?: unknown;
  yamlProblems: YamlProblem[];
  /** The safe loader's result (document + line counter), computed only when positions are needed. */
  parsed?: ParsedYaml;
  /** Set by the schema layer. */
  schemaValid: boolean;
  /**
   * False when the text has none of the characters some check must look at (controls, surrogates,
   * non-characters, combining marks, invisible and bidi characters): one scan serves them all.
   */
  special?: boolean;
}

// eslint-disable-next-line no-control-regex
const SPECIAL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u0300-\u036f\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u20d0-\u20ff\ud800-\udfff\ufe20-\ufe2f\ufeff\ufffe\uffff]/;

/**
 * Read and parse one file: the fast reader for the common clean file, the safe loader for anything
 * it does not take (which then also gives the problems with their positions).
 */
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
  const fast = fastParseYaml(file.text, file.special);
  if (fast !== undefined) {
    file.data = fast;
    return file;
  }
  const parsed = parseYaml(file.text);
  file.parsed = parsed;
  file.yamlProblems = parsed.problems;
  if (parsed.problems.length === 0 && parsed.data !== undefined) file.data = parsed.data;
  return file;
}

/** The safe loader's document for positions (parsed once, on demand). */
export function parsedOf(file: SourceFile): ParsedYaml | undefined {
  if (!file.parsed && file.text !== undefined) file.parsed = parseYaml(file.text);
  return file.parsed;
}
