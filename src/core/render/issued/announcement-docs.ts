import { formatDate, twoDigits } from '../format.js';
import { table } from '../view/common.js';
import { list, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminBlock } from '../view/types.js';
import { basesOn, decidingAuthority, leaderSigner, personOf, type Issuer } from './frame.js';
import { issuedDoc, missing, type Issued } from './issued-doc.js';
import { issueOn, type IssuedEntry } from './setup-docs.js';

/**
 * Quyết định công bố (and công bố lại) HTQLCL phù hợp TCVN ISO 9001:2008 under QĐ 19/2014/QĐ-TTg (from
 * 18/05/2014), from the manifest's announcements: the list `milestones.announcements` or the former single
 * `milestones.announcement`. The scope is the procedures the record names, or every procedure in force on
 * the decision's date. The head of the agency signs (QĐ 19/2014; domain.md §1.5) unless `signer` says who.
 * The annex forms of TT 26/2014/TT-BKHCN could not be checked at a source: the decision follows the
 * administrative frame only and does not claim to be the annex form.
 */

const FILE = 'qms.yaml';
const REGIME_FROM = '2014-05-18';

/** Announcements, oldest first, with the YAML path each comes from. */
function announcementsOf(m: Data): Array<{ data: Data; path: string }> {
  const single = obj(m.announcement);
  const out = [
    ...(Object.keys(single).length > 0 ? [{ data: single, path: 'milestones.announcement' }] : []),
    ...list(m.announcements).map((a, i) => ({ data: obj(a), path: `milestones.announcements[${i}]` })),
  ];
  return out.sort((a, b) => (str(a.data.date) < str(b.data.date) ? -1 : str(a.data.date) > str(b.data.date) ? 1 : 0));
}

/**
 * Why the scope was announced again, in the words of the record's `reason` (schema: extended, narrowed,
 * adjusted); '' when the record gives none — the decision then states only that it is a công bố lại.
 */
const REASONS: Record<string, string> = {
  extended: 'mở rộng phạm vi áp dụng',
  narrowed: 'thu hẹp phạm vi áp dụng',
  adjusted: 'điều chỉnh phạm vi áp dụng',
};

function becauseOf(reason: string): string {
  return REASONS[reason] ? ` do ${REASONS[reason]}` : '';
}

export function announcementDecisions(manifest: Data, issuer: Issuer, documents: IssuedEntry[]): Issued[] {
  const m = obj(manifest.milestones);
  const all = announcementsOf(m);
  return all.flatMap(({ data, path }, i): Issued[] => {
    const date = str(data.date);
    const what = `Quyết định công bố HTQLCL ${formatDate(date)}`;
    const lacks = ['number', 'date'].filter((k) => !str(data[k])).map((k) => `${path}.${k}`);
    if (lacks.length > 0) return [missing(what, FILE, lacks)];
    if (date < REGIME_FROM) {
      return [missing(what, FILE, [`${path}.date (công bố chỉ áp dụng từ 18/05/2014, QĐ 19/2014/QĐ-TTg)`])];
    }
    const name = str(data.signer) || personOf(issuer, 'lanh-dao');
    const signer = name ? leaderSigner(issuer, name) : undefined;
    if (!signer) return [missing(what, FILE, [`${path}.signer`])];
    const scope = list(data.scope).map(str).filter(Boolean);
    const inScope = documents
      .filter((d) => /^QT-/.test(d.code))
      .filter((d) => scope.length === 0 || scope.includes(d.code))
      .map((d) => ({ ...d, at: issueOn(d.data, date) }))
      .filter((d) => d.at !== undefined);
    if (inScope.length === 0)
      return [missing(what, FILE, [`${path}.scope (không quy trình nào có hiệu lực vào ngày công bố)`])];
    const standard = str(data.standard) || 'TCVN ISO 9001:2008';
    // The announcement before this one that could itself be issued (an invalid record is not one).
    const previous = all
      .slice(0, i)
      .map((a) => a.data)
      .filter((a) => str(a.number) && str(a.date) >= REGIME_FROM)
      .pop();
    const again = previous !== undefined;
    const body: AdminBlock[] = [
      { text: 'QUYẾT ĐỊNH:', center: true, bold: true },
      {
        lead: 'Điều 1.',
        text: `Công bố Hệ thống quản lý chất lượng của ${issuer.name} phù hợp Tiêu chuẩn quốc gia ${standard} đối với ${twoDigits(inScope.length)} quy trình theo danh mục kèm theo Quyết định này.${
          previous
            ? ` Đây là lần công bố lại${becauseOf(str(data.reason))}; lần công bố trước: Quyết định số ${str(previous.number)} ngày ${formatDate(str(previous.date))}.`
            : ''
        }`,
      },
      {
        lead: 'Điều 2.',
        text: 'Quyết định này có hiệu lực kể từ ngày ký. Hệ thống quản lý chất lượng được duy trì và cải tiến thường xuyên.',
      },
      {
        lead: 'Điều 3.',
        text: 'Đại diện lãnh đạo về chất lượng, Thư ký ISO và cán bộ, công chức chịu trách nhiệm thi hành Quyết định này./.',
      },
    ];
    const annex: AdminBlock[] = [
      { heading: 'DANH MỤC QUY TRÌNH THUỘC PHẠM VI CÔNG BỐ' },
      { text: `(Kèm theo Quyết định số ${str(data.number)} ngày ${formatDate(date)})`, center: true, italic: true },
      {
        table: table(
          [
            ['STT', 8, true],
            ['Mã hiệu', 16, true],
            ['Tên quy trình', 48],
            ['Lần ban hành', 13, true],
            ['Ngày ban hành', 15, true],
          ],
          inScope.map((d, k) => [String(k + 1), d.code, d.title, d.at!.issue, formatDate(d.at!.date)]),
        ),
      },
    ];
    const sentTo = str(data.sentTo);
    const decision: Issued = {
      doc: issuedDoc('announcement-decision', `QD-CB-${date}`, FILE, what, issuer, {
        number: str(data.number),
        date,
        docType: 'Quyết định',
        summary: `Về việc công bố${again ? ' lại' : ''} Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia ${standard}`,
        authority: decidingAuthority(issuer),
        bases: basesOn(issuer, date),
        body,
        recipients: [...(sentTo ? [`${sentTo} (để báo cáo);`] : []), 'Như Điều 3;', 'Lưu: VT.'],
        signers: [signer],
        annex,
      }),
    };
    const notice = str(data.sentNumber)
      ? sentNotice(data, path, issuer, { standard, count: inScope.length, previous, reason: str(data.reason) })
      : undefined;
    return notice ? [decision, notice] : [decision];
  });
}

