import type { Text } from '../text.js';
import type { UnitType } from '../unit/types.js';
import { round1 } from './check.js';
import { blockerLabel } from './labels.js';
import { INDICATORS } from './programme.js';
import {
  CLAUSE_GROUPS,
  STAGES,
  STATUSES,
  type ScorePart,
  type StageId,
  type Status,
  type UnitReadiness,
} from './types.js';

export interface Aggregate {
  units: number;
  byStatus: Record<Status, number>;
  /** Mean score, one decimal; 0 when there is no unit. */
  averageScore: number;
  /** Units certified or announced now. */
  targetAchieved: number;
}

export interface UnitSummary {
  dir: string;
  id?: string;
  name?: string;
  type?: UnitType;
  status: Status;
  stage: StageId;
  score: number;
  /** The first-ranked blocker, if any. */
  next?: { message: Text; action: Text; file: string };
}

/** A district with its communes: the district's own unit (when in the tree), the communes, both together. */
export interface DistrictRollup {
  id: string;
  name: string;
  unit?: UnitSummary;
  communes: Aggregate;
  total: Aggregate;
}

export interface Indicator {
  id: string;
  label: Text;
  numerator: number;
  denominator: number;
  /** Percent, one decimal; null when nothing is measured. */
  value: number | null;
  target: number;
  deadline: string;
  met: boolean;
  deadlinePassed: boolean;
}

export interface CommonBlocker {
  code: string;
  key?: string;
  label: Text;
  /** Units that have it. */
  units: number;
  /** A few of them, by folder. */
  examples: string[];
  action: Text;
}

export interface Rollup {
  city: Aggregate & { parts: ScorePart[] };
  /** By unit type: departments, districts, communes (types absent from the tree are left out). */
  levels: Array<Aggregate & { type: UnitType | 'unknown' }>;
  districts: DistrictRollup[];
  departments: UnitSummary[];
  indicators: Indicator[];
  commonBlockers: CommonBlocker[];
  furthestBehind: UnitSummary[];
  /** Per calendar year, oldest first: what the units announced, were certified, reported and were inspected. */
  history: YearHistory[];
}

export interface YearHistory {
  year: number;
  /** First announcements, and re-announcements (scope extended, adjusted or narrowed). */
  announcements: number;
  reannouncements: number;
  certificates: number;
  /** Yearly reports to the Sở KH&CN on that year. */
  reports: number;
  inspections: number;
}

const LIST = 10;

export function aggregate(units: UnitReadiness[]): Aggregate {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const u of units) byStatus[u.status]++;
  const total = units.reduce((n, u) => n + u.score, 0);
  return {
    units: units.length,
    byStatus,
    averageScore: units.length ? round1(total / units.length) : 0,
    targetAchieved: units.filter((u) => u.targetAchieved).length,
  };
}

export function summary(u: UnitReadiness): UnitSummary {
  const first = u.blockers[0];
  return {
    dir: u.dir,
    ...(u.id ? { id: u.id } : {}),
    ...(u.name ? { name: u.name } : {}),
    ...(u.type ? { type: u.type } : {}),
    status: u.status,
    stage: u.stage,
    score: u.score,
    ...(first ? { next: { message: first.message, action: first.action, file: first.file } } : {}),
  };
}

const NO_TEXT: Text = { vi: '', en: '' };

/**
 * A unit's result cut to what the table, the roll-up, the CSV and (past `DETAIL_LIMIT` units) the
 * Markdown and HTML pages read: no stages; the first blocker whole (the table's "do first"); of the
 * others their rank, code, key, stage, severity and points, and a blocker's action (the roll-up's
 * common blockers quote one: `RollupKeeper` keeps it once per blocker, not per unit). Made in the
 * worker thread, so the rest of the result never crosses to the main thread.
 */
export function forRollup(u: UnitReadiness): UnitReadiness {
  return {
    ...u,
    stages: [],
    blockers: u.blockers.map((b, i) =>
      i === 0
        ? b
        : {
            rank: b.rank,
            code: b.code,
            ...(b.key !== undefined ? { key: b.key } : {}),
            stage: b.stage,
            severity: b.severity,
            message: NO_TEXT,
            action: b.severity === 'blocker' ? b.action : NO_TEXT,
            file: '',
            pointsLost: b.pointsLost,
          },
    ),
  };
}

const blockerId = (b: { code: string; key?: string }) => `${b.code}\u0000${b.key ?? ''}`;

