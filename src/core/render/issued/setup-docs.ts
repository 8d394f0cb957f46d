import { formatDate, twoDigits } from '../format.js';
import { table } from '../view/common.js';
import { list, num, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock, AdminSigner } from '../view/types.js';
import { basesOn, decidingAuthority, frameData, leaderSigner, personOf, type Issuer } from './frame.js';
import { issuedDoc, missing, type Issued } from './issued-doc.js';
import { withdrawnOn } from '../../unit/withdrawal.js';

/**
 * The setting-up documents, from the manifest's milestones: the decisions founding the steering committee,
 * appointing the management representative and issuing the documents, and the plan to build and apply
 * the QMS. Each is a Quyết định / Kế hoạch in the administrative frame, signed by the leader named.
 */

const ISO = 'hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008';
const FILE = 'qms.yaml';

interface DecisionInput {
  number: string;
  date: string;
  signer: string;
}

/** The number, date and signer of a milestone decision, or the fields still to fill. */
function decisionInput(m: Data, key: string, extra: string[] = []): DecisionInput | string[] {
  const d = obj(m[key]);
  const lacks = ['number', 'date', 'signer', ...extra].filter((f) => {
    const v = d[f];
    return Array.isArray(v) ? v.length === 0 : !str(v);
  });
  if (lacks.length > 0) return lacks.map((f) => `milestones.${key}.${f}`);
  return { number: str(d.number), date: str(d.date), signer: str(d.signer) };
}

function signerOr(issuer: Issuer, what: string, key: string, name: string, collective = false): AdminSigner | Issued {
  const signer = leaderSigner(issuer, name, collective);
  return (
    signer ??
    missing(what, FILE, [
      `milestones.${key}.signer (${name}: không thuộc vai trò lanh-dao hoặc pho-lanh-dao trong roles)`,
    ])
  );
}

const isSigner = (s: AdminSigner | Issued): s is AdminSigner => 'title' in s;

const decided: AdminBlock = { text: 'QUYẾT ĐỊNH:', center: true, bold: true };

function effectArticle(n: number, who: string): AdminBlock {
  return {
    lead: `Điều ${n}.`,
    text: `Quyết định này có hiệu lực kể từ ngày ký. ${who} chịu trách nhiệm thi hành Quyết định này./.`,
  };
}

export function steeringDecision(manifest: Data, issuer: Issuer): Issued {
  const what = 'Quyết định thành lập Ban chỉ đạo ISO';
  const m = obj(manifest.milestones);
  const input = decisionInput(m, 'steeringCommittee', ['members']);
  if (Array.isArray(input)) return missing(what, FILE, input);
  const signer = signerOr(issuer, what, 'steeringCommittee', input.signer);
  if (!isSigner(signer)) return signer;
  const members = list(obj(m.steeringCommittee).members).map(obj);
  const rows = members.map((p, i) => [String(i + 1), str(p.name), str(p.title), str(p.duty)]);
  const body: AdminBlock[] = [
    decided,
    {
      lead: 'Điều 1.',
      text: `Thành lập Ban chỉ đạo xây dựng và áp dụng ${ISO} của ${issuer.name}, gồm các thành viên có tên sau:`,
    },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Họ và tên', 28],
          ['Chức vụ', 36],
          ['Nhiệm vụ trong Ban', 28],
        ],
        rows,
      ),
    },
    {
      lead: 'Điều 2.',
      text: `Ban chỉ đạo giúp ${issuer.rule.head} ${issuer.name} chỉ đạo việc xây dựng, áp dụng, duy trì và cải tiến ${ISO}; Trưởng ban phân công nhiệm vụ cụ thể cho các thành viên.`,
    },
    effectArticle(3, 'Các thành viên có tên tại Điều 1'),
  ];
  return {
    doc: issuedDoc('steering-decision', 'QD-BCD-ISO', FILE, what, issuer, {
      number: input.number,
      date: input.date,
      docType: 'Quyết định',
      summary: `Về việc thành lập Ban chỉ đạo xây dựng và áp dụng ${ISO}`,
      authority: decidingAuthority(issuer),
      bases: basesOn(issuer, input.date),
      body,
      recipients: ['Như Điều 3;', 'Lưu: VT.'],
      signers: [signer],
    }),
  };
}

