import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../../fs/read-text-file.js';
import { parseYaml } from '../../yaml/parse-yaml.js';
import { validatorFor } from '../../validate/schema/validators.js';
import { toYamlFile } from '../../yaml/stringify-yaml.js';
import { planWrites, type WritePlan } from '../../write-files.js';
import type { AuditUnit } from '../unit-scope.js';
import type { ImportedAudit } from './build-audit.js';

/**
 * The findings file as YAML (with the editor modeline), checked against schemas/audit.schema.json,
 * and the plan to write it into the unit: a new file, or — only with `force` — over an existing one.
 */
export function planImport(
  unit: AuditUnit,
  imported: ImportedAudit,
  force: boolean,
): { plan: WritePlan; content: string } {
  const validate = validatorFor('audit');
  if (!validate(imported.audit)) {
    // Everything the schema checks was checked on the way in; failing here is a bug, not bad input.
    throw new Error(`imported audit does not match audit.schema.json: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
  const content = toYamlFile(imported.audit, 'audit.schema.json', join(unit.dir, imported.relPath));
  return {
    plan: planWrites(unit.dir, [{ relPath: imported.relPath, content }], force ? 'overwrite' : 'refuse', { force }),
    content,
  };
}

/**
 * The hash that identifies a filled checklist: SHA-256 of its text with line endings made LF (the
 * BOM is already gone), so the same file saved again by the same tool is recognised.
 */
export function contentHash(csvText: string): string {
  return createHash('sha256').update(csvText.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}

/** The audits/ file that was imported from a checklist with this hash, if any. */
export function findImported(unitDir: string, sha256: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(join(unitDir, 'audits')).sort();
  } catch {
    return undefined;
  }
  for (const name of names) {
    if (!/\.ya?ml$/i.test(name)) continue;
    const read = readTextFile(join(unitDir, 'audits', name));
    if (!read.ok || !read.text.includes(sha256)) continue; // cheap test before parsing
    const data = parseYaml(read.text).data as { imported?: { sha256?: unknown } } | undefined;
    if (data?.imported?.sha256 === sha256) return `audits/${name}`;
  }
  return undefined;
}
