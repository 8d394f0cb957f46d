import { BorderStyle, Paragraph, TextRun, PageNumber, type Table } from 'docx';
import { upper } from '../format.js';
import type { DocView } from '../view/types.js';
import { mm, SIZE } from './page.js';
import { cellText, columnWidths, dataTable, fixedTable, NO_BORDERS, row, type CellSpec } from './tables.js';
import { centered, runs } from './text.js';

/** The unit header, top left: cơ quan chủ quản, then the unit in bold, underlined by a short rule. */
function unitBlock(view: DocView, width: number): Table {
  const widths = columnWidths([48, 52], width);
  const lines: Paragraph[] = [];
  const tight = { spacing: { before: 0, after: 0 } };
  if (view.superior) lines.push(centered(runs(upper(view.superior)), tight));
  lines.push(centered(runs(upper(view.unitName), { bold: true }), tight));
  lines.push(
    new Paragraph({
      spacing: { before: 0, after: 0 },
      indent: { left: Math.round(widths[0] * 0.3), right: Math.round(widths[0] * 0.3) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [],
    }),
  );
  return fixedTable(
    widths,
    [row(widths, [{ children: lines }, { children: [new Paragraph({ children: [] })] }])],
    NO_BORDERS,
  );
}

function titleLines(view: DocView): Paragraph[] {
  const out = [
    centered(
      runs(view.coverTitle.join('\n'), { bold: true, size: SIZE.title }),
      // Capitals with stacked Vietnamese diacritics (Ổ, Ở, Ế) need more room than 1.2 lines.
      { spacing: { before: mm(12), after: mm(4), line: 360 } },
    ),
  ];
  if (view.subtitle) out.push(centered(runs(view.subtitle, { italics: true }), { spacing: { after: mm(4) } }));
  return out;
}

/** Mã hiệu | Lần ban hành | Ngày hiệu lực | Số trang (a NUMPAGES field). */
function controlTable(view: DocView, width: number): Table {
  const labels = [...view.control.map((f) => f.label), 'Số trang'];
  const widths = columnWidths(
    labels.map(() => 100 / labels.length),
    width,
  );
  const pages: CellSpec = {
    children: [
      centered([new TextRun({ size: SIZE.table, children: [PageNumber.TOTAL_PAGES] })], { spacing: { after: 0 } }),
    ],
  };
  return fixedTable(widths, [
    row(
      widths,
      labels.map((l) => cellText(l, { bold: true, center: true })),
      { header: true },
    ),
    row(widths, [...view.control.map((f) => cellText(f.value, { center: true })), pages]),
  ]);
}

/** Soạn thảo / Xem xét / Phê duyệt: chức vụ, chữ ký (left blank, tall), họ và tên. */
export function signatureTable(signers: DocView['approval'], width: number, withLabels: boolean): Table {
  const percents = withLabels
    ? [19, ...signers.map(() => 81 / signers.length)]
    : signers.map(() => 100 / signers.length);
  const widths = columnWidths(percents, width);
  const label = (l: string) => (withLabels ? [cellText(l, { bold: true })] : []);
  return fixedTable(
    widths,
    [
      row(
        widths,
        [
          ...(withLabels ? [cellText('Trách nhiệm', { bold: true, center: true })] : []),
          ...signers.map((s) => cellText(s.role, { bold: true, center: true })),
        ],
        { header: true },
      ),
      row(widths, [...label('Chức vụ'), ...signers.map((s) => cellText(s.title, { center: true }))]),
      row(widths, [...label('Chữ ký'), ...signers.map(() => cellText(''))], { height: mm(22) }),
      row(widths, [...label('Họ và tên'), ...signers.map((s) => cellText(s.name, { bold: true, center: true }))]),
    ],
    withLabels ? undefined : NO_BORDERS,
  );
}

function caption(value: string): Paragraph {
  return centered(runs(value, { bold: true }), { spacing: { before: mm(6), after: mm(2) }, keepNext: true });
}

/** The first page: unit header, title, document control, approval block, revision table. */
export function coverPage(view: DocView, width: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [unitBlock(view, width), ...titleLines(view), controlTable(view, width)];
  if (view.approval.length > 0) {
    out.push(
      new Paragraph({ spacing: { before: 0, after: mm(4) }, children: [] }),
      signatureTable(view.approval, width, true),
    );
  }
  if (view.revisions) out.push(caption('THEO DÕI SỬA ĐỔI TÀI LIỆU'), dataTable(view.revisions, width));
  return out;
}
