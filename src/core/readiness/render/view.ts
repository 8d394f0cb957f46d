import type { Text } from '../../text.js';
import { round1 } from '../check.js';
import { groupLabel, STAGE_LABELS, STATUS_COLORS, STATUS_LABELS, TYPE_LABELS } from '../labels.js';
import type { ReadinessReport } from '../report.js';
import type { Aggregate, UnitSummary } from '../rollup.js';
import { STATUSES, type UnitReadiness } from '../types.js';
import { dateIn, num, pick, textBar, WORDS, type Lang } from './common.js';
import { barChart, stackedChart, type BarChart, type StackedChart } from './charts.js';

/** Unit details are written out for trees up to this size; beyond, the table and the lists. */
export const DETAIL_LIMIT = 60;

export interface UnitRow {
  dir: string;
  name: string;
  type: string;
  status: string;
  color: string;
  stage: string;
  score: number;
  scoreBar: string;
  next: string;
  nextFile: string;
}

export interface DetailView {
  anchor: string;
  name: string;
  dir: string;
  type: string;
  status: string;
  color: string;
  stage: string;
  score: number;
  parts: Array<{ label: string; points: string; max: number; pct: number; bar: string }>;
  stages: Array<{
    order: number;
    label: string;
    mark: string;
    state: string;
    date: string;
    checks: Array<{ mark: string; evidence: string; where: string }>;
  }>;
  blockers: Array<{ rank: number; severity: string; advice: boolean; file: string; message: string; action: string }>;
  history: string;
  validation: string;
}

/** Everything the Markdown and HTML templates print, in the reader's language, computed here. */
export function buildView(report: ReadinessReport, lang: Lang, version: string) {
  const t = pick(lang);
  const d = dateIn(lang);
  const w = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, v[lang]])) as Record<
    keyof typeof WORDS,
    string
  >;
  const { rollup } = report;
  const statusName = (s: UnitReadiness['status']) => t(STATUS_LABELS[s]);
  const row = (u: UnitSummary): UnitRow => ({
    dir: u.dir,
    name: u.name ?? u.dir,
    type: u.type ? t(TYPE_LABELS[u.type]) : '—',
    status: statusName(u.status),
    color: STATUS_COLORS[u.status],
    stage: `${stageOrder(u.stage)}. ${t(STAGE_LABELS[u.stage])}`,
    score: u.score,
    scoreBar: textBar(u.score / 100),
    next: u.next ? t(u.next.message) : '—',
    nextFile: u.next?.file ?? '',
  });
  const counts = (a: Aggregate) =>
    STATUSES.map((s) => ({ status: statusName(s), color: STATUS_COLORS[s], count: a.byStatus[s] }));
  const single = report.units.length === 1;
  return {
    lang,
    w,
    version,
    single,
    title: t(WORDS.title),
    asOf: d(report.asOf),
    regime: t(report.regime.title),
    programme: t(report.programme.title),
    unitCount: report.units.length,
    statusLegend: STATUSES.map((s) => ({
      label: statusName(s),
      color: STATUS_COLORS[s],
      count: rollup.city.byStatus[s],
    })),
    city: { average: num(rollup.city.averageScore, lang), achieved: rollup.city.targetAchieved },
    indicators: rollup.indicators.map((i) => ({
      label: t(i.label),
      fraction: `${i.numerator}/${i.denominator}`,
      value: i.value === null ? '—' : `${num(i.value, lang)}%`,
      pct: i.value ?? 0,
      target: `${i.target}%`,
      deadline: d(i.deadline),
      met: i.met,
      // Nothing to measure (no unit of that level): neither met nor late.
      state: i.denominator === 0 ? '—' : i.met ? w.met : i.deadlinePassed ? `${w.notMet}, ${w.overdue}` : w.notMet,
      late: i.denominator > 0 && !i.met && i.deadlinePassed,
      bar: { value: round1(Math.min(100, i.value ?? 0) * 2), target: i.target * 2 },
    })),
    charts: {
      status: barChart(
        STATUSES.map((s) => ({
          label: statusName(s),
          value: rollup.city.byStatus[s],
          color: STATUS_COLORS[s],
          text: String(rollup.city.byStatus[s]),
        })),
      ),
      groups: barChart(
        rollup.city.parts.map((p) => {
          const pct = p.max ? (100 * p.points) / p.max : 0;
          return {
            label: t(groupLabel(p)),
            value: pct,
            max: 100,
            color: '#1b4f72',
            text: `${num(round1(pct), lang)}%`,
          };
        }),
      ),
      levels: stackedChart(
        [
          ...rollup.districts.map((g) => ({
            label: g.id ? g.name : w.noDistrict,
            counts: STATUSES.map((s) => g.total.byStatus[s]),
          })),
          ...(rollup.departments.length
            ? [
                {
                  label: w.departments,
                  counts: STATUSES.map((s) => rollup.departments.filter((u) => u.status === s).length),
                },
              ]
            : []),
        ],
        STATUSES.map((s) => STATUS_COLORS[s]),
      ),
    } satisfies Record<string, BarChart | StackedChart>,
    levels: rollup.levels.map((l) => ({
      label: l.type === 'unknown' ? '—' : t(TYPE_LABELS[l.type]),
      units: l.units,
      average: l.units ? num(l.averageScore, lang) : '—',
      achieved: l.targetAchieved,
      counts: counts(l),
    })),
    districts: rollup.districts.map((g) => ({
      name: g.id ? g.name : w.noDistrict,
      unit: g.unit ? row(g.unit) : null,
      communes: g.communes.units,
      communeAverage: g.communes.units ? num(g.communes.averageScore, lang) : '—',
      counts: counts(g.communes),
      achieved: g.communes.targetAchieved,
    })),
    departments: rollup.departments.map(row),
    common: rollup.commonBlockers.map((c) => ({
      label: t(c.label),
      units: c.units,
      examples: c.examples.join(', '),
      action: t(c.action),
    })),
    behind: rollup.furthestBehind.map(row),
    history: (rollup.history ?? []).map((h) => ({
      ...h,
      cells: [h.announcements, h.reannouncements, h.certificates, h.reports, h.inspections].map((n) =>
        n === 0 ? '—' : String(n),
      ),
    })),
    units: report.units.map((u) =>
      row({
        ...u,
        next: u.blockers[0]
          ? { message: u.blockers[0].message, action: u.blockers[0].action, file: u.blockers[0].file }
          : undefined,
      }),
    ),
    details: report.units.length <= DETAIL_LIMIT ? report.units.map((u, i) => detail(u, i, lang)) : [],
    detailsLeftOut: report.units.length > DETAIL_LIMIT,
  };
}

