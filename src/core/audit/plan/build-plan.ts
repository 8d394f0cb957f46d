import { fromIso2008, loadCatalogue, type Catalogue } from '../../standard/catalogue.js';
import { LABELS, type Lang } from '../labels.js';
import type { AuditUnit } from '../unit-scope.js';
import { applicableClauses, auditAreas, type AuditArea } from './areas.js';
import { assignAuditors, auditorPool, type Auditor } from './assign.js';
import { gioToWarning, workCalendar, type WorkCalendar } from '../../dates/holidays.js';
import { text, type Text } from '../../text.js';
import { vnDate } from '../../dates/dates.js';
import { inEffectOn } from '../../unit/withdrawal.js';
import { AUDITS_PER_DAY, roundMonth, roundStart, workingDayAfter } from './schedule.js';

export interface PlanOptions {
  year: number;
  rounds: number;
  lang: Lang;
  /** Who may audit (names); default: the trained internal auditors (see auditorPool). */
  auditors?: string[];
  /** At most this many areas a day per auditor (default AUDITS_PER_DAY). */
  maxPerDay?: number;
}

export interface PlanItem {
  date: string;
  key: string;
  kind: AuditArea['kind'];
  title: string;
  clauses: string[];
  /** The roles audited and the people in them. */
  auditees: Array<{ role: string; title: string; people: string[] }>;
  auditor: string;
}

export interface PlanRound {
  no: number;
  start: string;
  end: string;
  items: PlanItem[];
}

export interface Programme {
  lang: Lang;
  title: string;
  unit: { id: string; name: string; superior: string };
  /** The standard whose clauses the programme covers, e.g. TCVN ISO 9001:2015 (the unit's). */
  standard: string;
  year: number;
  formCode: string;
  /** Trưởng đoàn: the management representative when they audit, else the first auditor. */
  lead: string;
  auditors: Array<Auditor & { roleTitles: string[]; areas: number }>;
  rounds: PlanRound[];
  /** Every applicable clause with the rounds and areas that audit it. */
  coverage: Array<{ clause: string; rounds: number[]; areas: string[] }>;
  excluded: Array<{ clause: string; reason: string }>;
  /** What the plan could not take into account (calendar data, training record), for the CLI to print. */
  warnings: Text[];
  /** Người lập (the management representative) and Phê duyệt (the head). */
  signers: { prepared?: { title: string; name: string }; approved?: { title: string; name: string } };
}

/**
 * The year's internal-audit programme: every procedure and every applicable clause audited at least
 * once, over `rounds` rounds, each area by an auditor who owns none of it. Throws when that is not
 * possible (see assignAuditors).
 */
export function buildProgramme(
  unit: AuditUnit,
  options: PlanOptions,
  catalogue: Catalogue = loadCatalogue(unit.standard),
): Programme {
  const areas = auditAreas(catalogue, unit, options.lang);
  const pool = auditorPool(unit, options.auditors);
  const chosen = assignAuditors(areas, pool, unit);
  const calendar = workCalendar(options.year, unit.daysOff);
  const perDay = options.maxPerDay ?? AUDITS_PER_DAY;
  const starts = Array.from({ length: options.rounds }, (_, i) =>
    roundStart(options.year, roundMonth(i, options.rounds), calendar),
  );
  const chunks = beforeWithdrawal(unit, splitRounds(areas, options.rounds), starts);
  const rounds = chunks.map((chunk, i) =>
    scheduleRound(unit, chunk, chosen, { year: options.year, index: i, rounds: options.rounds, perDay, calendar }),
  );
  const warnings = [...calendar.warnings];
  const inSpring = rounds.some((r) => r.items.some((it) => /^\d{4}-0[34]-/.test(it.date)));
  if (calendar.gioToUnknown && inSpring) warnings.push(gioToWarning(options.year));
  warnings.push(...auditedAfterWithdrawal(unit, rounds));
  if (!options.auditors?.length && !unit.trainedAuditors) {
    warnings.push(
      text(
        'hồ sơ đào tạo chưa ghi ai là đánh giá viên nội bộ: đoàn đánh giá tạm gồm mọi người trong các vai trò (trừ lãnh đạo). Ghi họ tên người đã được đào tạo vào milestones.training[].auditors trong qms.yaml (khóa đào tạo đánh giá viên nội bộ, có ngày).',
        'the training record names no internal auditors: the team is everyone in the roles (but the head) for now. List the people trained as internal auditors in milestones.training[].auditors of qms.yaml (the internal-auditor course, with its date).',
      ),
    );
  }
  const coverage = applicableClauses(catalogue, unit).map((clause) => {
    const items = rounds.flatMap((r) =>
      r.items.filter((it) => it.clauses.includes(clause)).map((it) => ({ round: r.no, key: it.key })),
    );
    return { clause, rounds: [...new Set(items.map((x) => x.round))], areas: items.map((x) => x.key) };
  });
  const uncovered = [
    ...coverage.filter((c) => c.rounds.length === 0).map((c) => c.clause),
    ...unit.procedures.filter((p) => !rounds.some((r) => r.items.some((it) => it.key === p.code))).map((p) => p.code),
  ];
  if (uncovered.length > 0) throw new Error(`audit programme leaves out ${uncovered.join(', ')}`);
  const qmr = unit.roles.find((r) => r.id === 'dai-dien-lanh-dao');
  const head = unit.roles.find((r) => r.id === 'lanh-dao');
  const lead = pool.find((p) => qmr?.people.includes(p.name))?.name ?? pool[0].name;
  const counts = new Map<string, number>();
  for (const a of chosen.values()) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  return {
    lang: options.lang,
    title: `${LABELS[options.lang].planTitle} ${options.year}`,
    unit: { id: unit.id, name: unit.name, superior: unit.superior },
    standard: catalogue.standard.name,
    year: options.year,
    formCode:
      unit.procedures
        .find((p) => p.kind === 'system' && fromIso2008(catalogue, '8.2.2').includes(p.clause))
        ?.forms.find((f) => /chương trình đánh giá/iu.test(f.title))?.code ?? '',
    lead,
    auditors: pool.map((p) => ({
      ...p,
      roleTitles: p.roles.map((r) => unit.roles.find((x) => x.id === r)?.title ?? r),
      areas: counts.get(p.name) ?? 0,
    })),
    rounds,
    coverage,
    excluded: unit.exclusions,
    warnings,
    signers: {
      prepared: qmr?.people[0] ? { title: qmr.title, name: qmr.people[0] } : undefined,
      approved: head?.people[0] ? { title: head.title, name: head.people[0] } : undefined,
    },
  };
}

