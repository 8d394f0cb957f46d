import type { SourceFile } from './read-file.js';

export type UnitType = 'so' | 'huyen' | 'xa';
export const UNIT_TYPES: UnitType[] = ['so', 'huyen', 'xa'];

export interface Role {
  id: string;
  title: string;
  people: string[];
}

export interface Decision {
  number: string;
  date: string;
  signer?: string;
  note?: string;
}

export interface Milestones {
  steeringCommittee?: Decision & { members?: Array<{ name: string; title: string; duty: string }> };
  buildPlan?: {
    number: string;
    date: string;
    signer?: string;
    stages: Array<{ name: string; start: string; end: string; owner: string; output?: string }>;
  };
  managementRepresentative?: Decision;
  training?: Array<{ date: string; topic: string; provider?: string; participants?: number; auditors?: string[] }>;
  documentsIssued?: Decision;
  applicationStart?: string;
  /** The former single certificate (read as `certificates: [certification]`; history.ts joins them). */
  certification?: Certificate;
  certificates?: Certificate[];
  /** The former single announcement (read as `announcements: [announcement]`). */
  announcement?: Announcement;
  announcements?: Announcement[];
  reports?: YearlyReport[];
  inspections?: Inspection[];
}

/** `TCVN ISO 9001:2008` unless the record says otherwise. */
export type Standard = 'TCVN ISO 9001:2008' | 'TCVN ISO 9001:2015';

/** A certificate of conformity (certification regime, until 17/05/2014). */
export interface Certificate {
  number: string;
  body: string;
  /** Id in data/certification-bodies.yaml. */
  bodyId?: string;
  standard?: Standard;
  scope?: string;
  date: string;
  expires: string;
  surveillance?: string[];
  /** The certification audit: its nonconformities and the day the body accepted their correction. */
  externalAudit?: { date: string; nonconformities: number; closed?: string };
}

/** A decision announcing (or re-announcing) the QMS (QĐ 19/2014/QĐ-TTg). */
export interface Announcement {
  number: string;
  date: string;
  standard?: Standard;
  reason?: 'initial' | 'extended' | 'adjusted' | 'narrowed';
  /** Procedure codes; absent = every procedure in force on `date`. */
  scope?: string[];
  signer?: string;
  posted?: string;
  sentTo?: string;
  sentDate?: string;
}

/** The yearly report on building, applying, maintaining and improving the QMS, to the Sở KH&CN. */
export interface YearlyReport {
  year: number;
  number: string;
  date: string;
  sentTo?: string;
  sentDate?: string;
  signer?: string;
}

/** An inspection of the QMS by the competent body, with its findings. */
export interface Inspection {
  date: string;
  body: string;
  number?: string;
  findings: Array<{
    id: string;
    description: string;
    procedure?: string;
    due?: string;
    closed?: string;
    action?: string;
  }>;
}

