import { isDeepStrictEqual } from 'node:util';
import { QmsError } from '../errors.js';
import { readTextFile } from '../fs/read-text-file.js';
import { text } from '../text.js';
import { positionDifference } from './fast-locate.js';
import { fastParseYaml } from './fast-yaml.js';
import { parseYaml, type ParsedYaml, type YamlProblem } from './parse-yaml.js';

/** What a YAML text reads as. */
export interface YamlRead {
  /** The data, when the text parsed without any YAML problem. */
  data: unknown;
  problems: YamlProblem[];
  /** The safe loader's result, when it was needed (the fast reader declined the text). */
  parsed?: ParsedYaml;
}

export interface ReadYamlOptions {
  /**
   * False when the caller already scanned the text and found no control character, surrogate or
   * non-character (the fast reader then skips its own scan).
   */
  special?: boolean;
  /** The file, for the message when QMS_YAML_CHECK finds a difference. */
  name?: string;
}

/**
 * QMS_YAML_CHECK=1: every text the fast reader takes is parsed by the safe loader too, and any
 * difference is an internal error. A diagnostic switch (like NODE_DEBUG), read once; the test suite
 * runs the same comparison over every shipped file through `yamlDifference`.
 */
const CHECK = process.env.QMS_YAML_CHECK === '1';

/**
 * The one way a YAML text becomes data: the fast reader for the common clean file, the safe loader
 * (src/core/yaml/parse-yaml.ts) for anything the fast reader declines, which also gives the problems
 * with their positions. Both give the same data for every text the fast reader takes.
 */
export function readYaml(source: string, options: ReadYamlOptions = {}): YamlRead {
  const fast = fastParseYaml(source, options.special ?? true);
  if (fast !== undefined) {
    if (CHECK) {
      const difference = yamlDifference(source);
      if (difference) throw new Error(`QMS_YAML_CHECK: ${options.name ?? 'a YAML text'}: ${difference}`);
    }
    return { data: fast, problems: [] };
  }
  const parsed = parseYaml(source);
  const data = parsed.problems.length === 0 ? parsed.data : undefined;
  return { data, problems: parsed.problems, parsed };
}

/**
 * Why the fast reader and the safe loader disagree on `source` (in the data, or in where a node is:
 * the positions findings are reported at), or undefined when they agree (or the fast reader declines
 * it, which leaves the safe loader to decide).
 */
export function yamlDifference(source: string): string | undefined {
  const fast = fastParseYaml(source);
  if (fast === undefined) return undefined;
  const safe = parseYaml(source);
  if (safe.problems.length > 0) {
    const p = safe.problems[0];
    return `the fast reader took a text the safe loader rejects (${p.code} at ${p.line}:${p.col})`;
  }
  if (!isDeepStrictEqual(fast, safe.data)) {
    return `the fast reader reads ${JSON.stringify(fast)}, the safe loader ${JSON.stringify(safe.data)}`;
  }
  return positionDifference(source, fast, safe);
}

/** A YAML file the tool ships or trusts only after the same checks as user files; any problem throws. */
export function readYamlOrThrow<T>(file: string, code = 'E_MODEL_FILE'): T {
  const read = readTextFile(file);
  if (!read.ok) {
    throw new QmsError(
      code,
      text(`${file}: ${read.problem.message.vi}`, `${file}: ${read.problem.message.en}`),
      read.problem.hint,
      2,
      { file },
    );
  }
  const { data, problems } = readYaml(read.text, { name: file });
  const first = problems[0];
  if (first || data === undefined) {
    const where = first ? `${file}:${first.line}:${first.col}` : file;
    throw new QmsError(
      code,
      text(`${where}: ${first?.message.vi ?? 'tệp trống'}`, `${where}: ${first?.message.en ?? 'empty file'}`),
      first?.hint,
      2,
      { file, line: first?.line, col: first?.col },
    );
  }
  return data as T;
}