/**
 * The thông báo sending the Quyết định công bố to the Sở KH&CN (`sentNumber`, `sentDate`, `sentTo`). The form
 * of TT 26/2014/TT-BKHCN could not be found (docs/issued-documents.md): a Thông báo in the administrative
 * frame that states only what the unit recorded — the decision, its scope, its reason, when it was posted.
 */
function sentNotice(
  data: Data,
  path: string,
  issuer: Issuer,
  scope: { standard: string; count: number; previous: Data | undefined; reason: string },
): Issued {
  const date = str(data.date);
  const what = `Thông báo gửi Sở KH&CN Quyết định công bố HTQLCL ${formatDate(date)}`;
  const lacks = ['sentDate', 'sentTo'].filter((k) => !str(data[k])).map((k) => `${path}.${k}`);
  const name = str(data.signer) || personOf(issuer, 'lanh-dao');
  const signer = name ? leaderSigner(issuer, name, true) : undefined;
  if (!signer) lacks.push(`${path}.signer`);
  if (lacks.length > 0 || !signer) return missing(what, FILE, lacks);
  const again = scope.previous
    ? ` Đây là lần công bố lại${becauseOf(scope.reason)}, thay cho lần công bố theo Quyết định số ${str(scope.previous.number)} ngày ${formatDate(str(scope.previous.date))}.`
    : '';
  const body: AdminBlock[] = [
    { text: `Kính gửi: ${str(data.sentTo)}.`, center: true },
    {
      text: `Ngày ${formatDate(date)}, ${issuer.rule.head} ${issuer.name} đã ký Quyết định số ${str(data.number)} công bố Hệ thống quản lý chất lượng của ${issuer.name} phù hợp Tiêu chuẩn quốc gia ${scope.standard} đối với ${twoDigits(scope.count)} quy trình theo danh mục kèm theo Quyết định.${again}`,
    },
    ...(str(data.posted)
      ? [{ text: `Quyết định đã được niêm yết công khai tại trụ sở từ ngày ${formatDate(str(data.posted))}.` }]
      : []),
    {
      text: `${issuer.name} gửi kèm Thông báo này bản sao Quyết định số ${str(data.number)} ngày ${formatDate(date)} để ${str(data.sentTo)} theo dõi./.`,
    },
  ];
  return {
    doc: issuedDoc('announcement-notice', `TB-CB-${date}`, FILE, what, issuer, {
      number: str(data.sentNumber),
      date: str(data.sentDate),
      docType: 'Thông báo',
      summary: `Về việc công bố${scope.previous ? ' lại' : ''} Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia ${scope.standard}`,
      authority: '',
      bases: [],
      body,
      recipients: [`Như trên;`, 'Lưu: VT.'],
      signers: [signer],
    }),
  };
}