export interface Waiver {
  rule: string;
  file?: string;
  path?: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

export interface Manifest {
  id: string;
  name: string;
  type: UnitType;
  superior?: string;
  parent?: { id: string; name: string };
  city?: string;
  /** Địa danh on the unit's administrative documents (default: derived from the name or the city). */
  place?: string;
  address?: string;
  phone?: string;
  model: { id: string; version: string };
  /** The standard applied: TCVN ISO 9001:2008 (when absent) or TCVN ISO 9001:2015. */
  standard?: string;
  /** The move from TCVN ISO 9001:2008 to 2015 (qms transition --apply). */
  transition?: { from: string; to: string; date: string; note?: string };
  roles: Role[];
  exclusions?: Array<{ clause: string; reason: string }>;
  tthcExclusions?: Array<{ tthc: string; reason: string }>;
  milestones?: Milestones;
  /** The unit's own days off (no internal audit is planned on them). */
  daysOff?: Array<{ date: string; reason: string }>;
  waivers?: Waiver[];
}

export interface Duration {
  value: number;
  unit: 'hour' | 'working_day' | 'day';
}

export interface Instrument {
  type: string;
  number: string;
  date?: string;
  issuer: string;
  title: string;
  articles?: string;
  /** The part of the instrument relied on, by the id the model's legal register gives it (e.g. `ho-tich`). */
  part?: string;
}

/** A body outside the unit (Chi cục Thuế, Văn phòng đăng ký đất đai, another level's office) in a liên thông procedure. */
export interface Agency {
  id: string;
  name: string;
  task?: string;
}

export interface Signer {
  name: string;
  title: string;
  date: string;
}

/** Why and from when a procedure is no longer applied (its TTHC moved away or was abolished). */
export interface Withdrawal {
  /** YYYY-MM-DD: the day the unit stopped applying it. */
  date: string;
  reason: string;
  /** Where the reason comes from (the model's withdrawnTthc sources, or the model version that replaced it). */
  sources?: string[];
}

export type UncheckedSection = 'requirements' | 'dossier' | 'fees' | 'steps' | 'result' | 'legalBasis';

export interface Procedure {
  code: string;
  title: string;
  kind: 'system' | 'operational';
  clause?: string;
  tthc?: {
    id: string;
    field: string;
    nationalCode?: string;
    authority?: string;
    applicants?: string;
    result?: string;
    /** Agencies outside the unit that a liên thông procedure routes the dossier through. */
    coordinatingAgencies?: Agency[];
    /** Older TTHC ids this one succeeds (a 3.x template replacing 2.x ones; qms transition follows it). */
    replaces?: string[];
  };
  issue: number;
  effectiveDate: string;
  /** Withdrawn (bãi bỏ) by the unit: kept on file, no longer applied, not checked against current law. */
  withdrawn?: Withdrawal;
  purpose: string;
  scope: string;
  references?: string[];
  definitions?: Array<{ term: string; meaning: string }>;
  legalBasis?: Instrument[];
  requirements?: string[];
  dossier?: Array<{
    name: string;
    originals?: number;
    copies?: number;
    presentOnly?: boolean;
    form?: string;
    note?: string;
  }>;
  dossierSets?: number;
  processingTime?: {
    value: number;
    unit: 'working_day' | 'day' | 'same_day' | 'same_session';
    cutoffHour?: number;
    extension?: { value: number; unit: 'working_day' | 'day'; reason: string };
    note?: string;
    /** false: not checked against the law's text; never printed or compared as the legal time. */
    verified?: boolean;
  };
  receiveReturn?: string;
  /** Sections whose content was not checked against the law's text: each prints a caution to the signer. */
  unchecked?: UncheckedSection[];
  fees?: Array<{ name: string; amount?: number; per?: string; basis?: string; note?: string }>;
  /** Each step is done by a role of the unit or, in a liên thông procedure, by a coordinating agency (one of the two). */
  steps: Array<{
    action: string;
    role?: string;
    agency?: string;
    time?: Duration;
    forms?: string[];
    output?: string;
    local?: boolean;
  }>;
  forms?: Array<{ code: string; title: string; source?: string }>;
  records?: Array<{
    name: string;
    keeper?: string;
    retention?: number | 'permanent';
    medium?: 'paper' | 'electronic' | 'both';
  }>;
  approval: { prepared: Signer; reviewed: Signer; approved: Signer };
  revisions: Array<{ issue: number; date: string; description: string; pages?: string }>;
  notes?: string[];
}

/** Which schema a file of the unit folder follows, from where it sits. */
export type FileKind =
  | 'unit'
  | 'answers'
  | 'policy'
  | 'manual'
  | 'objectives'
  | 'procedure'
  | 'audit'
  | 'review'
  | 'context'
  | 'risks'
  | 'process-map'
  | 'unknown';

/** One YAML file of a unit (src/core/unit/read-file.ts). */
export type UnitFile = SourceFile;

/** A unit folder as `loadUnit` reads it: every YAML file once, and the manifest when it is usable. */
export interface Unit {
  dir: string;
  files: SourceFile[];
  /** The data of qms.yaml when it parsed into a mapping (not yet checked against its schema). */
  manifest?: Manifest;
}
