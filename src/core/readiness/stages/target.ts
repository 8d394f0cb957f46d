import { text } from '../../text.js';
import { standardOf } from '../../unit/history.js';
import type { Announcement, Certificate } from '../../unit/types.js';
import { check, gapOf, type Gap, type StageRule } from '../check.js';
import { addMonths, maxDate, vnDate } from '../../dates/dates.js';
import type { Evidence } from '../evidence.js';
import { targetOrder, type OrderProblem } from '../order.js';
import {
  announcementRegime,
  designatedBodies,
  regimeAt,
  standardAt,
  standardDef,
  unverified,
  type StandardDef,
} from '../regime.js';

/** Where the unit stands towards its target at asOf. */
export interface TargetState {
  /** How the target is met now: a valid certificate, or an announcement made. */
  achieved?: 'certificate' | 'announcement';
  /** It was certified, but the certificate has expired and nothing replaced it. */
  lapsed: boolean;
  certificate?: Certificate;
  announcement?: Announcement;
  /**
   * The unit is on a standard no longer recognised at asOf (TCVN ISO 9001:2008 after 14/09/2018): its record in
   * force is to that standard, or it has none and its qms.yaml still names that standard (kind `standard`).
   */
  transition?: {
    standard: StandardDef;
    record?: Announcement | Certificate;
    kind: 'certificate' | 'announcement' | 'standard';
  };
  /** A record to a standard no longer recognised, of a unit that already moved to the successor: it no longer counts. */
  superseded?: { record: Announcement | Certificate; standard: StandardDef };
  /** The record in force came before the audit or review it depends on: it does not count. */
  outOfOrder?: OrderProblem;
}

const ANNOUNCEMENT_LABEL = text('QĐ công bố', 'The announcement');
const CERT_AUDIT_LABEL = text('Đánh giá chứng nhận', 'The certification audit');

/** A standard is recognised at asOf until the day its entry says (TCVN ISO 9001:2008: 14/09/2018). */
function unrecognised(record: { standard?: string }, asOf: string): StandardDef | undefined {
  const std = standardDef(standardOf(record));
  return std?.recognisedUntil !== undefined && std.recognisedUntil < asOf ? std : undefined;
}

export function targetState(ev: Evidence): TargetState {
  const from = announcementRegime()?.from;
  const certificate = (ev.milestones.certificates ?? []).at(-1);
  const announcement = (ev.milestones.announcements ?? []).filter((a) => from !== undefined && a.date >= from).at(-1);
  // The standard the unit itself applies (qms.yaml `standard`), when it is no longer recognised.
  const own = unrecognised({ standard: ev.catalogue.standard.name }, ev.asOf);
  let superseded: TargetState['superseded'];
  if (announcement) {
    const std = unrecognised(announcement, ev.asOf);
    if (std && own)
      return { lapsed: false, announcement, transition: { standard: std, record: announcement, kind: 'announcement' } };
    if (std) superseded = { record: announcement, standard: std };
    else {
      const outOfOrder = targetOrder(ev, {
        date: announcement.date,
        label: ANNOUNCEMENT_LABEL,
        file: 'qms.yaml',
        path: `/milestones/announcements/${(ev.milestones.announcements ?? []).indexOf(announcement)}`,
        redo: text(
          'Công bố chỉ sau khi đã đánh giá nội bộ và họp xem xét của lãnh đạo (QĐ 19/2014/QĐ-TTg): hoàn thành hai bước này rồi ký QĐ công bố lại; ghi vào milestones.announcements.',
          'Announce only after the internal audit and the management review (QĐ 19/2014/QĐ-TTg): complete both, then sign a new announcement; record it in milestones.announcements.',
        ),
      });
      if (!outOfOrder) return { achieved: 'announcement', lapsed: false, certificate, announcement };
      return { lapsed: false, certificate, announcement, outOfOrder };
    }
  }
  if (certificate && certificate.expires > ev.asOf) {
    const std = unrecognised(certificate, ev.asOf);
    if (std && own)
      return { lapsed: false, certificate, transition: { standard: std, record: certificate, kind: 'certificate' } };
    if (!std) return { achieved: 'certificate', lapsed: false, certificate };
    superseded ??= { record: certificate, standard: std };
  }
  if (own) return { lapsed: false, certificate, transition: { standard: own, kind: 'standard' } };
  // A unit that moved to the successor starts its target again: a record to the old standard is history.
  return { lapsed: Boolean(certificate) && !superseded, certificate, ...(superseded ? { superseded } : {}) };
}

