import {
  Bookmark,
  HeadingLevel,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type Table,
} from 'docx';
import type { Block, DocView, SectionView } from '../view/types.js';
import { mm } from './page.js';
import { signatureTable } from './cover.js';
import { DASH_LIST } from './styles.js';
import { dataTable } from './tables.js';
import { centered, para, runs } from './text.js';

type Child = Paragraph | Table;

function blockChildren(block: Block, width: number, keepWithNext = false): Child[] {
  if ('paragraph' in block) return [para(block.paragraph)];
  if ('list' in block) return block.list.map((item) => para(item, { numbering: { reference: DASH_LIST, level: 0 } }));
  if ('fields' in block) {
    return block.fields.map(
      (f) =>
        new Paragraph({
          numbering: { reference: DASH_LIST, level: 0 },
          children: [new TextRun({ text: `${f.label}: `, bold: true }), ...runs(f.value)],
        }),
    );
  }
  // A table ends with a little space so the next heading or paragraph does not touch it.
  return [
    dataTable(block.table, width, keepWithNext),
    new Paragraph({ spacing: { before: 0, after: 60 }, keepNext: keepWithNext, children: [] }),
  ];
}

/** A heading; a bookmark around its text when a table of contents points at it. */
function heading(section: SectionView, pageBreakBefore: boolean, bookmark: boolean): Paragraph {
  const text = runs(section.heading);
  return new Paragraph({
    heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    children: bookmark ? [new Bookmark({ id: section.anchor, children: text })] : text,
  });
}

/** The numbered sections; the first starts a new page when a cover precedes it. */
export function sectionsBody(view: DocView, width: number, newPage: boolean): Child[] {
  const bookmarks = view.toc.length > 0;
  // A document with signatures after its content keeps its last table with them.
  const lastSection = view.sections.length - 1;
  const keep = (i: number, j: number, blocks: Block[]) =>
    view.closing.length > 0 && i === lastSection && j === blocks.length - 1;
  return view.sections.flatMap((section, i) => [
    heading(section, newPage && i === 0, bookmarks),
    ...section.blocks.flatMap((b, j) =>
      blockChildren(b, width, section.sections.length === 0 && keep(i, j, section.blocks)),
    ),
    ...section.sections.flatMap((sub) => [
      heading(sub, false, bookmarks),
      ...sub.blocks.flatMap((b) => blockChildren(b, width)),
    ]),
  ]);
}

/**
 * Mục lục written out (LibreOffice does not refresh TOC fields): each entry is its heading text, then a
 * dotted tab and a PAGEREF to the heading's bookmark, which Word and LibreOffice compute.
 */
export function tableOfContents(view: DocView, width: number): Child[] {
  if (view.toc.length === 0) return [];
  const title = centered(runs('MỤC LỤC', { bold: true }), { pageBreakBefore: true, spacing: { after: mm(4) } });
  const entries = view.toc.map(
    (entry) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }],
        indent: entry.level > 1 ? { left: 567 } : undefined,
        spacing: { before: 0, after: 60 },
        children: [
          ...runs(entry.heading, { bold: entry.level === 1 }),
          new TextRun({ children: [new Tab()] }),
          new PageReference(entry.anchor),
        ],
      }),
  );
  return [title, ...entries];
}

/** Signatures after the content (registers): Người lập, Phê duyệt. */
export function closing(view: DocView, width: number): Child[] {
  if (view.closing.length === 0) return [];
  return [
    new Paragraph({ spacing: { before: mm(6), after: 0 }, keepNext: true, children: [] }),
    signatureTable(view.closing, width, false),
  ];
}
