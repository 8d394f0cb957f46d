import { escapeForDisplay } from '../../text.js';
import { groupLabel, STATUS_LABELS, TYPE_LABELS, blockerLabel } from '../labels.js';
import type { ReadinessReport } from '../report.js';
import type { Status, UnitReadiness } from '../types.js';
import { dateIn, num, pick, textBar, WORDS, type Lang } from './common.js';
import { detail } from './view.js';

/** Colours the terminal report may use (a chalk instance fits; identity functions for none). */
export interface Paint {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
}

const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s };

/**
 * What the units' files say (names of units and people, numbers, titles, paths) reaches the terminal
 * escaped: a line break or a bidi override in a name cannot forge or reorder lines (issue 11, item 19).
 */
const e = (value: string) => escapeForDisplay(value, 1000);

/** How many blockers a unit's detail prints before pointing at --format json. */
const SHOWN_BLOCKERS = 12;

const tone = (paint: Paint, status: Status) =>
  status === 'certified' || status === 'announced' || status === 'ready'
    ? paint.green
    : status === 'needs-maintenance' || status === 'needs-transition'
      ? paint.red
      : status === 'not-started'
        ? paint.dim
        : paint.yellow;

/** The terminal report: one unit in detail, or a tree as a table and its roll-up. */
export function renderText(report: ReadinessReport, lang: Lang, paint: Paint = PLAIN): string {
  const t = pick(lang);
  const w = (k: keyof typeof WORDS) => WORDS[k][lang];
  const head = `${paint.bold(t(WORDS.title))}\n${w('asOf')} ${dateIn(lang)(report.asOf)} · ${w('regime')}: ${t(report.regime.title)}`;
  if (report.units.length === 1) return `${head}\n\n${unitText(report.units[0], lang, paint)}`;
  return [head, '', tableText(report, lang, paint), '', rollupText(report, lang, paint)].join('\n');
}

function unitText(u: UnitReadiness, lang: Lang, paint: Paint): string {
  const v = detail(u, 0, lang);
  const w = (k: keyof typeof WORDS) => WORDS[k][lang];
  const lines = [
    `${paint.bold(e(v.name))} (${e(v.dir)}) — ${v.type}`,
    `${w('status')}: ${tone(paint, u.status)(paint.bold(v.status))} · ${w('stage')}: ${v.stage} · ${w('score')} ${paint.bold(String(v.score))}/100`,
    `${w('parts')}: ${v.parts.map((p) => `${p.label} ${p.points}/${p.max}`).join(' · ')}`,
    paint.dim(v.validation),
    '',
    paint.bold(w('stages')),
  ];
  for (const s of v.stages) {
    const mark = s.state === 'met' ? paint.green(s.mark) : s.state === 'open' ? paint.red(s.mark) : paint.dim(s.mark);
    lines.push(`  ${mark} ${s.order}. ${s.label}${s.date ? paint.dim(` — ${s.date}`) : ''}`);
    for (const c of s.checks)
      lines.push(
        `      ${c.mark === '✓' ? paint.green(c.mark) : c.mark === '✗' ? paint.red(c.mark) : c.mark} ${e(c.evidence)}`,
      );
  }
  lines.push('', paint.bold(w('blockers')));
  if (v.blockers.length === 0) lines.push(`  ${w('none')}`);
  for (const b of v.blockers.slice(0, SHOWN_BLOCKERS)) {
    const sev = b.advice ? paint.dim(`[${b.severity}]`) : paint.red(`[${b.severity}]`);
    lines.push(
      `  ${String(b.rank).padStart(2)}. ${sev} ${paint.bold(e(b.file))}`,
      `      ${e(b.message)}`,
      `      → ${e(b.action)}`,
    );
  }
  if (v.blockers.length > SHOWN_BLOCKERS)
    lines.push(paint.dim(`  … ${v.blockers.length - SHOWN_BLOCKERS} ${w('moreBlockers')}`));
  return lines.join('\n');
}

