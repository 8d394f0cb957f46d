import type { SourceFile } from '../unit/read-file.js';
import type { Audit } from '../unit/audit-types.js';
import type { FileKind, Procedure } from '../unit/types.js';
import {
  isRecord,
  type ControlledDoc,
  type Objectives,
  type ProcessMap,
  type RiskRegister,
} from '../unit/unit-view.js';
import { keep } from './rule.js';
import { withdrawnOn } from '../unit/withdrawal.js';

/** A file's data typed by its kind, when the file is of that kind and follows its schema. */
function validOf<T>(kind: FileKind): (file: SourceFile) => T | undefined {
  return (file) => (file.kind === kind && file.schemaValid ? (file.data as T) : undefined);
}

/**
 * A procedure in force on `asOf` (validate --as-of): one withdrawn by then (bãi bỏ: its TTHC moved to another
 * level or was abolished) is kept as a record but no longer applied, so no rule checks it against the law, roles
 * or forms of that day (its schema still applies); one withdrawn later was still applied then and is checked.
 */
export function procedureOf(file: SourceFile, asOf: string): Procedure | undefined {
  const procedure = validOf<Procedure>('procedure')(file);
  return procedure && !withdrawnOn(procedure, asOf) ? procedure : undefined;
}
export const objectivesOf = validOf<Objectives>('objectives');
export const risksOf = validOf<RiskRegister>('risks');
export const processMapOf = validOf<ProcessMap>('process-map');
export const auditOf = validOf<Audit>('audit');

const DOCUMENT_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['policy', 'manual', 'objectives', 'procedure']);

/** Policy, manual, objectives or procedure (in force on `asOf`) that follows its schema: a controlled document. */
export function documentOf(file: SourceFile, asOf: string): ControlledDoc | undefined {
  if (file.kind === 'procedure') return procedureOf(file, asOf);
  return DOCUMENT_KINDS.has(file.kind) && file.schemaValid ? (file.data as ControlledDoc) : undefined;
}

/** What cross-file rules keep of a procedure file, valid or not (copies: nothing of the file's text). */
export interface ProcedureRef {
  relPath: string;
  /** From the data when it is a string, else from the file name. */
  code: string;
  kind?: string;
  clause?: string;
  tthcId?: string;
  /** False when the file did not parse (no data). */
  parsed: boolean;
  /** The unit had withdrawn it by `asOf` (bãi bỏ: `withdrawn` in the file): kept on file, not in force. */
  withdrawn: boolean;
}

/** The summary of a procedure file that parsed or not; undefined for a file of another kind. */
export function procedureRef(file: SourceFile, asOf: string): ProcedureRef | undefined {
  if (file.kind !== 'procedure') return undefined;
  const data = isRecord(file.data) ? file.data : {};
  const tthc = isRecord(data.tthc) ? data.tthc : {};
  const str = (v: unknown) => (typeof v === 'string' ? keep(v) : undefined);
  return {
    relPath: file.relPath,
    code: str(data.code) ?? file.relPath.replace(/^procedures\//, '').replace(/\.ya?ml$/, ''),
    kind: str(data.kind),
    clause: str(data.clause),
    tthcId: str(tthc.id),
    parsed: file.data !== undefined,
    withdrawn: withdrawnOn(data, asOf) !== undefined,
  };
}
