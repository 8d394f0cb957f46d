import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { text } from '../../text.js';
import { numberKey, registerOf, staleCitation, UPDATE_GRACE_MONTHS } from '../../law/legal.js';
import { check, gapOf, listCut, round1, type Gap, type StageRule } from '../check.js';
import { vnDate } from '../../dates/dates.js';
import type { Evidence } from '../evidence.js';
import { modelVersionAdvice } from './model-version.js';
import { uncheckedContentAdvice, uncheckedTimesAdvice } from './unchecked-times.js';
import { objectivesCurrent } from './objectives.js';
import { decided } from './steering.js';
import { iso2015Checks } from './iso2015.js';

/** Rules with a check of their own here, left out of "documents valid". */
const OWN_RULES = new Set(['QMS026', 'QMS027']);

/** The grace the law module gives (one figure for validate and readiness). */
export { UPDATE_GRACE_MONTHS };

/** Stage 3: the documentation is issued by a decision, complete, valid, current, and covers every TTHC. */
export const documents: StageRule = {
  id: 'documents',
  evaluate(ev) {
    const gaps: Gap[] = [];
    const issued = decided(ev.milestones.documentsIssued, ev.asOf);
    const c1 = check({
      id: 'documents-issued',
      clause: '4.2.3',
      max: 5,
      passed: Boolean(issued),
      file: 'qms.yaml',
      path: '/milestones/documentsIssued',
      evidence: issued
        ? text(
            `QĐ ban hành hệ thống tài liệu số ${issued.number} ngày ${vnDate(issued.date)}`,
            `Documents issued by decision ${issued.number} of ${issued.date}`,
          )
        : text('chưa có quyết định ban hành hệ thống tài liệu', 'no decision issuing the documentation'),
    });
    if (!c1.passed) {
      gaps.push(
        gapOf(
          c1,
          c1.evidence,
          text(
            'Trình người đứng đầu ký quyết định ban hành hệ thống tài liệu (chính sách, mục tiêu, sổ tay, các quy trình); ghi vào qms.yaml dạng milestones.documentsIssued: { number: …/QĐ-UBND, date: YYYY-MM-DD } (mẫu đã chú thích ở cuối qms.yaml).',
            'Have the head sign the decision issuing the documentation (policy, objectives, manual, procedures); record it in qms.yaml as milestones.documentsIssued: { number: …/QĐ-UBND, date: YYYY-MM-DD } (a commented template is at the end of qms.yaml).',
          ),
        ),
      );
    }
    const c2 = completeness(ev, gaps);
    const c3 = validity(ev, gaps);
    const c4 = currency(ev, gaps);
    const c5 = coverage(ev, gaps);
    const c6 = issued ? objectivesCurrent(ev, gaps) : undefined;
    modelVersionAdvice(ev, gaps);
    uncheckedTimesAdvice(ev, gaps);
    uncheckedContentAdvice(ev, gaps);
    const checks = [c1, c2, c3, c4, c5, ...(c6 ? [c6] : []), ...iso2015Checks(ev, gaps)];
    return { checks, gaps, date: checks.every((c) => c.passed || !c.required) ? issued?.date : undefined };
  },
};

/** Mandatory documents (QMS026 of validate): policy, objectives, manual, the six procedures. */
function completeness(ev: Evidence, gaps: Gap[]) {
  const missing = ev.errors.filter((d) => d.rule === 'QMS026');
  const c = check({
    id: 'documents-complete',
    clause: '4.2.1',
    max: 5,
    passed: missing.length === 0,
    points: 5 * (1 - Math.min(1, missing.length / 9)),
    evidence:
      missing.length === 0
        ? ev.catalogue.standard.id === '2008'
          ? text(
              'có đủ chính sách, mục tiêu, sổ tay và sáu quy trình bắt buộc',
              'policy, objectives, manual and the six mandatory procedures are present',
            )
          : text(
              `có đủ thông tin dạng văn bản bắt buộc theo ${ev.catalogue.standard.name} (phạm vi, chính sách, mục tiêu)`,
              `the documented information ${ev.catalogue.standard.name} requires (scope, policy, objectives) is present`,
            )
        : text(`thiếu ${missing.length} tài liệu bắt buộc`, `${missing.length} mandatory document(s) missing`),
  });
  for (const d of missing) {
    const named = /\(([^()\s]+\.yaml)\)/.exec(d.message.en)?.[1];
    const file =
      named && !named.includes('<') ? named : named ? named.replace(/<[^>]+>/, ev.asOf.slice(0, 4)) : 'procedures/';
    gaps.push(
      gapOf(
        c,
        d.message,
        d.hint ??
          text(
            'Tạo tài liệu từ mô hình: qms init --skip-existing.',
            'Create it from the model: qms init --skip-existing.',
          ),
        { file, newFile: true, pointsLost: round1(5 / 9) },
      ),
    );
  }
  return c;
}

