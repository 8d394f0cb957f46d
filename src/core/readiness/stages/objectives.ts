import { text } from '../../text.js';
import { check, gapOf, type Gap } from '../check.js';
import type { Evidence } from '../evidence.js';
import type { Check } from '../types.js';
import { firstFromIso2008 } from '../../standard/catalogue.js';

/**
 * Until this day of a year (MM-DD) last year's objectives still stand in for the new year's, and last
 * year's results may still be being measured. ⚠ A working figure of this tool, not a legal one.
 */
export const OBJECTIVES_GRACE_UNTIL = '01-31';

/**
 * Quality objectives are set every year (5.4.1): the objectives of asOf's year are required once the
 * documents are issued. Outside the score (their points are in "documents complete"); a failure is a
 * blocker, which caps the score.
 */
export function objectivesCurrent(ev: Evidence, gaps: Gap[]): Check | undefined {
  const year = Number(ev.asOf.slice(0, 4));
  const found = objectivesOf(ev);
  const clause = firstFromIso2008(ev.catalogue, '5.4.1');
  const latest = ev.objectives.at(-1);
  const file = `objectives/${year}.yaml`;
  const c = check({
    id: 'objectives-current',
    clause: '5.4.1',
    max: 0,
    passed: Boolean(found),
    file: found?.file ?? file,
    evidence: found
      ? text(
          `mục tiêu chất lượng năm ${found.data.year} (${found.file})`,
          `quality objectives for ${found.data.year} (${found.file})`,
        )
      : text(
          `không có mục tiêu chất lượng năm ${year}${latest ? ` (gần nhất: năm ${latest.data.year}, ${latest.file})` : ''}`,
          `no quality objectives for ${year}${latest ? ` (latest: ${latest.data.year}, ${latest.file})` : ''}`,
        ),
  });
  if (!found) {
    gaps.push(
      gapOf(
        c,
        c.evidence,
        text(
          `Ban hành mục tiêu chất lượng năm ${year} (điều ${clause}: đặt hằng năm, đo được) vào ${file}; mục tiêu và kết quả là đầu vào của đánh giá nội bộ và xem xét của lãnh đạo.`,
          `Issue the quality objectives for ${year} (clause ${clause}: set every year, measurable) in ${file}; they and their results feed the internal audit and the management review.`,
        ),
        { file, newFile: true },
      ),
    );
  }
  return c;
}

/** The objectives in force at asOf: its year's, or last year's during January. */
export function objectivesOf(ev: Evidence): Evidence['objectives'][number] | undefined {
  const year = Number(ev.asOf.slice(0, 4));
  const grace = ev.asOf.slice(5) <= OBJECTIVES_GRACE_UNTIL;
  return (
    ev.objectives.find((o) => o.data.year === year) ??
    (grace ? ev.objectives.find((o) => o.data.year === year - 1) : undefined)
  );
}

/** Last year's objectives have their results (5.6.2 c), once January is over. Required, outside the score. */
export function objectivesResults(ev: Evidence, gaps: Gap[]): Check | undefined {
  const year = Number(ev.asOf.slice(0, 4)) - 1;
  const last = ev.objectives.find((o) => o.data.year === year);
  if (!last || ev.asOf.slice(5) <= OBJECTIVES_GRACE_UNTIL) return undefined;
  const missing = last.data.objectives
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => !o.result || (o.result.measuredOn !== undefined && o.result.measuredOn > ev.asOf));
  const total = last.data.objectives.length;
  const c = check({
    id: 'objectives-results',
    clause: '5.6.2',
    max: 0,
    passed: missing.length === 0,
    file: last.file,
    ...(missing.length > 0 ? { path: `/objectives/${missing[0].i}/result` } : {}),
    evidence: text(
      `mục tiêu năm ${year}: ${total - missing.length}/${total} có kết quả đo`,
      `objectives for ${year}: ${total - missing.length} of ${total} have a measured result`,
    ),
  });
  if (missing.length > 0) {
    gaps.push(
      gapOf(
        c,
        text(
          `${missing.length}/${total} mục tiêu chất lượng năm ${year} chưa có kết quả (result)`,
          `${missing.length} of ${total} quality objectives for ${year} have no result`,
        ),
        text(
          `Ghi kết quả thực hiện từng mục tiêu năm ${year} (result: value, measuredOn) vào ${last.file}; đưa vào báo cáo xem xét của lãnh đạo (5.6.2 c).`,
          `Record each ${year} objective's result (result: value, measuredOn) in ${last.file}; report it to the management review (5.6.2 c).`,
        ),
      ),
    );
  }
  return c;
}