/**
 * What the main thread keeps of a tree's units, cut `forRollup`, as they come from the worker threads
 * (in any order): each unit small (`keep`: ~1.8 KB, not the ~5 KB of its cut copy, nor the ~30 KB of
 * its whole result), and the action the roll-up quotes for each common blocker (code and key): the
 * action of the first unit by folder that has it, which is the one `commonBlockers` reads over the
 * sorted units, kept once per kind of blocker instead of once per blocker of every unit.
 */
export class RollupKeeper {
  private readonly first = new Map<string, { dir: string; action: Text }>();
  /** Shared copies (a unit's come from another thread, each its own): blockers past the first, texts, parts. */
  private readonly shared = new Map<string, unknown>();

  /**
   * Record the unit's blocker actions; return the unit as kept: its first blocker's texts and file (its
   * "next"); the others only as what the roll-up counts (code, key, stage, severity: one shared object
   * for each, rank and points left at 0); texts and score parts shared between units that have the same.
   */
  keep(u: UnitReadiness): UnitReadiness {
    const seen = new Set<string>();
    for (const b of u.blockers) {
      const id = blockerId(b);
      if (b.severity !== 'blocker' || seen.has(id)) continue;
      seen.add(id);
      const kept = this.first.get(id);
      if (!kept || u.dir < kept.dir) this.first.set(id, { dir: u.dir, action: this.text(b.action) });
    }
    return {
      ...u,
      parts: u.parts.map((p) => this.share(`p\u0000${JSON.stringify(p)}`, p)),
      blockers: u.blockers.map((b, i) =>
        i === 0
          ? {
              rank: b.rank,
              code: b.code,
              ...(b.key !== undefined ? { key: b.key } : {}),
              stage: b.stage,
              severity: b.severity,
              message: this.text(b.message),
              action: this.text(b.action),
              file: b.file,
              pointsLost: b.pointsLost,
            }
          : this.share(`b\u0000${b.code}\u0000${b.key ?? ''}\u0000${b.stage}\u0000${b.severity}`, {
              rank: 0,
              code: b.code,
              ...(b.key !== undefined ? { key: b.key } : {}),
              stage: b.stage,
              severity: b.severity,
              message: NO_TEXT,
              action: NO_TEXT,
              file: '',
              pointsLost: 0,
            }),
      ),
    };
  }

  private readonly texts = new Map<string, Map<string, Text>>();

  private text(t: Text): Text {
    let byEn = this.texts.get(t.vi);
    if (!byEn) this.texts.set(t.vi, (byEn = new Map<string, Text>()));
    const known = byEn.get(t.en);
    if (known) return known;
    byEn.set(t.en, t);
    return t;
  }

  private share<T>(key: string, value: T): T {
    const known = this.shared.get(key);
    if (known !== undefined) return known as T;
    this.shared.set(key, value);
    return value;
  }

  actionOf(b: { code: string; key?: string }): Text | undefined {
    return this.first.get(blockerId(b))?.action;
  }
}

const byName = (a: { name?: string; dir?: string }, b: { name?: string; dir?: string }) =>
  (a.name ?? a.dir ?? '').localeCompare(b.name ?? b.dir ?? '', 'vi') || ((a.dir ?? '') < (b.dir ?? '') ? -1 : 1);

/**
 * The city roll-up of unit results; it depends only on them (merged shards give the whole run's).
 * `actions`: where the units' blocker actions went (`RollupKeeper.keep`), if they were taken out.
 */
