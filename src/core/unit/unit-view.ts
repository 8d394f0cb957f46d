import type { Procedure } from './types.js';

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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
