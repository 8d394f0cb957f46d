import { text } from '../../text.js';
import { firstFromIso2008 } from '../../standard/catalogue.js';
import { check, gapOf, type Gap, type StageRule } from '../check.js';
import { vnDate } from '../../dates/dates.js';
import { inWindow } from '../evidence.js';
import { REVIEW_INPUTS, type Review, type ReviewInput } from '../types.js';
import { currentAudits } from './audit.js';
import { objectivesResults } from './objectives.js';

const INPUT_NAMES: Record<ReviewInput, [string, string]> = {
  auditResults: ['a) kết quả đánh giá', 'a) audit results'],
  customerFeedback: ['b) phản hồi của tổ chức, công dân', 'b) customer feedback'],
  processPerformance: ['c) kết quả thực hiện quá trình', 'c) process performance'],
  actionsStatus: ['d) tình trạng hành động khắc phục, phòng ngừa', 'd) status of corrective and preventive actions'],
  followUp: ['e) hành động từ lần xem xét trước', 'e) follow-up of earlier reviews'],
  changes: ['f) thay đổi ảnh hưởng đến HTQLCL', 'f) changes that affect the QMS'],
  recommendations: ['g) khuyến nghị cải tiến', 'g) recommendations for improvement'],
};

export function missingInputs(review: Review): ReviewInput[] {
  return REVIEW_INPUTS.filter((k) => !(review.inputs[k] ?? '').trim());
}

/** Stage 6: a management review in the last 12 months, with every input of 5.6.2 a–g and decisions (5.6.3). */
export const review: StageRule = {
  id: 'review',
  evaluate(ev) {
    const reviews = ev.reviews.filter((r) => inWindow(ev, r.data.date));
    const complete = (r: Review) => REVIEW_INPUTS.length - missingInputs(r).length + (r.outputs.length > 0 ? 1 : 0);
    // The best review of the window: the most complete, the latest of equals.
    const best = [...reviews].sort(
      (a, b) => complete(b.data) - complete(a.data) || (a.data.date < b.data.date ? 1 : -1),
    )[0];
    const newFile = `reviews/${ev.asOf}.yaml`;
    const held = check({
      id: 'review-held',
      clause: '5.6.1',
      max: 5,
      passed: Boolean(best),
      file: best?.file ?? newFile,
      evidence: best
        ? text(`họp xem xét của lãnh đạo ngày ${vnDate(best.data.date)}`, `management review held on ${best.data.date}`)
        : text(
            'không có cuộc họp xem xét của lãnh đạo nào trong 12 tháng',
            'no management review in the last 12 months',
          ),
    });
    const missing = best ? missingInputs(best.data) : [...REVIEW_INPUTS];
    const outputs = best ? best.data.outputs.length : 0;
    const inputs = check({
      id: 'review-inputs',
      clause: '5.6.2',
      max: 10,
      passed: Boolean(best) && missing.length === 0 && outputs > 0,
      points: best ? (10 * complete(best.data)) / (REVIEW_INPUTS.length + 1) : 0,
      file: best?.file ?? newFile,
      path: best ? '/inputs' : undefined,
      evidence: best
        ? text(
            `${REVIEW_INPUTS.length - missing.length}/${REVIEW_INPUTS.length} đầu vào (5.6.2), ${outputs} quyết định đầu ra (5.6.3)`,
            `${REVIEW_INPUTS.length - missing.length} of ${REVIEW_INPUTS.length} inputs (5.6.2), ${outputs} output decision(s) (5.6.3)`,
          )
        : text('chưa có biên bản xem xét', 'no review record'),
    });
    const gaps: Gap[] = [];
    // The inputs of 2008's 5.6.2 are lettered a–g; 2015 lists them in 9.3.2 (the clause the unit's standard names).
    const clause = firstFromIso2008(ev.catalogue, '5.6.2');
    const inputsOf =
      clause === '5.6.2'
        ? text('a–g của điều 5.6.2', 'a–g of 5.6.2')
        : text(`của điều ${clause}`, `of clause ${clause}`);
    if (!best) {
      gaps.push(
        gapOf(
          held,
          held.evidence,
          text(
            `Tổ chức họp xem xét của lãnh đạo sau đánh giá nội bộ, đủ đầu vào ${inputsOf.vi}; ghi biên bản vào ${newFile}.`,
            `Hold a management review after the internal audit, with every input ${inputsOf.en}; record it in ${newFile}.`,
          ),
          { file: newFile, newFile: true, pointsLost: held.max + inputs.max },
        ),
      );
    } else if (!inputs.passed) {
      const names = missing.map((k) => INPUT_NAMES[k]);
      const what = [
        ...(names.length > 0
          ? [
              {
                vi: `thiếu đầu vào ${names.map((n) => n[0]).join('; ')}`,
                en: `inputs missing: ${names.map((n) => n[1]).join('; ')}`,
              },
            ]
          : []),
        ...(outputs === 0 ? [{ vi: 'chưa có quyết định đầu ra', en: 'no output decision' }] : []),
      ];
      gaps.push(
        gapOf(
          inputs,
          text(
            `Biên bản ${vnDate(best.data.date)}: ${what.map((w) => w.vi).join('; ')}`,
            `Review of ${best.data.date}: ${what.map((w) => w.en).join('; ')}`,
          ),
          text(
            `Bổ sung vào ${best.file} (inputs, outputs) hoặc họp xem xét lại với đủ nội dung.`,
            `Complete ${best.file} (inputs, outputs) or hold the review again with every item.`,
          ),
        ),
      );
    }
    const audits = currentAudits(ev);
    const lastAudit = audits[audits.length - 1];
    if (best && lastAudit && reviews.every((r) => r.data.date < lastAudit.data.date)) {
      gaps.push({
        code: 'review-after-audit',
        severity: 'advice',
        file: newFile,
        newFile: true,
        pointsLost: 0,
        message: text(
          `cuộc xem xét gần nhất (${vnDate(best.data.date)}) diễn ra trước đánh giá nội bộ ${lastAudit.data.id}`,
          `the latest review (${best.data.date}) came before internal audit ${lastAudit.data.id}`,
        ),
        action: text(
          'Họp xem xét của lãnh đạo sau đánh giá nội bộ để kết quả đánh giá là đầu vào (5.6.2 a).',
          'Hold the management review after the internal audit so its results are an input (5.6.2 a).',
        ),
      });
    }
    const results = best ? objectivesResults(ev, gaps) : undefined;
    const checks = [held, inputs, ...(results ? [results] : [])];
    const met = checks.every((c) => c.passed || !c.required);
    return { checks, gaps, date: met ? best.data.date : undefined };
  },
};
