import { Document, Header } from 'docx';
import { adminBody } from './admin.js';
import type { AdminFrame, DocView } from '../view/types.js';
import { closing, sectionsBody, tableOfContents } from './body.js';
import { coverPage } from './cover.js';
import { pageFooter, pageHeader, pageNumberHeader } from './header-footer.js';
import { fixedTimestamp } from './normalize-zip.js';
import { packDocx } from './pack-docx.js';
import { pageProperties, textWidth } from './page.js';
import { NUMBERING, STYLES } from './styles.js';

export interface DocxOptions {
  /** Seconds since 1970 (the reproducible-builds convention); fixes the core-property dates. */
  sourceDateEpoch?: string;
}

/** The docx Document for a view (exported for tests and the benchmark). */
export function docxDocument(view: DocView): Document {
  const width = textWidth(view.landscape);
  if (view.admin) return adminDocument(view, view.admin, width);
  const hasCover = view.approval.length > 0 || view.revisions !== undefined;
  const issue = view.control.find((f) => f.label === 'Lần ban hành')?.value ?? '';
  return new Document({
    creator: view.unitName,
    lastModifiedBy: view.unitName,
    title: `${view.code} ${view.title}`,
    subject: view.title,
    description: view.control.map((f) => `${f.label}: ${f.value}`).join('; '),
    revision: /^\d+$/.test(issue) ? Number(issue) : 1,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: pageProperties(view.landscape),
        headers: { default: pageHeader(view, width) },
        footers: { default: pageFooter(view.pageLabel) },
        children: [
          ...coverPage(view, width),
          ...tableOfContents(view, width),
          ...sectionsBody(view, width, hasCover),
          ...closing(view, width),
        ],
      },
    ],
  });
}

/**
 * An issued document: no running header with the document code, only the page number centred in the top
 * margin from the second page on (TT 01/2011/TT-BNV), and the administrative frame as the first page.
 */
function adminDocument(view: DocView, frame: AdminFrame, width: number): Document {
  return new Document({
    creator: view.unitName,
    lastModifiedBy: view.unitName,
    title: `${view.code} ${view.title}`,
    subject: view.title,
    description: [frame.number && `Số: ${frame.number}`, frame.placeDate].filter(Boolean).join('; '),
    revision: 1,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: { ...pageProperties(view.landscape), titlePage: true },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: adminBody(frame, width),
      },
    ],
  });
}

/** Build, pack and normalise one document: the same view gives the same bytes. */
export async function buildDocx(view: DocView, options: DocxOptions = {}): Promise<Uint8Array> {
  return packDocx(docxDocument(view), fixedTimestamp(view.date, options.sourceDateEpoch));
}
