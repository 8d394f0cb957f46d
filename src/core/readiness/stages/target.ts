import { text } from '../../text.js';
import type { Milestones } from '../../unit/types.js';
import { check, gapOf, type Gap, type StageRule } from '../check.js';
import { addMonths, maxDate, vnDate } from '../dates.js';
import type { Evidence } from '../evidence.js';
import { ANNOUNCEMENT_FROM } from '../regime.js';

type Certificate = NonNullable<Milestones['certification']>;
type Announcement = NonNullable<Milestones['announcement']>;

/** Where the unit stands towards its target at asOf. */
export interface TargetState {
  /** How the target is met now: a valid certificate, or an announcement made. */
  achieved?: 'certificate' | 'announcement';
  /** It was certified, but the certificate has expired and nothing replaced it. */
  lapsed: boolean;
  certificate?: Certificate;
  announcement?: Announcement;
}

export function targetState(ev: Evidence): TargetState {
  const { certification, announcement } = ev.milestones;
  const certificate = certification && certification.date <= ev.asOf ? certification : undefined;
  const announced =
    announcement && announcement.date <= ev.asOf && announcement.date >= ANNOUNCEMENT_FROM ? announcement : undefined;
  if (announced) return { achieved: 'announcement', lapsed: false, certificate, announcement: announced };
  if (certificate && certificate.expires > ev.asOf) return { achieved: 'certificate', lapsed: false, certificate };
  return { lapsed: Boolean(certificate), certificate };
}

const SO_KHCN = text('Sở Khoa học và Công nghệ', 'the provincial Department of Science and Technology (Sở KH&CN)');

/**
 * Stage 8: certified (QĐ 144/2006 + 118/2009, until 17/05/2014: certificate number, body, expiry,
 * yearly surveillance) or announced (QĐ 19/2014, from 18/05/2014: decision number and date, sent to
 * Sở KH&CN). Which one is asked for follows the regime at asOf.
 */
export const target: StageRule = {
  id: 'target',
  evaluate(ev) {
    const state = targetState(ev);
    const gaps: Gap[] = [];
    if (state.achieved === 'announcement') {
      const a = state.announcement!;
      const sent = Boolean(a.sentTo && a.sentDate && a.sentDate <= ev.asOf);
      const c1 = check({
        id: 'announcement',
        clause: '4.1',
        max: 0,
        passed: true,
        file: 'qms.yaml',
        path: '/milestones/announcement',
        evidence: text(
          `QĐ công bố HTQLCL phù hợp ${ev.catalogue.standard.name} số ${a.number} ngày ${vnDate(a.date)}`,
          `Announcement decision ${a.number} of ${a.date}`,
        ),
      });
      const c2 = check({
        id: 'announcement-sent',
        clause: '4.1',
        max: 0,
        passed: sent,
        file: 'qms.yaml',
        path: '/milestones/announcement',
        evidence: sent
          ? text(`đã gửi ${a.sentTo} ngày ${vnDate(a.sentDate!)}`, `sent to ${a.sentTo} on ${a.sentDate}`)
          : text(
              `chưa ghi việc gửi QĐ công bố tới ${SO_KHCN.vi}`,
              `no record of sending the decision to ${SO_KHCN.en}`,
            ),
      });
      if (!sent) {
        gaps.push(
          gapOf(
            c2,
            c2.evidence,
            text(
              `Gửi QĐ công bố tới ${SO_KHCN.vi} và niêm yết tại trụ sở; ghi sentTo, sentDate vào milestones.announcement.`,
              `Send the decision to ${SO_KHCN.en} and post it at the office; record sentTo and sentDate in milestones.announcement.`,
            ),
          ),
        );
      }
      return { checks: [c1, c2], gaps, date: sent ? maxDate([a.date, a.sentDate]) : undefined };
    }
    if (state.achieved === 'certificate') return certified(ev, state.certificate!, gaps);
    return notYet(ev, state, gaps);
  },
};