export type ReportView = ReturnType<typeof buildView>;

const stageOrder = (id: UnitReadiness['stage']) =>
  [
    'steering',
    'training',
    'documents',
    'application',
    'audit',
    'review',
    'corrective',
    'target',
    'maintenance',
  ].indexOf(id) + 1;

export function detail(u: UnitReadiness, index: number, lang: Lang): DetailView {
  const t = pick(lang);
  const d = dateIn(lang);
  const w = (k: keyof typeof WORDS) => WORDS[k][lang];
  return {
    anchor: `unit-${index + 1}`,
    name: u.name ?? u.dir,
    dir: u.dir,
    type: u.type ? t(TYPE_LABELS[u.type]) : '—',
    status: t(STATUS_LABELS[u.status]),
    color: STATUS_COLORS[u.status],
    stage: `${stageOrder(u.stage)}. ${t(STAGE_LABELS[u.stage])}`,
    score: u.score,
    parts: u.parts.map((p) => ({
      label: t(groupLabel(p)),
      points: num(p.points, lang),
      max: p.max,
      pct: p.max ? round1((100 * p.points) / p.max) : 0,
      bar: textBar(p.max ? p.points / p.max : 0),
    })),
    stages: u.stages.map((s) => ({
      order: s.order,
      label: t(STAGE_LABELS[s.id]),
      mark: !s.applicable ? '–' : s.met ? '✓' : '✗',
      state: !s.applicable ? 'na' : s.met ? 'met' : 'open',
      date: s.date ? d(s.date) : !s.applicable ? w('notApplicable') : '',
      checks: s.checks.map((c) => ({
        mark: c.passed ? '✓' : c.required ? '✗' : '·',
        evidence: t(c.evidence),
        where: c.file ? `${c.file}${c.path ? ` ${c.path}` : ''}` : '',
      })),
    })),
    blockers: u.blockers.map((b) => ({
      rank: b.rank,
      severity: b.severity === 'blocker' ? w('blocker') : w('advice'),
      advice: b.severity === 'advice',
      file: `${b.files && b.files.length > 1 ? `${b.files.length} ${lang === 'vi' ? 'tệp' : 'files'}: ${b.files.join(', ')}` : b.file}${b.newFile ? ` (${w('newFile')})` : ''}`,
      message: t(b.message),
      action: t(b.action),
    })),
    history: historyLine(u, lang),
    validation:
      lang === 'vi'
        ? `qms validate: ${u.validation.errors} lỗi, ${u.validation.warnings} cảnh báo trong ${u.validation.files} tệp`
        : `qms validate: ${u.validation.errors} error(s), ${u.validation.warnings} warning(s) in ${u.validation.files} files`,
  };
}

const REASONS: Record<string, Text> = {
  initial: { vi: 'lần đầu', en: 'first' },
  extended: { vi: 'mở rộng phạm vi', en: 'scope extended' },
  adjusted: { vi: 'điều chỉnh phạm vi', en: 'scope adjusted' },
  narrowed: { vi: 'thu hẹp phạm vi', en: 'scope narrowed' },
};

/** "Công bố: 98/QĐ-UBND 20/10/2014 (lần đầu); … · Báo cáo: 2015 (86/BC-UBND) · Kiểm tra: …" */
function historyLine(u: UnitReadiness, lang: Lang): string {
  const h = u.history;
  if (!h) return '';
  const d = dateIn(lang);
  const vi = lang === 'vi';
  const parts = [
    h.certificates.length
      ? `${vi ? 'Chứng nhận' : 'Certificates'}: ${h.certificates.map((c) => `${c.number} ${d(c.date)}–${d(c.expires)}`).join('; ')}`
      : '',
    h.announcements.length
      ? `${vi ? 'Công bố' : 'Announcements'}: ${h.announcements
          .map((a) => `${a.number} ${d(a.date)}${a.reason ? ` (${REASONS[a.reason]?.[lang] ?? a.reason})` : ''}`)
          .join('; ')}`
      : '',
    h.reports.length
      ? `${vi ? 'Báo cáo năm' : 'Yearly reports'}: ${h.reports.map((r) => `${r.year} (${r.number})`).join('; ')}`
      : '',
    h.inspections.length
      ? `${vi ? 'Kiểm tra' : 'Inspections'}: ${h.inspections
          .map(
            (i) =>
              `${d(i.date)} ${i.body} (${i.findings} ${vi ? 'tồn tại' : 'findings'}${i.open ? `, ${i.open} ${vi ? 'chưa khắc phục' : 'open'}` : ''})`,
          )
          .join('; ')}`
      : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : WORDS.noHistory[lang];
}
