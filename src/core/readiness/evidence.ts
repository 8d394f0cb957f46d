import { loadCatalogue, type Catalogue } from '../standard/catalogue.js';
import { findStandard } from '../standard/standards.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { QmsError } from '../errors.js';
import { loadModel } from '../model/load-model.js';
import type { Model } from '../model/types.js';
import type { Manifest, Milestones } from '../unit/types.js';
import { announcementsOf, certificatesOf } from '../unit/history.js';
import type { UnitResult } from '../validate/engine/validate-unit.js';
import type { SourceFile } from '../unit/read-file.js';
import { applicableClauses } from './clauses.js';
import { addMonths } from '../dates/dates.js';
import { inEffectOn } from '../unit/withdrawal.js';
import { regimeAt, type RegimeDef } from './regime.js';
import type { Audit, Review } from './types.js';
import { firstIssued, type ProcedureFacts, type UnitFacts } from './unit-facts.js';

export interface Dated<T> {
  /** Path relative to the unit folder. */
  file: string;
  data: T;
}

/** Everything the stages look at for one unit, gathered once from its files and its validation. */
export interface Evidence {
  dir: string;
  asOf: string;
  /** The regime in force at asOf (data/regimes/regimes.yaml). */
  regime: RegimeDef;
  /** Audits and reviews count when dated after this day (12 months before asOf) and by asOf. */
  windowStart: string;
  /** qms.yaml when schema-valid. */
  manifest?: Manifest;
  milestones: Milestones;
  /** Procedures in force at asOf; `data` (what the stages read of it) when schema-valid. */
  procedures: Array<{ file: string; code: string; data?: ProcedureFacts }>;
  /** Schema-valid objectives in force by asOf, by year. */
  objectives: Array<Dated<Objectives>>;
  /** Schema-valid audits and reviews dated by asOf (later ones do not exist for the run), oldest first. */
  audits: Array<Dated<Audit>>;
  reviews: Array<Dated<Review>>;
  /** Audit and review files not counted because they are not valid. */
  ignored: string[];
  model?: Model;
  /** Errors validation found (waived ones left out). */
  errors: Diagnostic[];
  validation: { files: number; errors: number; warnings: number };
  /** Auditable clauses of the unit's standard less its exclusions. */
  applicable: string[];
  /** The clause catalogue of the standard the unit applies (TCVN ISO 9001:2008 when qms.yaml names none). */
  catalogue: Catalogue;
  /** TCVN ISO 9001:2015 documented information: schema-valid context.yaml, risks.yaml, process-map.yaml. */
  iso2015: { context?: Dated<ContextDoc>; risks?: Dated<RisksDoc>; processMap?: Dated<ProcessMapDoc> };
  /** TTHC ids the model gives the unit type, less justified exclusions, and those with a procedure. */
  tthcRequired: string[];
  tthcCovered: Set<string>;
}

/** A year's objectives file, as readiness reads it. */
export interface Objectives {
  year: number;
  effectiveDate: string;
  objectives: Array<{
    objective: string;
    responsible?: string;
    method?: string;
    actions?: string[];
    result?: { value: number | string; measuredOn?: string };
  }>;
}

/** The 2015 documents as readiness reads them (schemas/context, risks, process-map .schema.json). */
interface Reviewed {
  effectiveDate: string;
  reviewed?: string;
}
export interface ContextDoc extends Reviewed {
  issues: Array<{ kind: 'external' | 'internal'; description: string }>;
  interestedParties: Array<{ party: string; requirements: string[]; monitoring?: string }>;
  scope: { statement: string };
}
export interface RisksDoc extends Reviewed {
  items: Array<{ id: string; kind: 'risk' | 'opportunity'; owner?: string; status?: string }>;
}
export interface ProcessMapDoc extends Reviewed {
  processes: Array<{ id: string; owner: string; procedures?: string[]; next?: string[] }>;
}

export interface EvidenceOptions {
  asOf: string;
  modelOverride?: string;
}

