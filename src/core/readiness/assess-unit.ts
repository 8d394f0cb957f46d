import { text } from '../text.js';
import { today } from '../dates/dates.js';
import { validateSource, type UnitResult } from '../validate/engine/validate-unit.js';
import { folderSource, type UnitSource } from '../validate/engine/unit-source.js';
import { UnitFacts } from './unit-facts.js';
import type { SourceFile } from '../unit/read-file.js';
import type { Gap } from './check.js';
import { gatherEvidence, type Evidence, type EvidenceOptions } from './evidence.js';
import { scoreOf, scoreParts } from './score.js';
import { STAGE_RULES } from './stages/index.js';
import { targetState } from './stages/target.js';
import { statusOf } from './status.js';
import { standardOf } from '../unit/history.js';
import { STAGES, type Blocker, type StageId, type StageResult, type UnitHistory, type UnitReadiness } from './types.js';

export interface AssessOptions {
  /** YYYY-MM-DD, default today: the date the unit is evaluated at, and the regime in force then. */
  asOf?: string;
  /** Model id or path used instead of the one the unit names. */
  modelOverride?: string;
  /** The folder as reports show it (default: `dir`). */
  shownAs?: string;
}

/** Read, validate and assess one unit folder, one file at a time (`readUnitFacts`). Nothing is written. */
export function assessUnit(dir: string, options: AssessOptions = {}): UnitReadiness {
  const asOf = options.asOf ?? today();
  const opts = { asOf, ...(options.modelOverride ? { modelOverride: options.modelOverride } : {}) };
  const { facts, result } = readUnitFacts(options.shownAs ?? dir, dir, opts);
  return assessFacts(facts, result, opts);
}

/**
 * Validate a unit folder file by file and keep, of each file, what readiness needs (`UnitFacts`) as
 * validation lets it go: readiness never reads or checks a document twice, and never holds the unit.
 */
export function readUnitFacts(
  shownAs: string,
  dir: string,
  options: EvidenceOptions,
): { facts: UnitFacts; result: UnitResult } {
  const facts = new UnitFacts(options.asOf);
  const source = folderSource(dir);
  const loaded = new WeakSet<SourceFile>();
  let manifest: SourceFile | undefined;
  const tapped: UnitSource = {
    paths: source.paths,
    load(relPath) {
      const file = source.load(relPath);
      loaded.add(file);
      if (file.kind === 'unit') manifest = file;
      return file;
    },
    reload: (relPath) => source.reload(relPath),
    release(file) {
      // Each file once, from the engine's pass (a file read again to position a finding is not new).
      if (loaded.has(file)) facts.add(file);
      loaded.delete(file);
      source.release!(file);
    },
  };
  const result = validateSource(shownAs, tapped, options.asOf, options);
  // The engine keeps the manifest to the end and never lets it go: take it now it is judged.
  if (manifest) facts.add(manifest);
  return { facts, result };
}

/** Assess what was kept of a unit's files and its validation. */
export function assessFacts(facts: UnitFacts, result: UnitResult, options: EvidenceOptions): UnitReadiness {
  return assessEvidence(gatherEvidence(facts, result, options), result, facts.manifest?.data);
}

export function assessEvidence(
  ev: Evidence,
  result: Pick<UnitResult, 'dir' | 'id' | 'name' | 'type'>,
  manifestData?: unknown,
): UnitReadiness {
  const stages = new Map<StageId, StageResult>();
  const gaps: Array<Gap & { stage: StageId }> = [];
  if (!ev.manifest) {
    gaps.push({
      code: 'manifest-invalid',
      stage: 'steering',
      severity: 'blocker',
      file: 'qms.yaml',
      pointsLost: 0,
      message: text(
        'qms.yaml thiếu hoặc không hợp lệ nên không đọc được các mốc (milestones)',
        'qms.yaml is missing or not valid, so its milestones cannot be read',
      ),
      action: text(`Sửa qms.yaml theo qms validate ${ev.dir}.`, `Fix qms.yaml as qms validate ${ev.dir} says.`),
    });
  }
  STAGE_RULES.forEach((rule, i) => {
    const outcome = rule.evaluate(ev, stages);
    const applicable = outcome.applicable ?? true;
    const met = applicable && outcome.checks.length > 0 && outcome.checks.every((c) => c.passed || !c.required);
    const stage: StageResult = { id: rule.id, order: i + 1, applicable, met, checks: outcome.checks };
    if (met && outcome.date) stage.date = outcome.date;
    stages.set(rule.id, stage);
    for (const gap of outcome.gaps) gaps.push({ ...gap, stage: rule.id });
  });
  const state = targetState(ev);
  const { status, stage } = statusOf(ev, stages, state);
  const parts = scoreParts([...stages.values()], ev.catalogue);
  const points = scoreOf(parts);
  const cap = capOf(gaps, state.lapsed);
  const parent = ev.manifest?.parent ?? parentOf(manifestData);
  // Keys in reading order (JSON output keeps it); optional ones only when known.
  const unit: UnitReadiness = {
    dir: ev.dir,
    ...(result.id !== undefined ? { id: result.id } : {}),
    ...(result.name !== undefined ? { name: result.name } : {}),
    ...(result.type !== undefined ? { type: result.type } : {}),
    ...(parent ? { parent: { id: parent.id, name: parent.name } } : {}),
    status,
    stage,
    score: cap ? Math.min(points, SCORE_CAP) : points,
    ...(cap && points > SCORE_CAP ? { cappedBy: cap } : {}),
    parts,
    targetAchieved: Boolean(state.achieved),
    stages: STAGES.map((id) => stages.get(id)!),
    blockers: rank(gaps),
    validation: ev.validation,
    tthc: { required: ev.tthcRequired.length, covered: ev.tthcCovered.size },
    history: historyOf(ev),
  };
  return unit;
}

