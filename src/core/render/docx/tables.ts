import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { TableView } from '../view/types.js';
import { LONG_TABLE_ROWS, LongTable } from './long-table.js';
import { CELL_STYLE } from './styles.js';
import { runs } from './text.js';

const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
export const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Column widths in twips from percentages, the last one taking the rounding rest, so they add up exactly. */
export function columnWidths(percents: number[], total: number): number[] {
  const widths = percents.map((p) => Math.floor((p * total) / 100));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export interface CellSpec {
  children: Paragraph[];
  center?: boolean;
}

/** A fixed-layout table (LibreOffice and Word keep the widths; long text wraps, never overflows). */
export function fixedTable(widths: number[], rows: TableRow[], borders?: ITableBordersOptions): Table {
  return new Table({ ...fixedLayout(widths, borders), rows });
}

function fixedLayout(widths: number[], borders?: ITableBordersOptions) {
  return {
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: CELL_MARGINS,
    ...(borders ? { borders } : {}),
  };
}

export function row(
  widths: number[],
  cells: CellSpec[],
  options: { header?: boolean; height?: number; mayBreak?: boolean } = {},
): TableRow {
  return new TableRow({
    tableHeader: options.header,
    cantSplit: !options.mayBreak,
    ...(options.height ? { height: { value: options.height, rule: HeightRule.ATLEAST } } : {}),
    children: cells.map(
      (cell, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          ...(options.header ? { verticalAlign: VerticalAlign.CENTER } : {}),
          children: cell.children,
        }),
    ),
  });
}

export function cellText(
  value: string,
  options: { bold?: boolean; center?: boolean; size?: number; keepNext?: boolean; line?: number } = {},
): CellSpec {
  return {
    children: [
      new Paragraph({
        style: CELL_STYLE,
        ...(options.line ? { spacing: { line: options.line } } : {}),
        ...(options.keepNext ? { keepNext: true } : {}),
        ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
        children: runs(value, {
          ...(options.bold ? { bold: true } : {}),
          ...(options.size ? { size: options.size } : {}),
        }),
      }),
    ],
  };
}

/**
 * A data table: bold centred header row repeated on every page, then the rows. With `keepWithNext` the
 * last row stays on the page of what follows (a register's signatures never stand alone on a page).
 */
export function dataTable(view: TableView, total: number, keepWithNext = false): Table {
  const widths = columnWidths(
    view.columns.map((c) => c.width),
    total,
  );
  const header = row(
    widths,
    view.columns.map((c) => cellText(c.title, { bold: true, center: true, size: view.fontSize })),
    { header: true },
  );
  const bodyRow = (r: number) =>
    row(
      widths,
      view.columns.map((c, i) =>
        cellText(view.rows[r][i] ?? '', {
          center: c.center,
          size: view.fontSize,
          line: view.lineSpacing,
          keepNext: keepWithNext && r === view.rows.length - 1,
        }),
      ),
      { height: view.minRowHeight, mayBreak: view.breakableRows?.includes(r) },
    );
  // One row per document can be 10,000 rows: those rows are made a chunk at a time when packed.
  if (view.rows.length > LONG_TABLE_ROWS)
    return new LongTable(fixedLayout(widths), [header], view.rows.length, bodyRow);
  return fixedTable(widths, [header, ...view.rows.map((_, r) => bodyRow(r))]);
}
