import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { schemasDir } from '../../paths.js';
import { SCHEMA_OF } from '../../unit/file-kinds.js';
import type { FileKind } from '../../unit/types.js';

export type KnownKind = Exclude<FileKind, 'unknown'>;

/** The schemas a unit folder's files follow, and those they $ref. */
const UNIT_SCHEMAS = Object.values(SCHEMA_OF);

let ajv: InstanceType<typeof Ajv2020.default> | undefined;
const compiled = new Map<KnownKind, ValidateFunction>();

/**
 * The validator of one file kind. Ajv is created and each schema compiled once per process (per
 * worker thread), on first use: a run whose units all come from the cache never loads ajv's work.
 * Options as reliability.md §8 requires: strict, all errors, no coercion, no defaults.
 */
export function validatorFor(kind: KnownKind, dir = schemasDir): ValidateFunction {
  let validate = compiled.get(kind);
  if (validate) return validate;
  if (!ajv) {
    ajv = new Ajv2020.default({
      strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true, $data: false,
      coerceTypes: false, useDefaults: false, removeAdditional: false, verbose: false,
    });
    addFormats.default(ajv, { mode: 'full' });
    for (const file of UNIT_SCHEMAS) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object);
  }
  const id = `https://qms.local/schemas/${SCHEMA_OF[kind]}`;
  validate = ajv.getSchema(id);
  if (!validate) throw new Error(`schema ${id} not found`);
  compiled.set(kind, validate);
  return validate;
}

export type SchemaError = ErrorObject;
