import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { schemasDir } from '../../paths.js';
import type { FileKind } from '../../unit/types.js';
import { SCHEMA_OF } from '../../unit/file-kinds.js';
import { AJV_OPTIONS, exportName, readSchemas, schemasHash } from './ajv-options.js';
import * as standalone from './standalone-validators.generated.js';

export type KnownKind = Exclude<FileKind, 'unknown'>;
export type SchemaError = ErrorObject;

let precompiled: boolean | undefined;
let ajv: InstanceType<typeof Ajv2020.default> | undefined;
const compiled = new Map<KnownKind, ValidateFunction>();

/**
 * The validator of one file kind: the precompiled one when the schema files are those it was
 * generated from, else compiled by ajv once per process (per worker thread), on first use.
 */
export function validatorFor(kind: KnownKind): ValidateFunction {
  let validate = compiled.get(kind);
  if (validate) return validate;
  const schemas = readSchemas(schemasDir);
  precompiled ??= schemasHash(schemas) === standalone.SCHEMAS_HASH;
  if (precompiled) {
    validate = (standalone as unknown as Record<string, ValidateFunction>)[exportName(kind)];
  } else {
    if (!ajv) {
      ajv = new Ajv2020.default({ ...AJV_OPTIONS });
      addFormats.default(ajv, { mode: 'full' });
      for (const s of schemas) ajv.addSchema(JSON.parse(s.text) as object);
    }
    validate = ajv.getSchema(`https://qms.local/schemas/${SCHEMA_OF[kind]}`);
    if (!validate) throw new Error(`schema for ${kind} not found`);
  }
  compiled.set(kind, validate);
  return validate;
}

/** Whether the precompiled validators are in use (false after a schema edit until regenerated). */
export function usesPrecompiledValidators(): boolean {
  return precompiled ?? schemasHash(readSchemas(schemasDir)) === standalone.SCHEMAS_HASH;
}
