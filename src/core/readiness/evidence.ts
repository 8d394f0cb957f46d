import { loadCatalogue, type Catalogue } from '../audit/catalogue.js';
import { findStandard } from '../audit/standards.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { QmsError } from '../errors.js';
import { loadModel } from '../model/load-model.js';
import type { Model } from '../model/types.js';
import type { Manifest, Milestones, Procedure } from '../unit/types.js';
import type { UnitResult } from '../validate/engine/validate-unit.js';
import type { SourceFile } from '../validate/load/load-source.js';
import { applicableClauses } from './clauses.js';
import { addMonths } from './dates.js';
import { regimeAt } from './regime.js';
import type { Audit, Regime, Review } from './types.js';

export interface Dated<T> {
  /** Path relative to the unit folder. */
  file: string;
  data: T;
}

/** Everything the stages look at for one unit, gathered once from its files and its validation. */
export interface Evidence {
  dir: string;
  asOf: string;
  regime: Regime;
  /** Audits and reviews count when dated after this day (12 months before asOf) and by asOf. */
  windowStart: string;
  /** qms.yaml when schema-valid. */
  manifest?: Manifest;
  milestones: Milestones;
  procedures: Array<{ file: string; code: string; data?: Procedure }>;
  /** Schema-valid audits and reviews, oldest first. */
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
  /** TCVN ISO 9001:2015 documented information: schema-valid context.yaml, and the risks and opportunities of risks.yaml. */
  iso2015: { context: boolean; risks: number; processMap: boolean };
  /** TTHC ids the model gives the unit type, less justified exclusions, and those with a procedure. */
  tthcRequired: string[];
  tthcCovered: Set<string>;
}

export interface EvidenceOptions {
  asOf: string;
  modelOverride?: string;
}

const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Gather the evidence from files already read and validated (`validateLoaded` marks them schema-valid). */
export function gatherEvidence(files: SourceFile[], result: UnitResult, options: EvidenceOptions): Evidence {
  const { asOf } = options;
  const manifestFile = files.find((f) => f.kind === 'unit');
  const manifest = manifestFile?.schemaValid ? (manifestFile.data as Manifest) : undefined;
  const catalogue = loadCatalogue(findStandard(manifest?.standard)?.id);
  const valid = <T>(kind: SourceFile['kind']) =>
    files.filter((f) => f.kind === kind && f.schemaValid).map((f) => ({ file: f.relPath, data: f.data as T }));
  const byDate = <T extends { date: string }>(a: Dated<T>, b: Dated<T>) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.file < b.file ? -1 : 1;
  const procedures = files
    .filter((f) => f.kind === 'procedure')
    .map((f) => {
      const data = record(f.data) ? f.data : {};
      const code =
        typeof data.code === 'string' ? data.code : f.relPath.replace(/^procedures\//, '').replace(/\.ya?ml$/, '');
      return { file: f.relPath, code, data: f.schemaValid ? (f.data as Procedure) : undefined };
    });
  const model = modelFor(manifest, options.modelOverride);
  const typeDef = manifest && model?.unitTypes[manifest.type];
  const excluded = new Set((manifest?.tthcExclusions ?? []).filter((e) => e.reason.trim() !== '').map((e) => e.tthc));
  const tthcRequired = (typeDef?.tthc ?? []).map((t) => t.id).filter((id) => !excluded.has(id));
  const tthcCovered = new Set<string>();
  for (const p of files) {
    if (p.kind !== 'procedure' || !record(p.data) || !record(p.data.tthc)) continue;
    const id = p.data.tthc.id;
    if (typeof id === 'string' && tthcRequired.includes(id)) tthcCovered.add(id);
  }
  const counted = result.diagnostics.filter((d) => !d.waived);
  return {
    dir: result.dir,
    asOf,
    regime: regimeAt(asOf),
    windowStart: addMonths(asOf, -12),
    manifest,
    milestones: manifest?.milestones ?? {},
    procedures,
    audits: valid<Audit>('audit').sort(byDate),
    reviews: valid<Review>('review').sort(byDate),
    ignored: files.filter((f) => (f.kind === 'audit' || f.kind === 'review') && !f.schemaValid).map((f) => f.relPath),
    model,
    errors: counted.filter((d) => d.severity === 'error'),
    validation: {
      files: result.files,
      errors: counted.filter((d) => d.severity === 'error').length,
      warnings: counted.filter((d) => d.severity === 'warning').length,
    },
    applicable: applicableClauses(
      (manifest?.exclusions ?? []).map((e) => e.clause),
      catalogue.standard.id,
    ),
    catalogue,
    iso2015: {
      context: files.some((f) => f.kind === 'context' && f.schemaValid),
      risks: files
        .filter((f) => f.kind === 'risks' && f.schemaValid)
        .reduce((n, f) => n + ((f.data as { items?: unknown[] }).items?.length ?? 0), 0),
      processMap: files.some((f) => f.kind === 'process-map' && f.schemaValid),
    },
    tthcRequired,
    tthcCovered,
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
