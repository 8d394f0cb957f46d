import type { Procedure, UnitType } from '../unit/types.js';

export interface ModelMeta {
  id: string;
  version: string;
  title: string;
  releaseDate: string;
  issuer?: string;
  description?: string;
  unitTypes: UnitType[];
  changelog: Array<{ version: string; date: string; changes: string[] }>;
}

export interface UnitTypeDef {
  type: UnitType;
  title: string;
  roles: Array<{ id: string; title: string; prompt?: string; required?: boolean }>;
  systemProcedures: string[];
  exclusions: Array<{ clause: string; reason: string }>;
  groups: Array<{ id: string; title: string }>;
  tthc: Array<{ id: string; group: string }>;
}

/** A procedure of the model before it is given to a unit: no issue, dates, approval or revisions. */
export type ProcedureTemplate = Omit<Procedure, 'issue' | 'effectiveDate' | 'approval' | 'revisions'> & {
  level?: UnitType;
  source?: string[];
};

export interface LegalInstrument {
  number: string;
  type: string;
  date?: string;
  effectiveFrom?: string;
  issuer: string;
  title: string;
  supersededFrom?: string;
  supersededBy?: string[];
  amendedBy?: string[];
  note?: string;
  source?: string;
}

export interface DocumentTemplates {
  policy: Record<string, unknown>;
  objectives: Record<string, unknown>;
  manual: Record<string, unknown>;
}

export interface Model {
  dir: string;
  meta: ModelMeta;
  unitTypes: Partial<Record<UnitType, UnitTypeDef>>;
  /** TTHC templates by TTHC id. */
  tthc: Map<string, ProcedureTemplate>;
  /** System procedure templates by code. */
  system: Map<string, ProcedureTemplate>;
  documents: DocumentTemplates;
  legalRegister: LegalInstrument[];
}
