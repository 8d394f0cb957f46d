import { join } from 'node:path';
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
