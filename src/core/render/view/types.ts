/**
 * The format-neutral shape of one document: what the DOCX builder and the Markdown/HTML templates
 * render, so all three carry the same content in the same order. Every string is already clean
 * (sanitize.ts); renderers only escape for their format.
 */

export interface TableColumn {
  title: string;
  /** Share of the text width, in percent (the columns of a table add up to 100). */
  width: number;
  center: boolean;
}

export interface TableView {
  columns: TableColumn[];
  /** Cells are plain text; a newline is a line break inside the cell. */
  rows: string[][];
  /** Least height of a body row in twips (DOCX), for tables filled in by hand. */
  minRowHeight?: number;
  /** Font size of the table's cells in half-points (DOCX); the document's table size when absent. */
  fontSize?: number;
}

export interface Field {
  label: string;
  value: string;
}

/** One block of a section: exactly one of the keys is present. */
export type Block = { paragraph: string } | { list: string[] } | { table: TableView } | { fields: Field[] };

export interface SectionView {
  /** "5.1", or '' for an unnumbered section. */
  number: string;
  /** What the heading shows: "1. MỤC ĐÍCH", "5.1 Cơ sở pháp lý". */
  heading: string;
  /** 1 or 2. */
  level: number;
  /** A stable id for links and bookmarks: "s-5-1". */
  anchor: string;
  blocks: Block[];
  sections: SectionView[];
}

export interface Signer {
  /** Soạn thảo, Xem xét, Phê duyệt, Người lập. */
  role: string;
  title: string;
  name: string;
}

export interface TocEntry {
  heading: string;
  level: number;
  anchor: string;
}

export type DocKind =
  | 'procedure'
  | 'policy'
  | 'objectives'
  | 'manual'
  | 'document-register'
  | 'legal-register'
  | 'checklist'
  | 'audit-programme';

export interface DocView {
  kind: DocKind;
  /** Mã hiệu, also the output file name (already checked to be a safe file name). */
  code: string;
  /** The YAML file the document comes from ('' for registers, which are compiled from several). */
  source: string;
  /** Tên tài liệu, as written. */
  title: string;
  /** The title as the cover shows it, one entry per line, upper case. */
  coverTitle: string[];
  /** Cơ quan chủ quản ('' when unknown) and the unit's name. */
  superior: string;
  unitName: string;
  /** The document-control rows (mã hiệu, lần ban hành, ngày hiệu lực…); the DOCX adds the page count. */
  control: Field[];
  /** The approval block (Soạn thảo / Xem xét / Phê duyệt); empty for registers. */
  approval: Signer[];
  /** Theo dõi sửa đổi; undefined for registers. */
  revisions?: TableView;
  /** Mục lục, written out (the manual only). */
  toc: TocEntry[];
  /** A line under the title, e.g. "Cập nhật đến ngày 01/06/2012" on registers. */
  subtitle: string;
  sections: SectionView[];
  /** Signatures after the content (registers: Người lập, Phê duyệt). */
  closing: Signer[];
  landscape: boolean;
  /** The document's date (YYYY-MM-DD): fixes the DOCX core properties when SOURCE_DATE_EPOCH is unset. */
  date: string;
}
