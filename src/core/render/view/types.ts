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
  /** Text size in half-points when smaller than the body's (wide registers); DOCX only. */
  fontSize?: number;
  /** Line spacing of the cells in 240ths of a line when tighter than the table style's 1.1 (long checklists); DOCX only. */
  lineSpacing?: number;
  /** Body rows (0-based) that may break across pages: long ones, which kept whole would leave much of a page empty; DOCX only. */
  breakableRows?: number[];
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
  | 'context'
  | 'process-map'
  | 'risks'
  | 'document-register'
  | 'legal-register'
  | 'checklist'
  | 'audit-programme'
  | IssuedKind;

/** The documents a unit issues along the way (decisions, plans, reports, records), in the administrative frame. */
export type IssuedKind =
  | 'steering-decision'
  | 'representative-decision'
  | 'build-plan'
  | 'issuing-decision'
  | 'announcement-decision'
  | 'announcement-notice'
  | 'audit-report'
  | 'corrective-action'
  | 'corrective-log'
  | 'review-notice'
  | 'review-report'
  | 'review-minutes'
  | 'objectives-plan'
  | 'objectives-report'
  | 'system-report'
  | 'one-stop-receipt'
  | 'one-stop-control'
  | 'one-stop-supplement'
  | 'one-stop-apology'
  | 'one-stop-register';

/** One signature of an administrative document: quyền hạn (TM., KT. …), chức vụ, họ và tên. */
export interface AdminSigner {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", or '' when the head signs in their own name. */
  authority: string;
  /** Chức vụ or function of the signer as the block prints it ("CHỦ TỊCH", "THƯ KÝ"). */
  title: string;
  name: string;
}

/** One block of an administrative document's body. */
export type AdminBlock =
  /** A paragraph; `lead` is printed bold before the text ("Điều 1."); `center` for "QUYẾT ĐỊNH:". */
  | { text: string; lead?: string; center?: boolean; bold?: boolean; italic?: boolean }
  | { heading: string }
  | { list: string[] }
  | { table: TableView };

/**
 * The frame of a Vietnamese administrative document (NĐ 110/2004/NĐ-CP as amended by NĐ 09/2010/NĐ-CP;
 * layout per TT 01/2011/TT-BNV): the two-column header (cơ quan | quốc hiệu, tiêu ngữ; số, ký hiệu |
 * địa danh, ngày tháng năm), tên loại and trích yếu, the issuing authority and căn cứ of a decision,
 * the body, then nơi nhận beside the signature. See docs/issued-documents.md for the sources.
 */
export interface AdminFrame {
  /** Cơ quan chủ quản cấp trên trực tiếp ('' when the issuer does not write one, e.g. an UBND). */
  superior: string;
  /** Tên cơ quan ban hành, in full ("Ủy ban nhân dân xã Tam Hiệp"). */
  issuer: string;
  /** Số và ký hiệu ("35/QĐ-UBND"); '' when the document carries none (internal records). */
  number: string;
  /** "Tam Hiệp, ngày 10 tháng 4 năm 2012". */
  placeDate: string;
  /** Tên loại: QUYẾT ĐỊNH, KẾ HOẠCH, BÁO CÁO, BIÊN BẢN, THÔNG BÁO, PHIẾU … */
  docType: string;
  /** Trích yếu ("Về việc thành lập Ban chỉ đạo ISO"). */
  summary: string;
  /** The form the document follows ("BM-05-01"), printed top right; '' for none. */
  formCode: string;
  /** For a decision: who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TAM HIỆP"), then the căn cứ lines. */
  authority: string;
  bases: string[];
  body: AdminBlock[];
  /** Nơi nhận, each as printed ("Như Điều 3;", "Lưu: VT."); empty for records without one. */
  recipients: string[];
  /** One signature (right), or several side by side (minutes: thư ký | chủ trì). */
  signers: AdminSigner[];
  /** Printed after the signature ("kèm theo Quyết định số …"): the list of documents issued. */
  annex?: AdminBlock[];
}

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
  /** An issued document (decision, report, minutes, record) in the administrative frame instead of a cover. */
  admin?: AdminFrame;
  /** The word before the page number in the DOCX footer: "Trang" unless the document is in English ("Page"). */
  pageLabel?: string;
}
