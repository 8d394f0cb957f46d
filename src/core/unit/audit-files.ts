import type { UnitView } from './unit-view.js';
import type { SourceFile } from './read-file.js';
import type { Audit } from './audit-types.js';

/** The unit's audits/*.yaml that match their schema, for the audit rules (QMS040–QMS042). */
export function auditFiles(unit: UnitView): Array<{ file: SourceFile; data: Audit }> {
  return unit.files
    .filter((f) => f.kind === 'audit' && f.schemaValid)
    .map((file) => ({ file, data: file.data as Audit }));
}
