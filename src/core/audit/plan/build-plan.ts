import { fromIso2008, loadCatalogue, type Catalogue } from '../../standard/catalogue.js';
import { LABELS, type Lang } from '../labels.js';
import type { AuditUnit } from '../unit-scope.js';
import { applicableClauses, auditAreas, type AuditArea } from './areas.js';
import { assignAuditors, auditorPool, type Auditor } from './assign.js';
import { AUDITS_PER_DAY, roundMonth, roundStart, workingDayAfter } from './schedule.js';

export interface PlanOptions {
  year: number;
  rounds: number;
  lang: Lang;
  /** Who may audit (names); default: everyone in the unit's roles but the head. */
  auditors?: string[];
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
  const rounds = splitRounds(areas, options.rounds).map((chunk, i) =>
    scheduleRound(unit, chunk, chosen, options.year, i, options.rounds),
  );
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
    signers: {
      prepared: qmr?.people[0] ? { title: qmr.title, name: qmr.people[0] } : undefined,
      approved: head?.people[0] ? { title: head.title, name: head.people[0] } : undefined,
    },
  };
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
  year: number,
  index: number,
  rounds: number,
): PlanRound {
  const start = roundStart(year, roundMonth(index, rounds));
  const done = new Map<string, number>();
  const items = areas.map((area) => {
    const auditor = chosen.get(area.key)!.name;
    const k = done.get(auditor) ?? 0;
    done.set(auditor, k + 1);
    return {
      date: workingDayAfter(start, Math.floor(k / AUDITS_PER_DAY)),
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
  const end =
    items
      .map((it) => it.date)
      .sort()
      .pop() ?? start;
  return { no: index + 1, start, end, items };
}