/** Gather the evidence from what was kept of the unit's files (`UnitFacts`) and its validation. */
export function gatherEvidence(facts: UnitFacts, result: UnitResult, options: EvidenceOptions): Evidence {
  const { asOf } = options;
  const manifest = facts.manifest?.schemaValid ? (facts.manifest.data as Manifest) : undefined;
  const catalogue = loadCatalogue(findStandard(manifest?.standard)?.id);
  const valid = <T>(kind: SourceFile['kind']) =>
    facts.kept.filter((f) => f.kind === kind).map((f) => ({ file: f.file, data: f.data as T }));
  const byDate = <T extends { date: string }>(a: Dated<T>, b: Dated<T>) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.file < b.file ? -1 : 1;
  const procedures = facts.procedures
    // A procedure the unit withdrew (bãi bỏ, qms transition) is a record from then on, not a process in force.
    .filter((p) => !(p.withdrawal && inEffectOn(p.withdrawal, asOf)))
    .map(({ file, code, data }) => ({ file, code, data }))
    // A procedure first issued after asOf did not exist then (the file holds its latest issue).
    .filter((p) => !p.data || firstIssued(p.data) <= asOf);
  const model = modelFor(manifest, options.modelOverride);
  const typeDef = manifest && model?.unitTypes[manifest.type];
  const excluded = new Set((manifest?.tthcExclusions ?? []).filter((e) => e.reason.trim() !== '').map((e) => e.tthc));
  const tthcRequired = (typeDef?.tthc ?? []).map((t) => t.id).filter((id) => !excluded.has(id));
  const tthcCovered = new Set<string>();
  for (const p of facts.procedures) {
    // A TTHC whose procedure the unit withdrew by asOf is not handled by it any more.
    if (p.tthcId === undefined || (p.withdrawal !== undefined && inEffectOn(p.withdrawal, asOf))) continue;
    if (tthcRequired.includes(p.tthcId)) tthcCovered.add(p.tthcId);
  }
  // Files dated after asOf do not exist for the run: neither do their validation findings.
  const future = facts.future;
  const counted = result.diagnostics.filter((d) => !d.waived && !future.has(d.file));
  return {
    dir: result.dir,
    asOf,
    regime: regimeAt(asOf),
    windowStart: addMonths(asOf, -12),
    manifest,
    milestones: asOfMilestones(manifest?.milestones ?? {}, asOf),
    procedures,
    objectives: valid<Objectives>('objectives')
      .filter((o) => o.data.effectiveDate <= asOf)
      .sort((a, b) => a.data.year - b.data.year),
    audits: valid<Audit>('audit')
      .filter((a) => a.data.date <= asOf)
      .sort(byDate),
    reviews: valid<Review>('review')
      .filter((r) => r.data.date <= asOf)
      .sort(byDate),
    ignored: [...facts.invalid],
    model,
    errors: counted.filter((d) => d.severity === 'error'),
    validation: {
      files: result.files - future.size,
      errors: counted.filter((d) => d.severity === 'error').length,
      warnings: counted.filter((d) => d.severity === 'warning').length,
    },
    applicable: applicableClauses(
      (manifest?.exclusions ?? []).map((e) => e.clause),
      catalogue.standard.id,
    ),
    catalogue,
    iso2015: {
      context: valid<ContextDoc>('context')[0],
      risks: valid<RisksDoc>('risks')[0],
      processMap: valid<ProcessMapDoc>('process-map')[0],
    },
    tthcRequired,
    tthcCovered,
  };
}

/**
 * The milestones as they stood at asOf: every dated record after it left out (decisions and courses
 * are dated one by one by the stages; the history lists are cut here, with closing dates after asOf
 * read as not closed yet). The history lists replace the former single objects.
 */
function asOfMilestones(m: Milestones, asOf: string): Milestones {
  const { certification: _c, announcement: _a, ...rest } = m;
  const by = <T extends { date: string }>(list: T[] | undefined) => (list ?? []).filter((x) => x.date <= asOf);
  const closedBy = (d: string | undefined) => (d !== undefined && d <= asOf ? d : undefined);
  return {
    ...rest,
    certificates: by(certificatesOf(m)).map((c) => ({
      ...c,
      surveillance: (c.surveillance ?? []).filter((d) => d <= asOf),
      ...(c.externalAudit ? { externalAudit: { ...c.externalAudit, closed: closedBy(c.externalAudit.closed) } } : {}),
    })),
    announcements: by(announcementsOf(m)).map((a) => ({
      ...a,
      ...(a.sentDate && a.sentDate > asOf ? { sentDate: undefined } : {}),
      ...(a.posted && a.posted > asOf ? { posted: undefined } : {}),
    })),
    reports: by(m.reports),
    inspections: by(m.inspections).map((i) => ({
      ...i,
      findings: i.findings.map((f) => ({ ...f, closed: closedBy(f.closed) })),
    })),
  };
}

/** The model the unit follows (or the override); undefined when it cannot be loaded (QMS010 says why). */
function modelFor(manifest: Manifest | undefined, override: string | undefined): Model | undefined {
  try {
    if (override) {
      try {
        return loadModel(override, manifest?.model.version);
      } catch (error) {
        if (error instanceof QmsError && error.code === 'E_MODEL_VERSION') return loadModel(override);
        throw error;
      }
    }
    return manifest ? loadModel(manifest.model.id, manifest.model.version) : undefined;
  } catch (error) {
    if (error instanceof QmsError) return undefined;
    throw error;
  }
}

/** The application start: the milestone, else the issuing decision's date; only when on or before asOf. */
export function applicationStart(ev: Evidence): string | undefined {
  const start = ev.milestones.applicationStart ?? ev.milestones.documentsIssued?.date;
  return start !== undefined && start <= ev.asOf ? start : undefined;
}

/** An audit has taken place by asOf (its last day, when it has one). */
export function auditDone(audit: Audit, asOf: string): boolean {
  return (audit.endDate ?? audit.date) <= asOf;
}

/** Audits and reviews that count now: in the last 12 months, by asOf, not before the application started. */
export function inWindow(ev: Evidence, date: string): boolean {
  const start = applicationStart(ev);
  return date > ev.windowStart && date <= ev.asOf && start !== undefined && date >= start;
}
