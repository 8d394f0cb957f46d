import type { Instrument, Procedure, UnitType } from '../unit/types.js';

export interface ModelMeta {
  id: string;
  version: string;
  title: string;
  releaseDate: string;
  issuer?: string;
  description?: string;
  unitTypes: UnitType[];
  /** TCVN ISO 9001:2008 when absent (lines 1.x–2.x); TCVN ISO 9001:2015 for the 3.x line. */
  standard?: string;
  /** Unit types that no longer exist from a date (UBND cấp huyện from 01/07/2025): init refuses them. */
  endedUnitTypes?: Array<{ type: UnitType; from: string; reason: string; sources: string[] }>;
  /**
   * TTHC of the older line with no successor in this line because the law moved them away or abolished them
   * (3.x): `qms transition --apply` records the unit's procedure as withdrawn with this reason.
   */
  withdrawnTthc?: WithdrawnTthc[];
  changelog: Array<{ version: string; date: string; changes: string[] }>;
  /** An overlay release: the version it builds on (its folder holds only what changed). */
  extends?: string;
  /** TTHC template ids an overlay drops from the version it extends. */
  removed?: string[];
  /**
   * An overlay's correction of one citation in every template it inherits (legal basis and fee basis):
   * `from` (a number) is cited as `to` instead. One line in the release instead of a copy of each file.
   */
  citationsReplaced?: Array<{ from: string; to: Instrument }>;
}

export interface WithdrawnTthc {
  /** The older line's TTHC id. */
  id: string;
  /** YYYY-MM-DD: from when the law moved or abolished it. */
  from: string;
  reason: string;
  sources: string[];
}

export interface UnitTypeDef {
  type: UnitType;
  title: string;
  roles: Array<{ id: string; title: string; prompt?: string; required?: boolean }>;
  systemProcedures: string[];
  exclusions: Array<{ clause: string; reason: string }>;
  groups: Array<{ id: string; title: string }>;
  tthc: Array<{ id: string; group: string }>;
  /** false: the unit has no parent unit (a commune under two-level local government). Default: xa needs one. */
  parentRequired?: boolean;
}

/** A procedure of the model before it is given to a unit: no issue, dates, approval or revisions. */
export type ProcedureTemplate = Omit<Procedure, 'issue' | 'effectiveDate' | 'approval' | 'revisions'> & {
  level?: UnitType;
  source?: string[];
};

/**
 * A part of an instrument that lapses on its own date: the articles on one subject (NĐ 06/2012/NĐ-CP's
 * chứng thực articles ended with NĐ 79/2007/NĐ-CP on 10/04/2015, its hộ tịch articles on 01/01/2016).
 * A citation names the part it relies on (`legalBasis[].part`).
 */
/**
 * A supersession whose exact date is not verified, only its bounds: `[earliest, latest]`. Before
 * `earliest` the instrument (or part) is in force; from `earliest` until `latest` its status is unknown;
 * from `latest` it is superseded by `supersededBy` ("no later than `latest`"). Each bound is sourced in
 * the entry's `source`.
 */
export type SupersessionWindow = [earliest: string, latest: string];

export interface LegalPart {
  id: string;
  title: string;
  articles?: string;
  supersededFrom?: string;
  /** Superseded on a date known only within these bounds (instead of `supersededFrom`). */
  supersededBetween?: SupersessionWindow;
  supersededBy?: string[];
  /** `unknown`: the register does not know whether or when this part stopped applying. */
  status?: 'unknown';
  note?: string;
  source?: string | string[];
}

export interface LegalInstrument {
  number: string;
  type: string;
  date?: string;
  effectiveFrom?: string;
  issuer: string;
  title: string;
  /** The whole instrument lapses on this date (every part with it). */
  supersededFrom?: string;
  /** The whole instrument lapses on a date known only within these bounds (instead of `supersededFrom`). */
  supersededBetween?: SupersessionWindow;
  supersededBy?: string[];
  amendedBy?: string[];
  /** `unknown`: the register does not know whether the instrument is still in force; nothing may say it is. */
  status?: 'unknown';
  parts?: LegalPart[];
  note?: string;
  source?: string | string[];
}

export interface DocumentTemplates {
  policy: Record<string, unknown>;
  objectives: Record<string, unknown>;
  /** Absent from the TCVN ISO 9001:2015 line: a quality manual is no longer required. */
  manual?: Record<string, unknown>;
  /** TCVN ISO 9001:2015 documented information (models 3.x; qms transition scaffolds them too). */
  context?: Record<string, unknown>;
  risks?: Record<string, unknown>;
  'process-map'?: Record<string, unknown>;
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
