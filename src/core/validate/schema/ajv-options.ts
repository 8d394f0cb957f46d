import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_OF } from '../../unit/file-kinds.js';

/** The schemas of a unit folder's files (they $ref only each other). */
export const UNIT_SCHEMAS = Object.values(SCHEMA_OF);

/** Ajv options as reliability.md §8 requires: strict, all errors, no coercion, no defaults. */
export const AJV_OPTIONS = {
  strict: true,
  strictTypes: true,
  strictTuples: true,
  strictRequired: true,
  allErrors: true,
  $data: false,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  verbose: false,
} as const;

export function readSchemas(dir: string): Array<{ file: string; text: string }> {
  return UNIT_SCHEMAS.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** A hash of the schema files: the precompiled validators are used only when it matches. */
export function schemasHash(schemas: Array<{ file: string; text: string }>): string {
  const hash = createHash('sha1');
  for (const s of schemas) hash.update(`${s.file}\0${s.text}\0`);
  return hash.digest('hex');
}

/** The name a kind's precompiled validator is exported under: an identifier (process-map → processMap). */
export function exportName(kind: string): string {
  return kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