export function rollUp(units: UnitReadiness[], asOf: string, actions?: RollupKeeper): Rollup {
  const city = aggregate(units);
  // The groups of the standard most units apply (2008: 4–8; 2015: 4–10), averaged over those units.
  const shape = (u: UnitReadiness) => u.parts.map((p) => `${p.group}:${p.label?.en ?? ''}`).join('|');
  const counts = new Map<string, number>();
  for (const u of units) counts.set(shape(u), (counts.get(shape(u)) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sameShape = units.filter((u) => shape(u) === common);
  const template = sameShape[0]?.parts ?? CLAUSE_GROUPS.slice(0, 5).map((group) => ({ group, points: 0, max: 0 }));
  const parts = template.map(({ group, label }) => {
    const all = sameShape.map((u) => u.parts.find((p) => p.group === group)!);
    return {
      group,
      points: all.length ? round1(all.reduce((n, p) => n + p.points, 0) / all.length) : 0,
      max: all[0]?.max ?? 0,
      ...(label ? { label } : {}),
    };
  });
  const types: Array<UnitType | 'unknown'> = ['so', 'huyen', 'xa', 'unknown'];
  const levels = types
    .map((type) => ({ type, ...aggregate(units.filter((u) => (u.type ?? 'unknown') === type)) }))
    .filter((l) => l.units > 0);
  return {
    city: { ...city, parts },
    levels,
    districts: districtsOf(units),
    departments: units
      .filter((u) => u.type === 'so')
      .map(summary)
      .sort(byName),
    indicators: INDICATORS.map((def) => {
      const [numerator, denominator] = def.measure(units);
      const value = denominator ? round1((100 * numerator) / denominator) : null;
      return {
        id: def.id,
        label: def.label,
        numerator,
        denominator,
        value,
        target: def.target,
        deadline: def.deadline,
        met: value !== null && value >= def.target,
        deadlinePassed: asOf > def.deadline,
      };
    }),
    commonBlockers: commonBlockers(units, actions),
    furthestBehind: [...units]
      .sort(
        (a, b) => a.score - b.score || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || (a.dir < b.dir ? -1 : 1),
      )
      .filter((u) => !u.targetAchieved || u.status === 'needs-maintenance')
      .slice(0, LIST)
      .map(summary),
    history: historyByYear(units),
  };
}

/** The units' history counted per year (a unit written before v2 has none). */
function historyByYear(units: UnitReadiness[]): YearHistory[] {
  const years = new Map<number, YearHistory>();
  const at = (year: number) => {
    let y = years.get(year);
    if (!y) {
      y = { year, announcements: 0, reannouncements: 0, certificates: 0, reports: 0, inspections: 0 };
      years.set(year, y);
    }
    return y;
  };
  const yearOf = (date: string) => Number(date.slice(0, 4));
  for (const { history: h } of units) {
    if (!h) continue;
    h.announcements.forEach((a, i) => {
      const first = i === 0 && (a.reason === undefined || a.reason === 'initial');
      at(yearOf(a.date))[first ? 'announcements' : 'reannouncements']++;
    });
    for (const c of h.certificates) at(yearOf(c.date)).certificates++;
    for (const r of h.reports) at(r.year).reports++;
    for (const i of h.inspections) at(yearOf(i.date)).inspections++;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function districtsOf(units: UnitReadiness[]): DistrictRollup[] {
  const groups = new Map<string, { name: string; unit?: UnitReadiness; communes: UnitReadiness[] }>();
  const group = (id: string, name: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name, communes: [] }));
    return g;
  };
  for (const u of units) {
    if (u.type === 'huyen') {
      const g = group(u.id ?? u.dir, u.name ?? u.dir);
      g.unit = u;
      g.name = u.name ?? g.name;
    }
  }
  for (const u of units) {
    if (u.type === 'xa') group(u.parent?.id ?? '', u.parent?.name ?? '').communes.push(u);
  }
  return [...groups.entries()]
    .map(([id, g]) => ({
      id,
      name: g.name,
      ...(g.unit ? { unit: summary(g.unit) } : {}),
      communes: aggregate(g.communes),
      total: aggregate([...(g.unit ? [g.unit] : []), ...g.communes]),
    }))
    .sort((a, b) =>
      a.id === '' ? 1 : b.id === '' ? -1 : a.name.localeCompare(b.name, 'vi') || (a.id < b.id ? -1 : 1),
    );
}

/** Blockers (not advice) shared by most units, by what they are about. */
function commonBlockers(units: UnitReadiness[], actions?: RollupKeeper): CommonBlocker[] {
  const groups = new Map<string, CommonBlocker & { seen: Set<string> }>();
  for (const u of units) {
    for (const b of u.blockers) {
      if (b.severity !== 'blocker') continue;
      const id = blockerId(b);
      let g = groups.get(id);
      if (!g)
        groups.set(
          id,
          (g = {
            code: b.code,
            ...(b.key ? { key: b.key } : {}),
            label: blockerLabel(b.code, b.key),
            units: 0,
            examples: [],
            action: actions?.actionOf(b) ?? b.action,
            seen: new Set(),
          }),
        );
      if (g.seen.has(u.dir)) continue;
      g.seen.add(u.dir);
      g.units++;
      if (g.examples.length < 3) g.examples.push(u.dir);
    }
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.units - a.units ||
        STAGES.indexOf(stageOf(units, a)) - STAGES.indexOf(stageOf(units, b)) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : (a.key ?? '') < (b.key ?? '') ? -1 : 1),
    )
    .slice(0, LIST)
    .map(({ seen: _seen, ...g }) => g);
}

function stageOf(units: UnitReadiness[], g: { code: string }): StageId {
  for (const u of units) for (const b of u.blockers) if (b.code === g.code) return b.stage;
  return 'maintenance';
}