export function representativeDecision(manifest: Data, issuer: Issuer): Issued {
  const what = 'Quyết định cử Đại diện lãnh đạo';
  const input = decisionInput(obj(manifest.milestones), 'managementRepresentative');
  if (Array.isArray(input)) return missing(what, FILE, input);
  const signer = signerOr(issuer, what, 'managementRepresentative', input.signer);
  if (!isSigner(signer)) return signer;
  const rep = personOf(issuer, 'dai-dien-lanh-dao');
  if (!rep) return missing(what, FILE, ['roles: dai-dien-lanh-dao.people']);
  // The representative's own post: the first other role they hold (Phó Chủ tịch UBND xã …).
  const post = [...issuer.people.entries()].find(([id, p]) => id !== 'dai-dien-lanh-dao' && p.includes(rep));
  const postTitle = post ? `, ${issuer.titles.get(post[0])}` : '';
  const body: AdminBlock[] = [
    decided,
    {
      lead: 'Điều 1.',
      text: `Cử đồng chí ${rep}${postTitle}, làm Đại diện lãnh đạo về chất lượng của ${issuer.name}.`,
    },
    {
      lead: 'Điều 2.',
      text: 'Đại diện lãnh đạo về chất lượng có trách nhiệm và quyền hạn (TCVN ISO 9001:2008, điều 5.5.2):',
    },
    { list: frameData().representativeDuties },
    effectArticle(3, `Đồng chí ${rep}`),
  ];
  return {
    doc: issuedDoc('representative-decision', 'QD-DDLD', FILE, what, issuer, {
      number: input.number,
      date: input.date,
      docType: 'Quyết định',
      summary: `Về việc cử Đại diện lãnh đạo về chất lượng`,
      authority: decidingAuthority(issuer),
      bases: basesOn(issuer, input.date),
      body,
      recipients: ['Như Điều 3;', 'Lưu: VT.'],
      signers: [signer],
    }),
  };
}

export function buildPlan(manifest: Data, issuer: Issuer): Issued {
  const what = 'Kế hoạch xây dựng và áp dụng HTQLCL';
  const m = obj(manifest.milestones);
  const input = decisionInput(m, 'buildPlan', ['stages']);
  if (Array.isArray(input)) return missing(what, FILE, input);
  const signer = signerOr(issuer, what, 'buildPlan', input.signer, true);
  if (!isSigner(signer)) return signer;
  const stages = list(obj(m.buildPlan).stages).map(obj);
  const period = (s: Data) => [formatDate(str(s.start)), formatDate(str(s.end))].filter(Boolean).join(' – ');
  const rows = stages.map((s, i) => [String(i + 1), str(s.name), period(s), str(s.owner), str(s.output)]);
  const steering = obj(m.steeringCommittee);
  const rep = personOf(issuer, 'dai-dien-lanh-dao');
  const body: AdminBlock[] = [
    { heading: 'I. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN' },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Nội dung công việc', 34],
          ['Thời gian', 18, true],
          ['Thực hiện', 20],
          ['Kết quả', 20],
        ],
        rows,
      ),
    },
    { heading: 'II. TỔ CHỨC THỰC HIỆN' },
    {
      list: [
        str(steering.number)
          ? `Ban chỉ đạo ISO (Quyết định số ${str(steering.number)} ngày ${formatDate(str(steering.date))}) chỉ đạo thực hiện Kế hoạch này.`
          : 'Ban chỉ đạo ISO chỉ đạo thực hiện Kế hoạch này.',
        ...(rep ? [`Đại diện lãnh đạo về chất lượng (đồng chí ${rep}) theo dõi, đôn đốc và báo cáo tiến độ.`] : []),
        'Những người được giao thực hiện từng nội dung hoàn thành đúng thời gian nêu tại Mục I.',
      ],
    },
  ];
  return {
    doc: issuedDoc('build-plan', 'KH-HTQLCL', FILE, what, issuer, {
      number: input.number,
      date: input.date,
      docType: 'Kế hoạch',
      summary: `Xây dựng và áp dụng ${ISO}`,
      authority: '',
      bases: [],
      body,
      recipients: ['Ban chỉ đạo ISO;', 'Các bộ phận, công chức;', 'Lưu: VT.'],
      signers: [signer],
    }),
  };
}