const SO_KHCN = text('Sở Khoa học và Công nghệ', 'the provincial Department of Science and Technology (Sở KH&CN)');

/**
 * Stage 8: certified (until 17/05/2014: a designated body, validity, yearly surveillance, the
 * certification audit's nonconformities closed) or announced (from 18/05/2014: decision after the
 * internal audit and the management review, sent to the Sở KH&CN), to a standard still recognised.
 * What is asked for follows data/regimes/regimes.yaml at asOf.
 */
export const target: StageRule = {
  id: 'target',
  evaluate(ev) {
    const state = targetState(ev);
    const gaps: Gap[] = [];
    if (state.transition) return transition(ev, state.transition, gaps);
    if (state.achieved === 'announcement') return announced(ev, state.announcement!, gaps);
    if (state.achieved === 'certificate') return certified(ev, state.certificate!, gaps);
    return notYet(ev, state, gaps);
  },
};

function announced(ev: Evidence, a: Announcement, gaps: Gap[]) {
  const index = (ev.milestones.announcements ?? []).indexOf(a);
  const path = `/milestones/announcements/${index}`;
  const sent = Boolean(a.sentTo && a.sentDate);
  const c1 = check({
    id: 'announcement',
    clause: '4.1',
    max: 0,
    passed: true,
    file: 'qms.yaml',
    path,
    evidence: text(
      `QĐ công bố HTQLCL phù hợp ${standardOf(a)} số ${a.number} ngày ${vnDate(a.date)}`,
      `Announcement decision ${a.number} of ${a.date} (${standardOf(a)})`,
    ),
  });
  const c2 = check({
    id: 'announcement-sent',
    clause: '4.1',
    max: 0,
    passed: sent,
    file: 'qms.yaml',
    path,
    evidence: sent
      ? text(`đã gửi ${a.sentTo} ngày ${vnDate(a.sentDate!)}`, `sent to ${a.sentTo} on ${a.sentDate}`)
      : text(`chưa ghi việc gửi QĐ công bố tới ${SO_KHCN.vi}`, `no record of sending the decision to ${SO_KHCN.en}`),
  });
  if (!sent) {
    gaps.push(
      gapOf(
        c2,
        c2.evidence,
        text(
          `Gửi QĐ công bố tới ${SO_KHCN.vi} và niêm yết tại trụ sở; ghi sentTo, sentDate vào milestones.announcements.`,
          `Send the decision to ${SO_KHCN.en} and post it at the office; record sentTo and sentDate in milestones.announcements.`,
        ),
      ),
    );
  }
  return { checks: [c1, c2], gaps, date: sent ? maxDate([a.date, a.sentDate]) : undefined };
}