/**
 * A procedure in force when the year began but withdrawn during it (bãi bỏ) is planned like the others; when
 * its audit falls on or after the withdrawal, the programme says so, so that it is moved to an earlier round
 * or struck out rather than audited as a process the unit no longer runs.
 */
function auditedAfterWithdrawal(unit: AuditUnit, rounds: PlanRound[]): Text[] {
  return rounds.flatMap((r) =>
    r.items.flatMap((it) => {
      const w = unit.procedures.find((p) => p.code === it.key)?.withdrawal;
      if (!w || !inEffectOn(w, it.date)) return [];
      return [
        text(
          `${it.key} bãi bỏ từ ngày ${vnDate(w.date)}, trước ngày đánh giá ${vnDate(it.date)} (đợt ${r.no}): đánh giá trước ngày bãi bỏ hoặc bỏ khỏi chương trình`,
          `${it.key} is withdrawn on ${w.date}, before its audit on ${it.date} (round ${r.no}): audit it before the withdrawal or strike it from the programme`,
        ),
      ];
    }),
  );
}

/**
 * A procedure withdrawn during the year is audited while the unit still runs it: its area moves to the
 * front of the last round that starts before the withdrawal, its own or an earlier one (at the front, it is
 * audited on the round's first day). When no round starts before it, it stays where it was and the
 * programme's note (auditedAfterWithdrawal) says to strike it out.
 */
function beforeWithdrawal(unit: AuditUnit, chunks: AuditArea[][], starts: string[]): AuditArea[][] {
  const yearEnd = `${starts[0].slice(0, 4)}-12-31`;
  const out = chunks.map((c) => [...c]);
  chunks.forEach((chunk, i) => {
    for (const area of chunk) {
      const w = unit.procedures.find((p) => p.code === area.key)?.withdrawal;
      if (!w) continue;
      let j = i;
      while (j >= 0 && !(starts[j] < w.date)) j--;
      if (j < 0 || w.date > yearEnd) continue;
      out[i].splice(out[i].indexOf(area), 1);
      out[j].unshift(area);
    }
  });
  return out;
}

/** Contiguous, near-equal shares in area order (leadership and system procedures come first). */
function splitRounds(areas: AuditArea[], rounds: number): AuditArea[][] {
  const out: AuditArea[][] = [];
  let at = 0;
  for (let i = 0; i < rounds; i++) {
    const size = Math.floor(areas.length / rounds) + (i < areas.length % rounds ? 1 : 0);
    out.push(areas.slice(at, at + size));
    at += size;
  }
  return out;
}

function scheduleRound(
  unit: AuditUnit,
  areas: AuditArea[],
  chosen: Map<string, Auditor>,
  at: { year: number; index: number; rounds: number; perDay: number; calendar: WorkCalendar },
): PlanRound {
  const start = roundStart(at.year, roundMonth(at.index, at.rounds), at.calendar);
  const done = new Map<string, number>();
  const items = areas.map((area, order) => {
    const auditor = chosen.get(area.key)!.name;
    const k = done.get(auditor) ?? 0;
    done.set(auditor, k + 1);
    return {
      order,
      date: workingDayAfter(start, Math.floor(k / at.perDay), at.calendar),
      key: area.key,
      kind: area.kind,
      title: area.title,
      clauses: area.clauses,
      auditees: area.owners.map((role) => {
        const r = unit.roles.find((x) => x.id === role);
        return { role, title: r?.title ?? role, people: r?.people ?? [] };
      }),
      auditor,
    };
  });
  // Rows in date order (the order people keep the plan in), area order within a day.
  const sorted = items
    .sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1))
    .map(({ order: _order, ...it }) => it);
  const end = sorted.length ? sorted[sorted.length - 1].date : start;
  return { no: at.index + 1, start, end, items: sorted };
}