/** Every other validation error: the share of files without errors scores; one gap per rule. */
function validity(ev: Evidence, gaps: Gap[]) {
  const byRule = new Map<string, Diagnostic[]>();
  const files = new Set<string>();
  for (const d of ev.errors) {
    if (OWN_RULES.has(d.rule)) continue;
    byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
    files.add(d.file);
  }
  const total = Math.max(1, ev.validation.files);
  const c = check({
    id: 'documents-valid',
    clause: '4.2.3',
    max: 7,
    passed: files.size === 0,
    points: 7 * (1 - files.size / total),
    evidence:
      files.size === 0
        ? text(
            `${ev.validation.files} tệp không có lỗi kiểm tra (qms validate)`,
            `${ev.validation.files} file(s) with no validation error (qms validate)`,
          )
        : text(
            `${files.size}/${ev.validation.files} tệp có lỗi kiểm tra (qms validate)`,
            `${files.size} of ${ev.validation.files} file(s) have validation errors (qms validate)`,
          ),
  });
  const rules = [...byRule.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [rule, list] of rules) {
    const first = list[0];
    const inFiles = [...new Set(list.map((d) => d.file))];
    const count =
      list.length > 1 || inFiles.length > 1
        ? {
            vi: `${list.length} lỗi trong ${inFiles.length} tệp; đầu tiên: `,
            en: `${list.length} errors in ${inFiles.length} file(s); first: `,
          }
        : { vi: '', en: '' };
    gaps.push(
      gapOf(
        c,
        text(
          `${rule}/${first.alias}: ${count.vi}${first.file} dòng ${first.line}: ${first.message.vi}`,
          `${rule}/${first.alias}: ${count.en}${first.file} line ${first.line}: ${first.message.en}`,
        ),
        first.hint ?? text(`Sửa theo qms validate ${ev.dir}`, `Fix as qms validate ${ev.dir} says`),
        {
          file: first.file,
          path: first.path || undefined,
          files: inFiles,
          key: rule,
          pointsLost: round1((7 * inFiles.length) / total),
        },
      ),
    );
  }
  return c;
}

/**
 * Procedures whose legal basis (or fee basis) the register says was superseded after they took
 * effect and by asOf: they must be re-issued. (Superseded before they took effect is QMS024's error.)
 * One gap per change of the law (the instruments replaced on one day by the same new ones), naming
 * every procedure that cites them.
 */