function certified(ev: Evidence, cert: Certificate, gaps: Gap[]) {
  const index = (ev.milestones.certificates ?? []).indexOf(cert);
  const path = `/milestones/certificates/${index}`;
  const rules = regimeAt(cert.date).certificate ?? regimeAt('0000-00-00').certificate;
  const last = maxDate([cert.date, ...(cert.surveillance ?? [])])!;
  const months = rules?.surveillanceMonths ?? 12;
  const due = addMonths(last, months);
  const c1 = check({
    id: 'certificate',
    clause: '4.1',
    max: 0,
    passed: true,
    file: 'qms.yaml',
    path,
    evidence: text(
      `Giấy chứng nhận số ${cert.number} của ${cert.body}, cấp ${vnDate(cert.date)}, hiệu lực đến ${vnDate(cert.expires)}`,
      `Certificate ${cert.number} from ${cert.body}, issued ${cert.date}, valid until ${cert.expires}`,
    ),
  });
  const checks = [c1, ...certificateChecks(ev, cert, path, gaps)];
  const c2 = check({
    id: 'surveillance',
    clause: '4.1',
    max: 0,
    passed: due > ev.asOf,
    file: 'qms.yaml',
    path: `${path}/surveillance`,
    evidence:
      due > ev.asOf
        ? text(
            `đánh giá giám sát gần nhất ${vnDate(last)}; lần tới trước ${vnDate(due)}`,
            `last surveillance ${last}; next due by ${due}`,
          )
        : text(
            `quá hạn đánh giá giám sát hằng năm (lần gần nhất ${vnDate(last)})`,
            `yearly surveillance overdue (last ${last})`,
          ),
  });
  checks.push(c2);
  if (!c2.passed) {
    gaps.push(
      gapOf(
        c2,
        c2.evidence,
        text(
          `Đề nghị ${cert.body} đánh giá giám sát; ghi ngày vào surveillance của giấy chứng nhận (milestones.certificates).`,
          `Ask ${cert.body} for the surveillance audit; record its date in the certificate's surveillance (milestones.certificates).`,
        ),
      ),
    );
  }
  const announcing = announcementRegime();
  if (ev.regime.target === 'announcement' && announcing?.from) {
    gaps.push({
      code: 'announce-instead',
      severity: 'advice',
      file: 'qms.yaml',
      path: '/milestones',
      pointsLost: 0,
      message: text(
        `từ ${vnDate(announcing.from)} QĐ ${announcing.basis[0]} thay chứng nhận bằng tự công bố; giấy chứng nhận hết hiệu lực ngày ${vnDate(cert.expires)}`,
        `from ${announcing.from} QĐ ${announcing.basis[0]} replaced certification with self-announcement; the certificate expires on ${cert.expires}`,
      ),
      action: text(
        `Công bố HTQLCL theo QĐ ${ev.regime.basis[0]} trước ${vnDate(cert.expires)}; ghi vào milestones.announcements.`,
        `Announce the QMS under QĐ ${ev.regime.basis[0]} before ${cert.expires}; record it in milestones.announcements.`,
      ),
    });
  } else if (addMonths(ev.asOf, 6) >= cert.expires) {
    gaps.push({
      code: 'certificate-expiring',
      severity: 'advice',
      file: 'qms.yaml',
      path,
      pointsLost: 0,
      message: text(
        `giấy chứng nhận hết hiệu lực ngày ${vnDate(cert.expires)}`,
        `the certificate expires on ${cert.expires}`,
      ),
      action: text(
        'Đăng ký đánh giá chứng nhận lại trước ngày hết hiệu lực.',
        'Book the re-certification audit before it expires.',
      ),
    });
  }
  const met = checks.every((c) => c.passed || !c.required);
  return { checks, gaps, date: met ? cert.date : undefined };
}

