import type { Text } from '../text.js';
import type { UnitType } from '../unit/types.js';

/** Where a unit stands, in the programme's words (labels.ts has vi/en). */
export type Status =
  | 'not-started'
  | 'building'
  | 'applying'
  | 'ready'
  | 'certified'
  | 'announced'
  | 'needs-maintenance'
  | 'needs-transition';
export const STATUSES: Status[] = [
  'not-started',
  'building',
  'applying',
  'ready',
  'certified',
  'announced',
  'needs-maintenance',
  'needs-transition',
];

/** The stages, in the order a unit goes through them (domain.md §1.8). */
export type StageId =
  'steering' | 'training' | 'documents' | 'application' | 'audit' | 'review' | 'corrective' | 'target' | 'maintenance';
export const STAGES: StageId[] = [
  'steering',
  'training',
  'documents',
  'application',
  'audit',
  'review',
  'corrective',
  'target',
  'maintenance',
];

/** A regime id of data/regimes/regimes.yaml: certification (until 17/05/2014), announcement (from 18/05/2014)… */
export type Regime = string;

/** A section of the unit's standard: 4–8 on TCVN ISO 9001:2008, 4–10 on TCVN ISO 9001:2015. */
export type ClauseGroup = string;
/** Every section number any shipped standard has, in order (CSV columns part_4 … part_10). */
export const CLAUSE_GROUPS: ClauseGroup[] = ['4', '5', '6', '7', '8', '9', '10'];

/** One piece of evidence a stage looks for, and what was found. */
export interface Check {
  /** Stable id, e.g. steering-committee; a blocker from this check has the same code. */
  id: string;
  /** ISO 9001:2008 clause it serves; its first digit is the score group. */
  clause: string;
  /** The TCVN ISO 9001:2015 clause of a check only that standard asks for; on a 2015 unit its section is the group. */
  clause2015?: string;
  /** The stage is met only when every required check passes. */
  required: boolean;
  passed: boolean;
  /** Points earned and possible (0 / 0 for checks outside the score: target and maintenance). */
  points: number;
  max: number;
  /** What was found, or what is missing. */
  evidence: Text;
  /** Where the evidence is (or belongs), relative to the unit folder. */
  file?: string;
  path?: string;
}

/** Something that keeps a unit from the next stage, with what to do and the file to change. */
export interface Blocker {
  /** 1 = do this first. */
  rank: number;
  /** The check id. */
  code: string;
  /** What makes blockers of the same code the same across units, e.g. the superseded instrument. */
  key?: string;
  stage: StageId;
  /** `blocker` keeps a stage from being met; `advice` does not. */
  severity: 'blocker' | 'advice';
  message: Text;
  action: Text;
  /** The file to change (relative to the unit); `newFile` when it is to be created. */
  file: string;
  newFile?: boolean;
  path?: string;
  /** Every file to change when the same gap is in several (the first is `file`). */
  files?: string[];
  /** Score points this costs. */
  pointsLost: number;
}

export interface StageResult {
  id: StageId;
  /** 1-based. */
  order: number;
  /** False for maintenance before the unit is certified or announced. */
  applicable: boolean;
  met: boolean;
  /** When the stage was reached, if the evidence dates it. */
  date?: string;
  checks: Check[];
}

export interface ScorePart {
  group: ClauseGroup;
  points: number;
  max: number;
  /** The section's title when the unit is not on TCVN ISO 9001:2008 (whose groups have fixed labels). */
  label?: { vi: string; en: string };
}

/** The readiness of one unit at one date. */
export interface UnitReadiness {
  dir: string;
  id?: string;
  name?: string;
  type?: UnitType;
  parent?: { id: string; name: string };
  status: Status;
  /** The stage to work on: the first not met, or maintenance once certified or announced. */
  stage: StageId;
  /** 0–100: the sum of the parts, at most 90 while a blocker other than the target itself remains. */
  score: number;
  /** When the cap lowered the score: the code of the first blocker that did. */
  cappedBy?: string;
  parts: ScorePart[];
  /** A certificate valid at asOf, or an announcement made by asOf. */
  targetAchieved: boolean;
  stages: StageResult[];
  blockers: Blocker[];
  validation: { files: number; errors: number; warnings: number };
  /** TTHC of the model for the unit type (less justified exclusions) and those with a procedure. */
  tthc: { required: number; covered: number };
  /** The unit's history up to asOf (milestones lists), oldest first. */
  history: UnitHistory;
}

/** What the dashboard shows of a unit's history (docs/readiness-json.md). */
export interface UnitHistory {
  announcements: Array<{ number: string; date: string; reason?: string; standard: string }>;
  certificates: Array<{ number: string; date: string; expires: string; body: string }>;
  reports: Array<{ year: number; number: string; date: string }>;
  inspections: Array<{ date: string; body: string; findings: number; open: number }>;
}

/** An internal audit file (schemas/audit.schema.json), as readiness reads it. */
export interface Audit {
  id: string;
  date: string;
  endDate?: string;
  scope: { procedures: string[]; clauses: string[] };
  findings: Array<{
    id: string;
    clause: string;
    procedure?: string;
    grade: 'conforming' | 'major' | 'minor' | 'observation';
    description: string;
    due?: string;
    closed?: string;
    verification?: { date: string; by: string; result: string; effective?: boolean };
  }>;
}

/** A management review file (schemas/review.schema.json). */
export interface Review {
  date: string;
  inputs: Partial<Record<ReviewInput, string>>;
  outputs: Array<{ decision: string }>;
}

/** The inputs of 5.6.2 a–g, in order. */
export const REVIEW_INPUTS = [
  'auditResults',
  'customerFeedback',
  'processPerformance',
  'actionsStatus',
  'followUp',
  'changes',
  'recommendations',
] as const;
export type ReviewInput = (typeof REVIEW_INPUTS)[number];
