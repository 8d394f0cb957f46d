import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type Table } from 'docx';
import { issuerHeader, upper } from '../format.js';
import type { AdminBlock, AdminFrame, AdminSigner } from '../view/types.js';
import { mm } from './page.js';
import { DASH_LIST } from './styles.js';
import { columnWidths, dataTable, fixedTable, NO_BORDERS, row } from './tables.js';
import { centered, runs } from './text.js';

/**
 * The administrative frame in Word, after TT 01/2011/TT-BNV (Phụ lục I, mẫu chữ; Phụ lục II, sơ đồ bố trí):
 * ô 1 quốc hiệu (in hoa 12 đứng đậm; tiêu ngữ in thường 13 đứng đậm, kẻ dưới bằng dòng chữ), ô 2 cơ quan
 * (chủ quản in hoa đứng, ban hành in hoa đứng đậm, kẻ dưới 1/3–1/2 dòng), ô 3 số và ký hiệu (13 đứng),
 * ô 4 địa danh và ngày tháng năm (13–14 nghiêng), ô 5 tên loại (in hoa 14 đậm) và trích yếu (14 đậm,
 * kẻ dưới), ô 6 nội dung (13–14, lùi đầu dòng 1 cm), ô 7 quyền hạn, chức vụ (in hoa đậm) và họ tên (đậm),
 * ô 9 nơi nhận ("Nơi nhận:" 12 nghiêng đậm, các dòng 11 đứng).
 */

type Child = Paragraph | Table;
const PT = (n: number) => n * 2;
const tight = { spacing: { before: 0, after: 0 } };

/** A centred rule under a line of text: a bottom border on an empty paragraph, `share` of the column wide. */
function rule(columnWidth: number, share: number): Paragraph {
  const inset = Math.round((columnWidth * (1 - share)) / 2);
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    indent: { left: inset, right: inset },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** Ô 1–4: cơ quan, số | quốc hiệu, tiêu ngữ, địa danh và ngày tháng. */
function frameHeader(frame: AdminFrame, width: number): Table {
  const widths = columnWidths([40, 60], width);
  const left: Paragraph[] = [];
  if (frame.superior) left.push(centered(runs(upper(frame.superior), { size: PT(12) }), tight));
  left.push(centered(runs(issuerHeader(frame.issuer), { size: PT(12), bold: true }), tight), rule(widths[0], 0.4));
  const right = [
    centered(runs('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: PT(12), bold: true }), tight),
    centered(runs('Độc lập - Tự do - Hạnh phúc', { size: PT(13), bold: true }), tight),
    // The line under the motto is as long as the motto (about 58 % of this column at 13 pt bold).
    rule(widths[1], 0.58),
  ];
  const number = frame.number ? [centered(runs(`Số: ${frame.number}`, { size: PT(13) }), tight)] : [];
  const date = [centered(runs(frame.placeDate, { size: PT(13), italics: true }), tight)];
  return fixedTable(
    widths,
    [
      row(widths, [{ children: left }, { children: right }]),
      row(widths, [{ children: number.length ? number : [new Paragraph({ children: [] })] }, { children: date }]),
    ],
    NO_BORDERS,
  );
}

/** Ô 5: tên loại and trích yếu; for a decision, who decides and the căn cứ. */
function titleBlock(frame: AdminFrame, width: number): Paragraph[] {
  const out = [
    centered(runs(upper(frame.docType), { size: PT(14), bold: true }), {
      spacing: { before: mm(8), after: 0 },
      keepNext: true,
    }),
  ];
  if (frame.summary) {
    out.push(
      centered(runs(frame.summary, { size: PT(14), bold: true }), { spacing: { before: 0, after: 0 }, keepNext: true }),
      rule(width, 0.25),
    );
  }
  if (frame.authority) {
    out.push(
      centered(runs(frame.authority, { size: PT(14), bold: true }), { spacing: { before: mm(5), after: mm(3) } }),
    );
  }
  for (const basis of frame.bases) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: mm(10) },
        children: runs(basis, { size: PT(14), italics: true }),
      }),
    );
  }
  if (!frame.authority && frame.summary)
    out.push(new Paragraph({ spacing: { before: 0, after: mm(2) }, children: [] }));
  return out;
}