function certified(ev: Evidence, cert: Certificate, gaps: Gap[]) {
  const last = maxDate([cert.date, ...(cert.surveillance ?? []).filter((d) => d <= ev.asOf)])!;
  const due = addMonths(last, 12);
  const c1 = check({
    id: 'certificate',
    clause: '4.1',
    max: 0,
    passed: true,
    file: 'qms.yaml',
    path: '/milestones/certification',
    evidence: text(
      `Giấy chứng nhận số ${cert.number} của ${cert.body}, cấp ${vnDate(cert.date)}, hiệu lực đến ${vnDate(cert.expires)}`,
      `Certificate ${cert.number} from ${cert.body}, issued ${cert.date}, valid until ${cert.expires}`,
    ),
  });
  const c2 = check({
    id: 'surveillance',
    clause: '4.1',
    max: 0,
    passed: due > ev.asOf,
    file: 'qms.yaml',
    path: '/milestones/certification/surveillance',
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
  if (!c2.passed) {
    gaps.push(
      gapOf(
        c2,
        c2.evidence,
        text(
          `Đề nghị ${cert.body} đánh giá giám sát; ghi ngày vào milestones.certification.surveillance.`,
          `Ask ${cert.body} for the surveillance audit; record its date in milestones.certification.surveillance.`,
        ),
      ),
    );
  }
  if (ev.regime === 'announcement') {
    gaps.push({
      code: 'announce-instead',
      severity: 'advice',
      file: 'qms.yaml',
      path: '/milestones',
      pointsLost: 0,
      message: text(
        `từ 18/05/2014 QĐ 19/2014/QĐ-TTg thay chứng nhận bằng tự công bố; giấy chứng nhận hết hiệu lực ngày ${vnDate(cert.expires)}`,
        `from 2014-05-18 QĐ 19/2014/QĐ-TTg replaced certification with self-announcement; the certificate expires on ${cert.expires}`,
      ),
      action: text(
        `Công bố HTQLCL phù hợp TCVN ISO 9001:2008 theo QĐ 19/2014 trước ${vnDate(cert.expires)}; ghi milestones.announcement.`,
        `Announce the QMS under QĐ 19/2014 before ${cert.expires}; record it in milestones.announcement.`,
      ),
    });
  } else if (addMonths(ev.asOf, 6) >= cert.expires) {
    gaps.push({
      code: 'certificate-expiring',
      severity: 'advice',
      file: 'qms.yaml',
      path: '/milestones/certification',
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
  return { checks: [c1, c2], gaps, date: c2.passed ? cert.date : undefined };
}

function notYet(ev: Evidence, state: TargetState, gaps: Gap[]) {
  const cert = state.certificate;
  const early =
    ev.milestones.announcement && ev.milestones.announcement.date < ANNOUNCEMENT_FROM
      ? ev.milestones.announcement
      : undefined;
  const announcing = ev.regime === 'announcement';
  const c = check({
    id: announcing ? 'announcement' : 'certificate',
    clause: '4.1',
    max: 0,
    passed: false,
    file: 'qms.yaml',
    path: announcing ? '/milestones/announcement' : '/milestones/certification',
    evidence: cert
      ? text(
          `giấy chứng nhận số ${cert.number} đã hết hiệu lực ngày ${vnDate(cert.expires)}`,
          `certificate ${cert.number} expired on ${cert.expires}`,
        )
      : early
        ? text(
            `QĐ công bố ${early.number} ngày ${vnDate(early.date)} có trước ngày QĐ 19/2014 có hiệu lực (18/05/2014)`,
            `announcement ${early.number} of ${early.date} predates QĐ 19/2014 (in force from 2014-05-18)`,
          )
        : announcing
          ? text(`chưa công bố HTQLCL phù hợp ${ev.catalogue.standard.name}`, 'the QMS has not been announced yet')
          : text('chưa được cấp giấy chứng nhận', 'not certified yet'),
  });
  gaps.push(
    gapOf(
      c,
      c.evidence,
      announcing
        ? text(
            `Khi sẵn sàng: người đứng đầu ký QĐ công bố HTQLCL phù hợp ${ev.catalogue.standard.name} (QĐ 19/2014/QĐ-TTg), niêm yết, gửi ${SO_KHCN.vi}; ghi milestones.announcement.`,
            `When ready: the head signs the announcement decision (QĐ 19/2014/QĐ-TTg), posts it and sends it to ${SO_KHCN.en}; record it in milestones.announcement.`,
          )
        : text(
            `Khi sẵn sàng: đăng ký đánh giá chứng nhận với tổ chức chứng nhận (QĐ 144/2006, TT 01/2010/TT-BKHCN); ghi giấy chứng nhận vào milestones.certification.`,
            'When ready: book the certification audit with a certification body (QĐ 144/2006, TT 01/2010/TT-BKHCN); record the certificate in milestones.certification.',
          ),
    ),
  );
  return { checks: [c], gaps };
}
