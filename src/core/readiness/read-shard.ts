import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import parser, { type Token } from 'stream-json/parser.js';
import { QmsError } from '../errors.js';
import { openRegularFile } from '../fs/read-text-file.js';
import { shapeChecker } from '../json-shape.js';
import { escapeForDisplay } from '../text.js';
import { asReadinessReport, notReadinessResult, READINESS_SCHEMA_VERSION, type ReadinessReport } from './report.js';
import { READINESS_UNIT_SHAPE } from './report-shape.js';
import type { UnitReadiness } from './types.js';

const checkUnit = shapeChecker(READINESS_UNIT_SHAPE);

/**
 * Read one `--merge` input (a readiness JSON result) a token at a time: each unit is handed to `onUnit`
 * as soon as it is whole, checked for the shape `--merge` reads, and then dropped; the result without
 * its units is returned, checked too. A shard of a national tree is hundreds of MB of JSON: parsed
 * whole it would take several times that in memory (and one V8 string cannot hold ~512 MB).
 * Every problem (not JSON, another kind of result, a unit of the wrong shape) is E_MERGE_INPUT naming `shown`.
 */
export async function readReadinessShard(
  path: string,
  shown: string,
  onUnit: (unit: UnitReadiness) => void,
): Promise<ReadinessReport> {
  const opened = openRegularFile(path);
  if (!opened.ok) {
    const { message, hint } = opened.problem;
    const named = escapeForDisplay(shown);
    throw new QmsError('E_MERGE_INPUT', { vi: `${named}: ${message.vi}`, en: `${named}: ${message.en}` }, hint);
  }
  const file = createReadStream('', { fd: opened.fd });
  const tokens = file.pipe(parser.asStream({ streamValues: false }));
  // An error of the caller's (writing its spool) is its own; any other is the file's (the parser's).
  let theirs = false;
  const handle = (unit: UnitReadiness) => {
    try {
      onUnit(unit);
    } catch (error) {
      theirs = true;
      throw error;
    }
  };
  try {
    return await assemble(tokens, shown, handle);
  } catch (error) {
    if (error instanceof QmsError || theirs) throw error;
    throw notReadinessResult(shown, `not JSON: ${(error as Error).message}`);
  } finally {
    tokens.destroy();
    file.destroy(); // closes the file, also when a unit stopped the reading halfway
  }
}

/**
 * Build the result from the tokens, except its `units`: a value in that array gets an assembler of its
 * own, and the result's array stays empty.
 */
async function assemble(tokens: Readable, shown: string, onUnit: (unit: UnitReadiness) => void) {
  const head = new Assembler();
  let units: unknown[] | undefined;
  let unit: Assembler | undefined;
  let index = 0;
  const done = () => {
    const problem = checkUnit(unit!.current);
    if (problem) throw notReadinessResult(shown, `/units/${index}${problem.replace(/^\/$/, '')}`);
    onUnit(unit!.current as UnitReadiness);
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
      checkKind(head.stack[0], shown);
    }
  }
  if (!head.done) throw notReadinessResult(shown, 'not JSON');
  return asReadinessReport(head.current, shown);
}

/** The kind and version, when they come before the units (as qms writes them): a wrong file stops at once. */
function checkKind(result: unknown, shown: string): void {
  const r = result as { kind?: unknown; schemaVersion?: unknown };
  if (('kind' in r && r.kind !== 'readiness') || ('schemaVersion' in r && r.schemaVersion !== READINESS_SCHEMA_VERSION))
    throw notReadinessResult(shown);
}
