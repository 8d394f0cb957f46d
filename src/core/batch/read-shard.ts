import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import parser, { type Token } from 'stream-json/parser.js';
import { QmsError } from '../errors.js';
import { openRegularFile } from '../fs/read-text-file.js';
import { escapeForDisplay } from '../text.js';

/** What a command's `--merge` knows of its own results. */
export interface ResultKind {
  /** Where a unit's shape is wrong (`/files: must be integer`), or undefined. */
  checkUnit(unit: unknown): string | undefined;
  /** Whether the fields read before the units (kind, version, as qms writes them first) can be this kind. */
  kindOk(head: Record<string, unknown>): boolean;
  /** The error for a file that is not such a result; `problem` says where. */
  notAResult(file: string, problem?: string): QmsError;
}

/**
 * Read one `--merge` input (a JSON result of `qms validate` or `qms readiness`) a token at a time: each
 * unit is handed to `onUnit` as soon as it is whole and checked, then dropped; the result without its
 * units (`units: []`) is returned, for the caller to check. A shard of a national tree is hundreds of MB
 * of JSON: parsed whole it would take several times that in memory (and one V8 string cannot hold
 * ~512 MB). Every problem of the file (not JSON, another kind of result, a unit of the wrong shape) is
 * E_MERGE_INPUT naming `shown`; an error thrown by `onUnit` is passed on as it is.
 */
export async function readShard(
  path: string,
  shown: string,
  kind: ResultKind,
  onUnit: (unit: unknown) => void,
): Promise<unknown> {
  const opened = openRegularFile(path);
  if (!opened.ok) {
    const { message, hint } = opened.problem;
    const named = escapeForDisplay(shown);
    throw new QmsError('E_MERGE_INPUT', { vi: `${named}: ${message.vi}`, en: `${named}: ${message.en}` }, hint);
  }
  const file = createReadStream('', { fd: opened.fd });
  const tokens = file.pipe(parser.asStream({ streamValues: false }));
  let theirs = false;
  const handle = (unit: unknown) => {
    try {
      onUnit(unit);
    } catch (error) {
      theirs = true;
      throw error;
    }
  };
  try {
    return await assemble(tokens, shown, kind, handle);
  } catch (error) {
    if (error instanceof QmsError || theirs) throw error;
    throw kind.notAResult(shown, `not JSON: ${(error as Error).message}`);
  } finally {
    tokens.destroy();
    file.destroy(); // closes the file, also when a unit stopped the reading halfway
  }
}

/**
 * Build the result from the tokens, except its `units`: a value in that array gets an assembler of its
 * own, and the result's array stays empty.
 */
async function assemble(tokens: Readable, shown: string, kind: ResultKind, onUnit: (unit: unknown) => void) {
  const head = new Assembler();
  let units: unknown[] | undefined;
  let unit: Assembler | undefined;
  let index = 0;
  const done = () => {
    const problem = kind.checkUnit(unit!.current);
    if (problem) throw kind.notAResult(shown, `/units/${index}${problem.replace(/^\/$/, '')}`);
    onUnit(unit!.current);
    index++;
    unit = undefined;
  };
  for await (const token of tokens as AsyncIterable<Token>) {
    if (!unit && units && head.current === units && token.name !== 'endArray') unit = new Assembler();
    if (unit) {
      unit.consume(token);
      if (unit.done) done();
      continue;
    }
    head.consume(token);
    if (token.name === 'startArray' && head.depth === 2 && head.stack[1] === 'units') {
      units = head.current as unknown[];
      if (!kind.kindOk(head.stack[0] as Record<string, unknown>)) throw kind.notAResult(shown);
    }
  }
  if (!head.done) throw kind.notAResult(shown, 'not JSON');
  return head.current;
}
