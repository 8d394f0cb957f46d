import type { Text } from '../text.js';
import type { Blocker, Check, StageId, StageResult } from './types.js';
import type { Evidence } from './evidence.js';

/** A blocker before it is ranked: the stage fills in `stage`, the unit fills in `rank`. */
export type Gap = Omit<Blocker, 'rank' | 'stage'>;

/** What a stage's evaluation returns. */
export interface StageOutcome {
  checks: Check[];
  gaps: Gap[];
  /** When the stage was reached, if known. */
  date?: string;
  /** Maintenance before certification or announcement. */
  applicable?: boolean;
}

/** A stage: its evaluation from the evidence and from the stages before it. */
export interface StageRule {
  id: StageId;
  evaluate(ev: Evidence, earlier: ReadonlyMap<StageId, StageResult>): StageOutcome;
}

export interface CheckInput {
  id: string;
  clause: string;
  /** The TCVN ISO 9001:2015 clause, for what only that standard asks (scored there on a 2015 unit). */
  clause2015?: string;
  /** Points possible; 0 for checks outside the score. */
  max: number;
  passed: boolean;
  /** Points earned when not simply all-or-nothing. */
  points?: number;
  required?: boolean;
  evidence: Text;
  file?: string;
  path?: string;
}

export function check(input: CheckInput): Check {
  const points = input.points ?? (input.passed ? input.max : 0);
  const c: Check = {
    id: input.id,
    clause: input.clause,
    ...(input.clause2015 ? { clause2015: input.clause2015 } : {}),
    required: input.required ?? true,
    passed: input.passed,
    points: round1(Math.max(0, Math.min(input.max, points))),
    max: input.max,
    evidence: input.evidence,
  };
  if (input.file) c.file = input.file;
  if (input.path) c.path = input.path;
  return c;
}

/** A gap tied to a check: points lost are the check's. */
export function gapOf(c: Check, message: Text, action: Text, extra: Partial<Gap> = {}): Gap {
  return {
    code: c.id,
    severity: c.required ? 'blocker' : 'advice',
    message,
    action,
    file: c.file ?? 'qms.yaml',
    ...(c.path ? { path: c.path } : {}),
    pointsLost: round1(c.max - c.points),
    ...extra,
  };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "QT-01, QT-02, QT-03 và 4 quy trình khác" — a list cut for a message. */
export function listCut(items: string[], max = 6): Text {
  if (items.length <= max) return { vi: items.join(', '), en: items.join(', ') };
  const head = items.slice(0, max).join(', ');
  return { vi: `${head} và ${items.length - max} mục khác`, en: `${head} and ${items.length - max} more` };
}