/** A certificate's own checks: designated body, validity, certification audit closed and in order. */
function certificateChecks(ev: Evidence, cert: Certificate, path: string, gaps: Gap[]) {
  const regime = regimeAt(cert.date);
  const rules = regime.certificate;
  const checks = [];
  if (rules) {
    const list = designatedBodies(regime);
    const norm = (s: string) => s.normalize('NFC').toLowerCase().trim();
    const body = list.find(
      (b) =>
        (cert.bodyId !== undefined && b.id === cert.bodyId) ||
        [b.name, ...(b.aliases ?? [])].some((n) => norm(n) === norm(cert.body)),
    );
    const c = check({
      id: 'certificate-body',
      clause: '4.1',
      max: 0,
      passed: Boolean(body),
      file: 'qms.yaml',
      path: `${path}/bodyId`,
      evidence: body
        ? text(
            `tổ chức chứng nhận ${body.name}${body.unverified ? ' (⚠ quyết định chỉ định chưa xác minh được tại nguồn)' : ' được chỉ định'}`,
            `certification body ${body.name}${body.unverified ? ' (⚠ designation decision not verified at a source)' : ' designated'}`,
          )
        : text(
            `"${cert.body}" không có trong danh sách tổ chức chứng nhận được Bộ KH&CN chỉ định (data/regimes/${rules.designatedBodies})`,
            `"${cert.body}" is not in the list of bodies designated by the Ministry (data/regimes/${rules.designatedBodies})`,
          ),
    });
    checks.push(c);
    if (!c.passed) {
      gaps.push(
        gapOf(
          c,
          c.evidence,
          text(
            `Ghi bodyId của tổ chức chứng nhận theo danh sách; nếu tổ chức không được chỉ định, giấy chứng nhận không có giá trị theo ${regime.basis[0]}: đánh giá chứng nhận lại với tổ chức được chỉ định.`,
            `Record the body's bodyId from the list; a body that was not designated gives no valid certificate under ${regime.basis[0]}: be certified again by a designated body.`,
          ),
        ),
      );
    }
    const longest = addMonths(cert.date, rules.maxValidityYears * 12);
    const warn = unverified(regime, 'certificate.maxValidityYears') ? '⚠ ' : '';
    const v = check({
      id: 'certificate-validity',
      clause: '4.1',
      max: 0,
      passed: cert.expires <= longest,
      file: 'qms.yaml',
      path: `${path}/expires`,
      evidence:
        cert.expires <= longest
          ? text(
              `hiệu lực ${vnDate(cert.date)}–${vnDate(cert.expires)}, không quá ${rules.maxValidityYears} năm`,
              `valid ${cert.date} to ${cert.expires}, within ${rules.maxValidityYears} years`,
            )
          : text(
              `hiệu lực đến ${vnDate(cert.expires)}, quá ${rules.maxValidityYears} năm kể từ ngày cấp ${vnDate(cert.date)} (${warn}tối đa đến ${vnDate(longest)})`,
              `valid until ${cert.expires}, more than ${rules.maxValidityYears} years after ${cert.date} (${warn}at most ${longest})`,
            ),
    });
    checks.push(v);
    if (!v.passed) {
      gaps.push(
        gapOf(
          v,
          v.evidence,
          text(
            'Đối chiếu ngày cấp và ngày hết hiệu lực với bản giấy chứng nhận; sửa expires trong milestones.certificates.',
            'Check the issue and expiry dates against the certificate; correct expires in milestones.certificates.',
          ),
        ),
      );
    }
  }
  const ext = cert.externalAudit;
  const closed = !ext || ext.nonconformities === 0 || (ext.closed !== undefined && ext.closed <= cert.date);
  const x = check({
    id: 'certificate-nc-closed',
    clause: '8.5.2',
    max: 0,
    passed: closed,
    required: Boolean(ext),
    file: 'qms.yaml',
    path: `${path}/externalAudit`,
    evidence: !ext
      ? text(
          'chưa ghi cuộc đánh giá chứng nhận (externalAudit) và các điểm không phù hợp của nó',
          'the certification audit (externalAudit) and its nonconformities are not recorded',
        )
      : closed
        ? text(
            `đánh giá chứng nhận ngày ${vnDate(ext.date)}: ${ext.nonconformities} điểm không phù hợp${ext.nonconformities > 0 ? `, khắc phục xong ngày ${vnDate(ext.closed!)}` : ''}`,
            `certification audit of ${ext.date}: ${ext.nonconformities} nonconformities${ext.nonconformities > 0 ? `, closed on ${ext.closed}` : ''}`,
          )
        : text(
            `${ext.nonconformities} điểm không phù hợp của cuộc đánh giá chứng nhận ngày ${vnDate(ext.date)} chưa được khắc phục xong trước ngày cấp giấy ${vnDate(cert.date)}`,
            `${ext.nonconformities} nonconformities of the certification audit of ${ext.date} were not closed before the certificate (${cert.date})`,
          ),
  });
  checks.push(x);
  if (!ext) {
    gaps.push(
      gapOf(
        x,
        x.evidence,
        text(
          'Ghi externalAudit (ngày, số điểm không phù hợp, ngày khắc phục xong) theo báo cáo của tổ chức chứng nhận.',
          "Record externalAudit (date, number of nonconformities, day they were closed) from the body's report.",
        ),
      ),
    );
  } else if (!closed) {
    gaps.push(
      gapOf(
        x,
        x.evidence,
        text(
          'Khắc phục các điểm không phù hợp, gửi bằng chứng cho tổ chức chứng nhận và ghi ngày được chấp nhận vào externalAudit.closed.',
          'Close the nonconformities, send the evidence to the body and record the day it accepted them in externalAudit.closed.',
        ),
      ),
    );
  }
  const order = targetOrder(ev, {
    date: ext?.date ?? cert.date,
    label: CERT_AUDIT_LABEL,
    file: 'qms.yaml',
    path: ext ? `${path}/externalAudit` : path,
    redo: text(
      'Tổ chức chứng nhận chỉ đánh giá sau khi đơn vị đã đánh giá nội bộ và họp xem xét của lãnh đạo: kiểm tra lại các ngày trong qms.yaml và hồ sơ đánh giá.',
      'The body audits only after the internal audit and the management review: check the dates in qms.yaml and the audit records.',
    ),
  });
  const o = check({
    id: 'target-order',
    clause: '8.2.2',
    max: 0,
    passed: !order,
    file: 'qms.yaml',
    path,
    evidence: order
      ? order.message
      : text(
          'đúng trình tự: đánh giá nội bộ, xem xét của lãnh đạo, rồi đánh giá chứng nhận',
          'in order: internal audit, management review, then the certification audit',
        ),
  });
  checks.push(o);
  if (order) gaps.push(gapOf(o, order.message, order.action, { files: order.files }));
  return checks;
}

