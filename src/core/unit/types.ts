import type { ParsedYaml } from '../yaml/parse-yaml.js';
import type { ReadProblem } from '../fs/read-text-file.js';

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
  steeringCommittee?: Decision;
  managementRepresentative?: Decision;
  training?: Array<{ date: string; topic: string; provider?: string; participants?: number; auditors?: string[] }>;
  documentsIssued?: Decision;
  applicationStart?: string;
  certification?: { number: string; body: string; date: string; expires: string; surveillance?: string[] };
  announcement?: { number: string; date: string; sentTo?: string; sentDate?: string };
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
  address?: string;
  phone?: string;
  model: { id: string; version: string };
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
}

export interface Signer {
  name: string;
  title: string;
  date: string;
}

export interface Procedure {
  code: string;
  title: string;
  kind: 'system' | 'operational';
  clause?: string;
  tthc?: { id: string; field: string; nationalCode?: string; authority?: string; applicants?: string; result?: string };
  issue: number;
  effectiveDate: string;
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
    unit: 'working_day' | 'day' | 'same_day';
    cutoffHour?: number;
    extension?: { value: number; unit: 'working_day' | 'day'; reason: string };
    note?: string;
  };
  receiveReturn?: string;
  fees?: Array<{ name: string; amount: number; per?: string; basis?: string; note?: string }>;
  steps: Array<{ action: string; role: string; time?: Duration; forms?: string[]; output?: string; local?: boolean }>;
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
  'unit' | 'answers' | 'policy' | 'manual' | 'objectives' | 'procedure' | 'audit' | 'review' | 'unknown';

export interface UnitFile<T = unknown> {
  /** Absolute path. */
  path: string;
  /** Path from the unit folder, with forward slashes (what messages show). */
  relPath: string;
  kind: FileKind;
  /** Why the file could not be read (encoding, size, symlink…); then there is no `parsed`. */
  readProblem?: ReadProblem;
  parsed?: ParsedYaml;
  /** The data when the file parsed cleanly enough to use. */
  data?: T;
}

export interface Unit {
  dir: string;
  files: UnitFile[];
  manifest?: Manifest;
}
