import type { Model } from '../model/types.js';
import type { Manifest, Procedure, Role, UnitFile } from './types.js';
import type { SourceFile } from './read-file.js';
import type { Text } from '../text.js';

/** A controlled document: what policy, manual, objectives and procedures have in common. */
export interface ControlledDoc {
  code: string;
  title: string;
  issue: number;
  effectiveDate: string;
  approval: Procedure['approval'];
  revisions: Procedure['revisions'];
}

export interface Objectives extends ControlledDoc {
  year: number;
  objectives: Array<{
    objective: string;
    indicator: string;
    comparison?: string;
    target: number;
    unit: string;
    method: string;
    responsible?: string;
  }>;
}

/** TCVN ISO 9001:2015 documents that name roles: the risk register's owners, the process map's owners. */
export interface RiskRegister {
  items: Array<{ id: string; owner?: string }>;
}
export interface ProcessMap {
  processes: Array<{ id: string; owner: string }>;
}

/** What can be said of a procedure file even when its data is not schema-valid (for cross-file rules). */
export interface ProcedureRef {
  file: SourceFile;
  /** From the data when it is a string, else from the file name. */
  code: string;
  kind?: string;
  clause?: string;
  tthcId?: string;
  /** The unit withdrew it (bãi bỏ: `withdrawn` in the file): kept on file, not in force. */
  withdrawn?: boolean;
}

export interface Typed<T> {
  file: SourceFile;
  data: T;
}

/** Everything a rule may look at for one unit. Rules read only; the engine builds it. */
export interface UnitView {
  dir: string;
  /** YYYY-MM-DD: "today" for date-based rules. */
  asOf: string;
  files: SourceFile[];
  manifestFile?: SourceFile;
  /** The manifest when qms.yaml is schema-valid. */
  manifest?: Manifest;
  /** The model the unit follows (or the override), when it could be loaded. */
  model?: Model;
  /** Schema-valid files of each kind (procedures: those in force, not the withdrawn ones). */
  procedures: Array<Typed<Procedure>>;
  objectives: Array<Typed<Objectives>>;
  risks: Array<Typed<RiskRegister>>;
  processMaps: Array<Typed<ProcessMap>>;
  /** Policy, manual, objectives and procedures that are schema-valid. */
  documents: Array<Typed<ControlledDoc>>;
  /** Every procedure file that parsed, valid or not. */
  procedureRefs: ProcedureRef[];
  /** Roles of the manifest by id (empty without a valid manifest). */
  roles: Map<string, Role>;
  /** Why the unit's model could not be loaded, if it could not. */
  modelProblem?: { path: string; message: Text; hint?: Text };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function buildUnitView(dir: string, asOf: string, files: SourceFile[], model: Model | undefined): UnitView {
  const manifestFile = files.find((f) => f.kind === 'unit');
  const manifest = manifestFile?.schemaValid ? (manifestFile.data as Manifest) : undefined;
  const valid = <T>(kind: UnitFile['kind']) =>
    files.filter((f) => f.kind === kind && f.schemaValid).map((file) => ({ file, data: file.data as T }));
  // A withdrawn procedure (its TTHC moved to another level or was abolished) is kept as a record; it is no
  // longer applied, so no rule checks it against today's law, roles or forms (its schema still applies).
  const procedures = valid<Procedure>('procedure').filter((p) => p.data.withdrawn === undefined);
  const objectives = valid<Objectives>('objectives');
  const documents = [
    ...valid<ControlledDoc>('policy'),
    ...valid<ControlledDoc>('manual'),
    ...objectives,
    ...procedures,
  ];
  const procedureRefs: ProcedureRef[] = [];
  for (const file of files) {
    if (file.kind !== 'procedure') continue;
    const data = isRecord(file.data) ? file.data : {};
    const tthc = isRecord(data.tthc) ? data.tthc : {};
    procedureRefs.push({
      file,
      code:
        typeof data.code === 'string' ? data.code : file.relPath.replace(/^procedures\//, '').replace(/\.ya?ml$/, ''),
      kind: typeof data.kind === 'string' ? data.kind : undefined,
      clause: typeof data.clause === 'string' ? data.clause : undefined,
      tthcId: typeof tthc.id === 'string' ? tthc.id : undefined,
      ...(isRecord(data.withdrawn) ? { withdrawn: true } : {}),
    });
  }
  const roles = new Map((manifest?.roles ?? []).map((r) => [r.id, r]));
  return {
    dir,
    asOf,
    files,
    manifestFile,
    manifest,
    model,
    procedures,
    objectives,
    risks: valid<RiskRegister>('risks'),
    processMaps: valid<ProcessMap>('process-map'),
    documents,
    procedureRefs,
    roles,
  };
}
