import type { UnitView } from '../../validate/engine/unit-view.js';
import type { SourceFile } from '../../validate/load/load-source.js';
import type { Audit } from './types.js';

/** The unit's audits/*.yaml that match their schema, for the audit rules (QMS040–QMS042). */
export function auditFiles(unit: UnitView): Array<{ file: SourceFile; data: Audit }> {
  return unit.files
    .filter((f) => f.kind === 'audit' && f.schemaValid)
    .map((file) => ({ file, data: file.data as Audit }));
}
