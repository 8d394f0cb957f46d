import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { upper } from '../format.js';
import type { DocView } from '../view/types.js';
import { SIZE } from './page.js';
import { columnWidths, fixedTable, row } from './tables.js';
import { runs } from './text.js';

const small = { size: SIZE.header };

function line(
  value: string,
  bold = false,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
): Paragraph {
  return new Paragraph({ alignment, spacing: { before: 0, after: 0 }, children: runs(value, { ...small, bold }) });
}

/**
 * The header on every page: unit | document title | code, issue, effective date. The footer: "Trang X/Y"
 * ("Page X/Y" in an English checklist or programme)
 * with real PAGE and NUMPAGES fields, which Word and LibreOffice fill in.
 */
export function pageHeader(view: DocView, width: number): Header {
  const widths = columnWidths([27, 43, 30], width);
  const control = view.control.map((f) => line(`${f.label}: ${f.value}`, false, AlignmentType.LEFT));
  const table = fixedTable(widths, [
    row(
      widths,
      [
        { children: [line(upper(view.unitName), true)] },
        { children: [line(view.coverTitle.join(' '), true)] },
        { children: control },
      ],
      { header: true },
    ),
  ]);
  return new Header({ children: [table, new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })] });
}

export function pageFooter(label = 'Trang'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ ...small, children: [`${label} `, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The page number alone, centred in the top margin (administrative documents, from page 2). */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 26, children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}