/** The unit is on a standard no longer recognised (its record in force, or its documents): it needs to transition. */
function transition(ev: Evidence, t: NonNullable<TargetState['transition']>, gaps: Gap[]) {
  const { standard, record, kind } = t;
  const until = standard.recognisedUntil!;
  const list = kind === 'announcement' ? 'announcements' : 'certificates';
  const index = record ? ((ev.milestones[list] ?? []) as Array<typeof record>).indexOf(record) : -1;
  const what = !record
    ? text('HTQLCL của đơn vị (qms.yaml)', "The unit's QMS (qms.yaml)")
    : kind === 'announcement'
      ? text(
          `QĐ công bố số ${record.number} ngày ${vnDate(record.date)}`,
          `announcement ${record.number} of ${record.date}`,
        )
      : text(
          `Giấy chứng nhận số ${record.number} ngày ${vnDate(record.date)}`,
          `certificate ${record.number} of ${record.date}`,
        );
  const cancelled = standard.cancelled
    ? text(
        `; ${standard.id} đã bị hủy bỏ từ ${vnDate(standard.cancelled)}${standard.cancelledBy ? ` (QĐ ${standard.cancelledBy})` : ''}`,
        `; ${standard.id} was cancelled from ${standard.cancelled}${standard.cancelledBy ? ` (${standard.cancelledBy})` : ''}`,
      )
    : text('', '');
  const c = check({
    id: 'standard-current',
    clause: '4.1',
    max: 0,
    passed: false,
    file: 'qms.yaml',
    path: record ? `/milestones/${list}/${index}` : '',
    evidence: record
      ? text(
          `${what.vi} phù hợp ${standard.id} không còn được thừa nhận từ ${vnDate(addDay(until))}${cancelled.vi}`,
          `${what.en} to ${standard.id} is no longer recognised from ${addDay(until)}${cancelled.en}`,
        )
      : text(
          `${what.vi} áp dụng ${standard.id}, không còn được thừa nhận để công bố từ ${vnDate(addDay(until))}${cancelled.vi}`,
          `${what.en} applies ${standard.id}, which no announcement can be made to from ${addDay(until)}${cancelled.en}`,
        ),
  });
  const to = standard.successor ?? '';
  const year = /:(\d{4})$/.exec(to)?.[1] ?? '';
  const again = record ? text('công bố lại', 'announce again') : text('công bố', 'announce');
  gaps.push(
    gapOf(
      c,
      c.evidence,
      text(
        `Chuyển đổi HTQLCL sang ${to} (qms transition ${ev.dir} --to ${year}), áp dụng, đánh giá nội bộ, xem xét của lãnh đạo, rồi ${again.vi}; ghi vào milestones.announcements (standard: ${to}).`,
        `Transition the QMS to ${to} (qms transition ${ev.dir} --to ${year}), apply it, audit, review, then ${again.en}; record it in milestones.announcements (standard: ${to}).`,
      ),
    ),
  );
  return { checks: [c], gaps };
}

function addDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function notYet(ev: Evidence, state: TargetState, gaps: Gap[]) {
  const cert = state.certificate;
  const from = announcementRegime()?.from;
  const early = (ev.milestones.announcements ?? []).find((a) => from !== undefined && a.date < from);
  const announcing = ev.regime.target === 'announcement';
  const basis = ev.regime.basis[0];
  const to = standardAt(ev.asOf, ev.catalogue.standard.name);
  // An announcement to another standard than 2008 says which (history.ts reads a record without one as 2008).
  const tag = to === standardOf({}) ? '' : ` (standard: ${to})`;
  const old = state.superseded;
  if (state.outOfOrder) {
    const o = state.outOfOrder;
    const c = check({
      id: 'target-order',
      clause: '8.2.2',
      max: 0,
      passed: false,
      file: o.file,
      path: o.path,
      evidence: o.message,
    });
    gaps.push(gapOf(c, o.message, o.action, { files: o.files }));
    return { checks: [c], gaps };
  }
  const c = check({
    id: announcing ? 'announcement' : 'certificate',
    clause: '4.1',
    max: 0,
    passed: false,
    file: 'qms.yaml',
    path: announcing ? '/milestones/announcements' : '/milestones/certificates',
    evidence: old
      ? text(
          `${'expires' in old.record ? 'giấy chứng nhận' : 'QĐ công bố'} số ${old.record.number} ngày ${vnDate(old.record.date)} phù hợp ${old.standard.id} không còn được thừa nhận từ ${vnDate(addDay(old.standard.recognisedUntil!))}; chưa công bố HTQLCL phù hợp ${to}`,
          `${'expires' in old.record ? 'certificate' : 'announcement'} ${old.record.number} of ${old.record.date} to ${old.standard.id} no longer counts from ${addDay(old.standard.recognisedUntil!)}; the QMS has not been announced to ${to} yet`,
        )
      : cert
        ? text(
            `giấy chứng nhận số ${cert.number} đã hết hiệu lực ngày ${vnDate(cert.expires)}`,
            `certificate ${cert.number} expired on ${cert.expires}`,
          )
        : early
          ? text(
              `QĐ công bố ${early.number} ngày ${vnDate(early.date)} có trước ngày QĐ ${basis} có hiệu lực (${vnDate(from!)})`,
              `announcement ${early.number} of ${early.date} predates QĐ ${basis} (in force from ${from})`,
            )
          : announcing
            ? text(`chưa công bố HTQLCL phù hợp ${to}`, 'the QMS has not been announced yet')
            : text('chưa được cấp giấy chứng nhận', 'not certified yet'),
  });
  gaps.push(
    gapOf(
      c,
      c.evidence,
      announcing
        ? text(
            `Khi sẵn sàng: người đứng đầu ký QĐ công bố HTQLCL phù hợp ${to} (QĐ ${basis}), niêm yết, gửi ${SO_KHCN.vi}; ghi vào milestones.announcements${tag}.`,
            `When ready: the head signs the decision announcing the QMS to ${to} (QĐ ${basis}), posts it and sends it to ${SO_KHCN.en}; record it in milestones.announcements${tag}.`,
          )
        : text(
            `Khi sẵn sàng: đăng ký đánh giá chứng nhận với tổ chức chứng nhận được chỉ định (${ev.regime.basis.join(', ')}); ghi giấy chứng nhận vào milestones.certificates.`,
            `When ready: book the certification audit with a designated certification body (${ev.regime.basis.join(', ')}); record the certificate in milestones.certificates.`,
          ),
    ),
  );
  return { checks: [c], gaps };
}