/**
 * The highest score a unit with a blocker can have: status and score agree, so 91–100 means nothing
 * blocks. The target itself (not yet certified or announced) does not cap: it is what the score
 * measures the distance to. docs/readiness-json.md says the same.
 */
export const SCORE_CAP = 90;

/** The code of the first blocker that caps the score, if any. */
function capOf(gaps: Array<Gap & { stage: StageId }>, lapsed: boolean): string | undefined {
  const goal = (g: Gap & { stage: StageId }) =>
    g.stage === 'target' && !lapsed && (g.code === 'announcement' || g.code === 'certificate');
  return rank(gaps).find((g) => g.severity === 'blocker' && !goal({ ...g }))?.code;
}

/**
 * Gaps whose action comes before every other: a unit on a standard no longer recognised transitions first
 * (the transition re-issues the documents the other blockers are about).
 */
const FIRST = new Set(['standard-current']);

/** Blockers before advice (a FIRST one before all); then the earlier stage first; then what costs more points. */
function rank(gaps: Array<Gap & { stage: StageId }>): Blocker[] {
  const order = (s: StageId) => STAGES.indexOf(s);
  const first = (g: Gap) => (FIRST.has(g.code) && g.severity === 'blocker' ? 0 : 1);
  return gaps
    .map((g, i) => ({ g, i }))
    .sort(
      (a, b) =>
        first(a.g) - first(b.g) ||
        (a.g.severity === b.g.severity ? 0 : a.g.severity === 'blocker' ? -1 : 1) ||
        order(a.g.stage) - order(b.g.stage) ||
        b.g.pointsLost - a.g.pointsLost ||
        a.i - b.i,
    )
    .map(({ g }, i) => {
      const { code, key, stage, severity, message, action, file, newFile, path, files, pointsLost } = g;
      return {
        rank: i + 1,
        code,
        ...(key !== undefined ? { key } : {}),
        stage,
        severity,
        message,
        action,
        file,
        ...(newFile ? { newFile: true } : {}),
        ...(path ? { path } : {}),
        ...(files && files.length > 1 ? { files } : {}),
        pointsLost,
      };
    });
}

/** The history lists as of asOf (evidence has cut what came after). */
function historyOf(ev: Evidence): UnitHistory {
  const m = ev.milestones;
  return {
    announcements: (m.announcements ?? []).map((a) => ({
      number: a.number,
      date: a.date,
      ...(a.reason ? { reason: a.reason } : {}),
      standard: standardOf(a),
    })),
    certificates: (m.certificates ?? []).map((c) => ({
      number: c.number,
      date: c.date,
      expires: c.expires,
      body: c.body,
    })),
    reports: (m.reports ?? []).map((r) => ({ year: r.year, number: r.number, date: r.date })),
    inspections: (m.inspections ?? []).map((i) => ({
      date: i.date,
      body: i.body,
      findings: i.findings.length,
      open: i.findings.filter((f) => !f.closed).length,
    })),
  };
}

/** The parent of a commune from a qms.yaml that is not schema-valid, when it still says so. */
function parentOf(manifestData: unknown): { id: string; name: string } | undefined {
  const data = manifestData as { parent?: { id?: unknown; name?: unknown } } | undefined;
  const p = data?.parent;
  return p && typeof p.id === 'string' && typeof p.name === 'string' ? { id: p.id, name: p.name } : undefined;
}