export interface IssuedEntry {
  code: string;
  title: string;
  data: Data;
}

/** The issue of a document in force on a date, from its revision history (or its own issue and date). */
export function issueOn(data: Data, date: string): { issue: string; date: string } | undefined {
  // Withdrawn (bãi bỏ) by then: no issue of it is in force any more.
  if (withdrawnOn(data, date)) return undefined;
  const revisions = list(data.revisions)
    .map(obj)
    .filter((r) => str(r.date) && str(r.date) <= date)
    .sort((a, b) => (num(a.issue) ?? 0) - (num(b.issue) ?? 0));
  const last = revisions.pop();
  if (last) return { issue: twoDigits(num(last.issue) ?? 1), date: str(last.date) };
  const effective = str(data.effectiveDate);
  if (revisions.length === 0 && list(data.revisions).length === 0 && effective && effective <= date) {
    const issue = num(data.issue);
    return { issue: issue === undefined ? '' : twoDigits(issue), date: effective };
  }
  return undefined;
}

export function issuingDecision(manifest: Data, issuer: Issuer, documents: IssuedEntry[]): Issued {
  const what = 'Quyết định ban hành hệ thống tài liệu';
  const m = obj(manifest.milestones);
  const input = decisionInput(m, 'documentsIssued');
  if (Array.isArray(input)) return missing(what, FILE, input);
  const signer = signerOr(issuer, what, 'documentsIssued', input.signer);
  if (!isSigner(signer)) return signer;
  const issued = documents
    .map((d) => ({ ...d, at: issueOn(d.data, input.date) }))
    .filter((d): d is IssuedEntry & { at: { issue: string; date: string } } => d.at !== undefined);
  if (issued.length === 0) {
    return missing(what, 'procedures/*.yaml', [
      `revisions (không tài liệu nào ban hành đến ngày ${formatDate(input.date)})`,
    ]);
  }
  const start = str(m.applicationStart);
  const rows = issued.map((d, i) => [String(i + 1), d.code, d.title, d.at.issue, formatDate(d.at.date)]);
  const body: AdminBlock[] = [
    decided,
    {
      lead: 'Điều 1.',
      text: `Ban hành kèm theo Quyết định này hệ thống tài liệu của ${ISO} của ${issuer.name}, gồm ${twoDigits(issued.length)} tài liệu theo danh mục kèm theo.`,
    },
    {
      lead: 'Điều 2.',
      text: start
        ? `Hệ thống tài liệu được áp dụng từ ngày ${formatDate(start)}. Cán bộ, công chức thực hiện đúng các tài liệu thuộc phạm vi công việc của mình.`
        : 'Cán bộ, công chức thực hiện đúng các tài liệu thuộc phạm vi công việc của mình.',
    },
    effectArticle(3, 'Đại diện lãnh đạo về chất lượng, Thư ký ISO và cán bộ, công chức'),
  ];
  // The list is an annex after the signature, as decisions print what they issue "kèm theo".
  const annex: AdminBlock[] = [
    { heading: `DANH MỤC TÀI LIỆU HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG` },
    { text: `(Kèm theo Quyết định số ${input.number} ngày ${formatDate(input.date)})`, center: true, italic: true },
    {
      table: table(
        [
          ['STT', 8, true],
          ['Mã hiệu', 16, true],
          ['Tên tài liệu', 48],
          ['Lần ban hành', 13, true],
          ['Ngày ban hành', 15, true],
        ],
        rows,
      ),
    },
  ];
  return {
    doc: issuedDoc('issuing-decision', 'QD-BHTL', FILE, what, issuer, {
      number: input.number,
      date: input.date,
      docType: 'Quyết định',
      summary: `Về việc ban hành hệ thống tài liệu ${ISO}`,
      authority: decidingAuthority(issuer),
      bases: basesOn(issuer, input.date),
      body,
      recipients: ['Như Điều 3;', 'Lưu: VT.'],
      signers: [signer],
      annex,
    }),
  };
}