function currency(ev: Evidence, gaps: Gap[]) {
  const register = ev.model ? registerOf(ev.model) : undefined;
  const valid = ev.procedures.filter((p) => p.data);
  const byInstrument = new Map<
    string,
    {
      from: string;
      /** `from` is a window's latest bound (superseded no later than), the exact date unverified. */
      approximate?: true;
      by: string[];
      old: string[];
      due: string;
      overdue: boolean;
      citing: Array<{ file: string; code: string; path: string }>;
    }
  >();
  for (const p of register ? valid : []) {
    const data = p.data!;
    const cited: Array<[string, string, string | undefined]> = [
      ...(data.legalBasis ?? []).map((b, i): [string, string, string | undefined] => [
        b.number,
        `/legalBasis/${i}/number`,
        b.part,
      ]),
      ...(data.fees ?? []).flatMap((f, i): Array<[string, string, undefined]> =>
        f.basis ? [[f.basis, `/fees/${i}/basis`, undefined]] : [],
      ),
    ];
    for (const [number, path, part] of cited) {
      const entry = register!.get(numberKey(number));
      // Stale at issue is QMS024's error; readiness counts what went stale after the procedure took effect.
      const hit = entry && staleCitation(entry, data.effectiveDate, ev.asOf, part);
      if (!hit || hit.atIssue) continue;
      const by = hit.by;
      const key = `${hit.from}|${by.join(', ') || entry.number}`;
      const group = byInstrument.get(key) ?? {
        from: hit.from,
        ...(hit.approximate ? { approximate: hit.approximate } : {}),
        by,
        old: [],
        due: hit.due,
        overdue: hit.overdue,
        citing: [],
      };
      if (!group.old.includes(entry.number)) group.old.push(entry.number);
      if (!group.citing.some((x) => x.file === p.file)) group.citing.push({ file: p.file, code: p.code, path });
      byInstrument.set(key, group);
    }
  }
  const stale = new Set([...byInstrument.values()].flatMap((g) => g.citing.map((x) => x.file)));
  const late = new Set([...byInstrument.values()].filter((g) => g.overdue).flatMap((g) => g.citing.map((x) => x.file)));
  const c = check({
    id: 'legal-basis-current',
    clause: '4.2.3',
    max: 3,
    passed: late.size === 0,
    points: valid.length === 0 ? 0 : 3 * (1 - late.size / valid.length),
    evidence: !register
      ? text('không đọc được sổ văn bản pháp luật của mô hình', "the model's legal register could not be read")
      : stale.size === 0
        ? text('không quy trình nào viện dẫn văn bản đã bị thay thế', 'no procedure cites a superseded instrument')
        : text(
            `${stale.size} quy trình viện dẫn văn bản đã bị thay thế (${late.size} quá ${UPDATE_GRACE_MONTHS} tháng)`,
            `${stale.size} procedure(s) cite superseded instruments (${late.size} for more than ${UPDATE_GRACE_MONTHS} months)`,
          ),
  });
  const groups = [...byInstrument.values()].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.citing.length - a.citing.length || (a.from < b.from ? -1 : 1),
  );
  for (const { from, approximate, by: replacing, old, due, overdue, citing } of groups) {
    const by = replacing.length > 0 ? replacing.join(', ') : undefined;
    const codes = listCut(citing.map((x) => x.code));
    const who =
      citing.length === 1
        ? { vi: codes.vi, en: codes.en }
        : { vi: `${citing.length} quy trình (${codes.vi})`, en: `${citing.length} procedures (${codes.en})` };
    gaps.push({
      code: 'legal-basis-current',
      key: by ?? old.join(', '),
      severity: overdue ? 'blocker' : 'advice',
      file: citing[0].file,
      path: citing[0].path,
      files: citing.map((x) => x.file),
      pointsLost: overdue ? round1((3 * citing.length) / Math.max(1, valid.length)) : 0,
      message: text(
        `${who.vi} viện dẫn ${old.join(', ')}, đã bị thay thế ${approximate ? `chậm nhất từ ${vnDate(from)} (ngày chính xác chưa kiểm chứng)` : `từ ${vnDate(from)}`}${by ? ` bởi ${by}` : ''}`,
        `${who.en} cite${citing.length === 1 ? 's' : ''} ${old.join(', ')}, superseded ${approximate ? `no later than ${from} (exact date not verified)` : `on ${from}`}${by ? ` by ${by}` : ''}`,
      ),
      action: overdue
        ? text(
            'Cập nhật căn cứ theo văn bản đang có hiệu lực và ban hành lại các quy trình này (lần ban hành mới, ghi lịch sử sửa đổi).',
            'Cite the instrument in force and re-issue these procedures (new issue, with a revision entry).',
          )
        : text(
            `Ban hành lại theo văn bản mới trước ${vnDate(due)} (${UPDATE_GRACE_MONTHS} tháng sau khi văn bản cũ hết hiệu lực).`,
            `Re-issue under the new instrument before ${due} (${UPDATE_GRACE_MONTHS} months after the old one ended).`,
          ),
    });
  }
  return c;
}

/** Every TTHC of the model for the unit type has a procedure (or a justified exclusion). */
function coverage(ev: Evidence, gaps: Gap[]) {
  const required = ev.tthcRequired;
  const missing = required.filter((id) => !ev.tthcCovered.has(id));
  const c = check({
    id: 'tthc-coverage',
    clause: '7.1',
    max: 10,
    passed: Boolean(ev.model) && missing.length === 0,
    points: !ev.model ? 0 : required.length === 0 ? 10 : 10 * (1 - missing.length / required.length),
    file: 'procedures/',
    evidence: !ev.model
      ? text('không đọc được mô hình của đơn vị (xem lỗi QMS010)', "the unit's model could not be read (see QMS010)")
      : text(
          `${required.length - missing.length}/${required.length} TTHC của mô hình có quy trình`,
          `${required.length - missing.length} of ${required.length} TTHC of the model have a procedure`,
        ),
  });
  if (ev.model && missing.length > 0) {
    const code = missing.length === 1 ? ev.model.tthc.get(missing[0])?.code : undefined;
    const list = listCut(missing, 4);
    gaps.push(
      gapOf(
        c,
        text(
          `${missing.length} TTHC chưa có quy trình: ${list.vi}`,
          `${missing.length} TTHC without a procedure: ${list.en}`,
        ),
        text(
          `Tạo quy trình từ mô hình: qms new procedure ${missing[0]} --unit ${ev.dir}${missing.length > 1 ? ' (mỗi TTHC một lệnh)' : ''}, hoặc loại trừ kèm lý do trong tthcExclusions.`,
          `Create it from the model: qms new procedure ${missing[0]} --unit ${ev.dir}${missing.length > 1 ? ' (one per TTHC)' : ''}, or exclude it with a reason in tthcExclusions.`,
        ),
        { file: code ? `procedures/${code}.yaml` : 'procedures/', newFile: true },
      ),
    );
  }
  return c;
}
