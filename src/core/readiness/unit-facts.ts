import type { Procedure } from '../unit/types.js';
import type { SourceFile } from '../unit/read-file.js';
import { keep } from '../validate/rule.js';
import { withdrawalOf, type WithdrawalRead } from '../unit/withdrawal.js';

/**
 * What readiness keeps of a unit's files while it assesses the unit: taken from each file as validation
 * lets it go (`UnitFacts.add`), so a unit of any size is read one file at a time. Per procedure: its
 * path, code, TTHC id and the few dates and citations the stages look at (`ProcedureFacts`), copied
 * out of the file's text. Per audit, review, objectives and 2015 document: its data (a unit has a few).
 * The manifest is kept whole, as validation keeps it.
 */

/** What the stages read of a schema-valid procedure. */
export interface ProcedureFacts {
  kind: Procedure['kind'];
  effectiveDate: string;
  revisions: Array<{ date: string }>;
  legalBasis?: Array<{ number: string; part?: string }>;
  fees?: Array<{ basis?: string }>;
  processingTime?: { verified?: boolean };
  unchecked?: NonNullable<Procedure['unchecked']>;
  withdrawn?: { date: string };
}

export interface ProcedureFact {
  file: string;
  code: string;
  /** Schema-valid procedures only. */
  data?: ProcedureFacts;
  /** tthc.id, read even from a file that is not schema-valid (as the coverage count always has). */
  tthcId?: string;
  /** The withdrawal (bãi bỏ) recorded, read the way every command reads it (unit/withdrawal.ts), copied. */
  withdrawal?: WithdrawalRead;
}

/** A schema-valid file whose data readiness keeps whole, with its path. */
export interface KeptFile {
  file: string;
  kind: SourceFile['kind'];
  data: unknown;
}

const KEPT_WHOLE = new Set<SourceFile['kind']>(['objectives', 'audit', 'review', 'context', 'risks', 'process-map']);
const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class UnitFacts {
  /** qms.yaml as read (data and schema verdict); undefined when the unit has none. */
  manifest?: Pick<SourceFile, 'data' | 'schemaValid'>;
  readonly procedures: ProcedureFact[] = [];
  /** Schema-valid objectives, audits, reviews and 2015 documents, in path order. */
  readonly kept: KeptFile[] = [];
  /** Audit and review files that are not schema-valid. */
  readonly invalid: string[] = [];
  /** Schema-valid files dated after asOf (they do not exist for the run). */
  readonly future = new Set<string>();

  constructor(private readonly asOf: string) {}

  /** Take what readiness needs from a file validation has read and judged (schemaValid is set). */
  add(f: SourceFile): void {
    if (f.kind === 'unit') {
      this.manifest = { data: f.data, schemaValid: f.schemaValid };
      return;
    }
    if (f.kind === 'procedure') this.addProcedure(f);
    else if (KEPT_WHOLE.has(f.kind) && f.schemaValid) this.kept.push({ file: f.relPath, kind: f.kind, data: f.data });
    if ((f.kind === 'audit' || f.kind === 'review') && !f.schemaValid) this.invalid.push(f.relPath);
    if (f.schemaValid && record(f.data) && datedAfter(f.kind, f.data, this.asOf)) this.future.add(f.relPath);
  }

  private addProcedure(f: SourceFile): void {
    const data = record(f.data) ? f.data : {};
    const code =
      typeof data.code === 'string' ? keep(data.code) : f.relPath.replace(/^procedures\//, '').replace(/\.ya?ml$/, '');
    const fact: ProcedureFact = { file: f.relPath, code };
    if (f.schemaValid) fact.data = factsOf(data as unknown as Procedure);
    if (record(data.tthc) && typeof data.tthc.id === 'string') fact.tthcId = keep(data.tthc.id);
    const withdrawal = withdrawalOf(data);
    if (withdrawal) fact.withdrawal = { date: keep(withdrawal.date), reason: keep(withdrawal.reason) };
    this.procedures.push(fact);
  }
}

/** The facts of a schema-valid procedure, in strings of their own (not views into the file's text). */
function factsOf(p: Procedure): ProcedureFacts {
  const facts: ProcedureFacts = {
    kind: p.kind,
    effectiveDate: keep(p.effectiveDate),
    revisions: p.revisions.map((r) => ({ date: keep(r.date) })),
  };
  if (p.legalBasis)
    facts.legalBasis = p.legalBasis.map((b) => ({
      number: keep(b.number),
      ...(b.part !== undefined ? { part: keep(b.part) } : {}),
    }));
  if (p.fees) facts.fees = p.fees.map((f) => (f.basis !== undefined ? { basis: keep(f.basis) } : {}));
  if (p.processingTime)
    facts.processingTime = p.processingTime.verified !== undefined ? { verified: p.processingTime.verified } : {};
  if (p.unchecked) facts.unchecked = [...p.unchecked];
  if (p.withdrawn) facts.withdrawn = { date: keep(p.withdrawn.date) };
  return facts;
}

function datedAfter(kind: SourceFile['kind'], data: Record<string, unknown>, asOf: string): boolean {
  if (kind === 'procedure')
    return firstIssued(data as unknown as Pick<Procedure, 'revisions' | 'effectiveDate'>) > asOf;
  if (kind === 'objectives') return String(data.effectiveDate) > asOf;
  if (kind === 'audit' || kind === 'review') return String(data.date) > asOf;
  return false;
}

/** The day a procedure was first issued: its earliest revision, else its effective date. */
export function firstIssued(p: { revisions: Array<{ date: string }>; effectiveDate: string }): string {
  return p.revisions.reduce((min, r) => (r.date < min ? r.date : min), p.effectiveDate);
}