function blockChildren(block: AdminBlock, width: number, keepWithNext = false): Child[] {
  if ('heading' in block) {
    return [
      new Paragraph({
        keepNext: true,
        spacing: { before: mm(3), after: mm(1) },
        children: runs(block.heading, { bold: true }),
      }),
    ];
  }
  if ('list' in block) {
    return block.list.map(
      (item) => new Paragraph({ numbering: { reference: DASH_LIST, level: 0 }, children: runs(item) }),
    );
  }
  if ('table' in block)
    return [dataTable(block.table, width), new Paragraph({ spacing: { before: 0, after: 60 }, children: [] })];
  const style = { bold: block.bold, italics: block.italic };
  return [
    new Paragraph({
      alignment: block.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: block.center ? undefined : { firstLine: mm(10) },
      keepNext: keepWithNext || block.center || (block.lead !== undefined && block.text === ''),
      children: [
        ...(block.lead ? [new TextRun({ text: block.text ? `${block.lead} ` : block.lead, bold: true })] : []),
        ...(block.text ? runs(block.text, style) : []),
      ],
    }),
  ];
}

function signerCell(signer: AdminSigner): Paragraph[] {
  const bold = { bold: true, size: PT(13) };
  return [
    ...(signer.authority ? signer.authority.split('\n').map((l) => centered(runs(l, bold), tight)) : []),
    centered(runs(signer.title, bold), tight),
    // Room for the signature and the seal.
    centered(runs(signer.name, { bold: true, size: PT(14) }), { spacing: { before: mm(26), after: 0 } }),
  ];
}

/** Ô 7 and ô 9: nơi nhận on the left, the signature(s) on the right, never split from each other. */
function closingBlock(frame: AdminFrame, width: number): Child[] {
  if (frame.signers.length === 0) return [];
  const recipients = frame.recipients.length > 0;
  const cells: Paragraph[][] = [];
  let percents: number[];
  if (recipients || frame.signers.length === 1) {
    const items = frame.recipients.map(
      (r) => new Paragraph({ ...tight, alignment: AlignmentType.LEFT, children: runs(`- ${r}`, { size: PT(11) }) }),
    );
    const label = recipients
      ? [new Paragraph({ ...tight, children: runs('Nơi nhận:', { size: PT(12), bold: true, italics: true }) })]
      : [];
    cells.push([...label, ...items].length ? [...label, ...items] : [new Paragraph({ children: [] })]);
    cells.push(frame.signers.flatMap(signerCell));
    percents = [48, 52];
  } else {
    for (const s of frame.signers) cells.push(signerCell(s));
    percents = frame.signers.map(() => 100 / frame.signers.length);
  }
  const widths = columnWidths(percents, width);
  return [
    // keepNext on the spacer ties the block to the end of the body (TT 01/2011: the signature never stands alone).
    new Paragraph({ spacing: { before: mm(3), after: 0 }, keepNext: true, children: [] }),
    fixedTable(
      widths,
      [
        row(
          widths,
          cells.map((children) => ({ children })),
        ),
      ],
      NO_BORDERS,
    ),
  ];
}

export function adminBody(frame: AdminFrame, width: number): Child[] {
  const formLine = frame.formCode
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          ...tight,
          children: runs(`Mẫu ${frame.formCode}`, { size: PT(12), italics: true }),
        }),
      ]
    : [];
  // The last paragraph of the body stays on the page of the signature block.
  const body = frame.body.flatMap((b, i) => blockChildren(b, width, i === frame.body.length - 1));
  const annex = frame.annex?.length
    ? [
        new Paragraph({ pageBreakBefore: true, ...tight, children: [] }),
        ...frame.annex.flatMap((b) => blockChildren(b, width)),
      ]
    : [];
  return [
    ...formLine,
    frameHeader(frame, width),
    ...titleBlock(frame, width),
    ...body,
    ...closingBlock(frame, width),
    ...annex,
  ];
}