function tableText(report: ReadinessReport, lang: Lang, paint: Paint): string {
  const t = pick(lang);
  const w = (k: keyof typeof WORDS) => WORDS[k][lang];
  const rows = report.units.map(
    (u) =>
      [
        e(u.dir),
        t(STATUS_LABELS[u.status]),
        String(u.score),
        u.blockers[0] ? `${e(u.blockers[0].file)}: ${t(blockerLabel(u.blockers[0].code, u.blockers[0].key))}` : '—',
        u.status,
      ] as const,
  );
  const width = [w('unit'), ...rows.map((r) => r[0])].reduce((n, s) => Math.max(n, s.length), 0);
  const sw = [w('status'), ...rows.map((r) => r[1])].reduce((n, s) => Math.max(n, s.length), 0);
  const out = [
    paint.bold(`${w('unit').padEnd(width)}  ${w('status').padEnd(sw)}  ${w('score').padStart(5)}  ${w('next')}`),
  ];
  for (const [dir, status, score, next, id] of rows)
    out.push(`${dir.padEnd(width)}  ${tone(paint, id)(status.padEnd(sw))}  ${score.padStart(5)}  ${next}`);
  return out.join('\n');
}

function rollupText(report: ReadinessReport, lang: Lang, paint: Paint): string {
  const t = pick(lang);
  const d = dateIn(lang);
  const w = (k: keyof typeof WORDS) => WORDS[k][lang];
  const r = report.rollup;
  const counts = (by: Record<Status, number>) =>
    (Object.keys(by) as Status[])
      .filter((s) => by[s] > 0)
      .map((s) => `${t(STATUS_LABELS[s])} ${by[s]}`)
      .join(', ') || '—';
  const lines = [
    `${paint.bold(`${report.units.length} ${w('units')}`)}: ${counts(r.city.byStatus)} · ${w('average')} ${num(r.city.averageScore, lang)}`,
    `${w('parts')}: ${r.city.parts.map((p) => `${t(groupLabel(p))} ${num(p.points, lang)}/${p.max}`).join(' · ')}`,
    '',
    paint.bold(w('byLevel')),
    ...r.levels.map(
      (l) =>
        `  ${(l.type === 'unknown' ? '—' : t(TYPE_LABELS[l.type])).padEnd(16)} ${String(l.units).padStart(4)}: ${counts(l.byStatus)} · ${w('average')} ${num(l.averageScore, lang)}`,
    ),
  ];
  if (r.districts.length > 0) {
    lines.push('', paint.bold(w('districts')));
    for (const g of r.districts) {
      const own = g.unit ? `${t(STATUS_LABELS[g.unit.status])} ${g.unit.score}` : w('notInTree');
      lines.push(
        `  ${g.id ? e(g.name) : w('noDistrict')} (${own}); ${g.communes.units} ${w('communes')}: ${counts(g.communes.byStatus)}${g.communes.units ? ` · ${w('average')} ${num(g.communes.averageScore, lang)}` : ''}`,
      );
    }
  }
  if (r.departments.length > 0) {
    lines.push('', paint.bold(w('departments')));
    for (const u of r.departments) lines.push(`  ${e(u.name ?? u.dir)}: ${t(STATUS_LABELS[u.status])} ${u.score}`);
  }
  lines.push('', paint.bold(w('indicators')));
  for (const i of r.indicators) {
    const value = i.value === null ? '—' : `${num(i.value, lang)}%`;
    const state =
      i.denominator === 0
        ? '—'
        : i.met
          ? paint.green(w('met'))
          : i.deadlinePassed
            ? paint.red(`${w('notMet')}, ${w('overdue')}`)
            : paint.yellow(w('notMet'));
    lines.push(
      `  ${textBar((i.value ?? 0) / 100)} ${value.padStart(6)} (${i.numerator}/${i.denominator})  ${t(i.label)} — ${w('target')} ${i.target}% ${w('by')} ${d(i.deadline)}: ${state}`,
    );
  }
  lines.push('', paint.bold(w('common')));
  if (r.commonBlockers.length === 0) lines.push(`  ${w('none')}`);
  for (const c of r.commonBlockers) lines.push(`  ${String(c.units).padStart(4)} ${w('unitsWith')}: ${t(c.label)}`);
  lines.push('', paint.bold(w('behind')));
  for (const u of r.furthestBehind)
    lines.push(
      `  ${String(u.score).padStart(3)}  ${e(u.dir)} — ${t(STATUS_LABELS[u.status])}${u.next ? `: ${e(t(u.next.message))} (${e(u.next.file)})` : ''}`,
    );
  return lines.join('\n');
}
