import { formatDate, twoDigits, upper } from '../format.js';
import { list, num, obj, str, type Data } from '../../unit/read-data.js';
import type { Block, DocKind, DocView, Field, SectionView, Signer, TableView } from './types.js';

/** What every document of a unit needs to know about the unit. */
export interface UnitContext {
  name: string;
  superior: string;
  /** Role title by role id (steps and records name roles, documents show titles). */
  roleTitles: Map<string, string>;
  /** People by role id. */
  rolePeople: Map<string, string[]>;
}

export function unitContext(manifest: unknown): UnitContext {
  const m = obj(manifest);
  const roleTitles = new Map<string, string>();
  const rolePeople = new Map<string, string[]>();
  for (const role of list(m.roles).map(obj)) {
    const id = str(role.id);
    if (!id) continue;
    roleTitles.set(id, str(role.title) || id);
    rolePeople.set(id, list(role.people).map(str).filter(Boolean));
  }
  const superior = str(m.superior) || str(obj(m.parent).name);
  return { name: str(m.name) || str(m.id), superior, roleTitles, rolePeople };
}

export function roleTitle(ctx: UnitContext, id: unknown): string {
  const key = str(id);
  return ctx.roleTitles.get(key) ?? key;
}

/** Mã hiệu, lần ban hành, ngày hiệu lực. */
export function controlFields(data: Data, code: string): Field[] {
  const issue = num(data.issue);
  return [
    { label: 'Mã hiệu', value: code },
    { label: 'Lần ban hành', value: issue === undefined ? str(data.issue) : twoDigits(issue) },
    { label: 'Ngày hiệu lực', value: formatDate(str(data.effectiveDate)) },
  ];
}

const SIGN_ROLES: Array<[key: string, role: string]> = [
  ['prepared', 'Soạn thảo'],
  ['reviewed', 'Xem xét'],
  ['approved', 'Phê duyệt'],
];

export function approvalSigners(data: Data): Signer[] {
  const approval = obj(data.approval);
  return SIGN_ROLES.map(([key, role]) => {
    const signer = obj(approval[key]);
    return { role, title: str(signer.title), name: str(signer.name) };
  });
}

export function revisionTable(data: Data): TableView {
  return table(
    [
      ['Lần ban hành', 14, true],
      ['Ngày ban hành', 17, true],
      ['Nội dung sửa đổi', 47],
      ['Trang/Phần sửa đổi', 22],
    ],
    list(data.revisions)
      .map(obj)
      .map((r) => {
        const issue = num(r.issue);
        return [
          issue === undefined ? str(r.issue) : twoDigits(issue),
          formatDate(str(r.date)),
          str(r.description),
          str(r.pages),
        ];
      }),
  );
}

/** "Quy trình đăng ký khai sinh" → ["QUY TRÌNH", "ĐĂNG KÝ KHAI SINH"]; other titles on one line. */
export function coverTitle(title: string): string[] {
  const m = /^(quy trình)\s+(.+)$/isu.exec(title);
  return m ? [upper(m[1]), upper(m[2])] : [upper(title)];
}

export function table(
  columns: Array<[title: string, width: number, center?: boolean]>,
  rows: string[][],
  fontSize?: number,
): TableView {
  return {
    columns: columns.map(([title, width, center]) => ({ title, width, center: Boolean(center) })),
    rows,
    ...(fontSize ? { fontSize } : {}),
  };
}

export interface SectionDraft {
  title: string;
  blocks: Block[];
  sections?: SectionDraft[];
}

/**
 * Number sections in order (1, 2… and 5.1, 5.2…), with the heading text every format shows:
 * level 1 upper case ("1. MỤC ĐÍCH"), level 2 as written ("5.1 Cơ sở pháp lý").
 */
export function numberSections(drafts: SectionDraft[], numbered = true, prefix = ''): SectionView[] {
  return drafts.map((draft, i) => {
    const number = numbered ? `${prefix}${i + 1}` : '';
    const level = prefix ? 2 : 1;
    // A manual sub-section titled by its ISO clause ("4.1 Yêu cầu chung") keeps that number alone:
    // "9.1 4.1 Yêu cầu chung" would read as two numbering schemes.
    const ownNumber = level === 2 && /^[4-8](\.\d){1,2}\s/.test(draft.title);
    const heading =
      level === 1
        ? number
          ? `${number}. ${upper(draft.title)}`
          : upper(draft.title)
        : number && !ownNumber
          ? `${number} ${draft.title}`
          : draft.title;
    return {
      number,
      heading,
      level,
      anchor: `s-${number ? number.replace(/\./g, '-') : `${prefix.replace(/\./g, '-')}${i + 1}`}`,
      blocks: draft.blocks,
      sections: level === 1 ? numberSections(draft.sections ?? [], numbered, `${number || i + 1}.`) : [],
    };
  });
}

/** A paragraph block, or nothing for empty text. */
export function paragraphs(...texts: string[]): Block[] {
  return texts.filter((t) => t !== '').map((paragraph) => ({ paragraph }));
}

export function bullets(items: string[]): Block[] {
  return items.length > 0 ? [{ list: items }] : [];
}

/** A controlled document's title: its own, or its code (the plan names a document before making its view). */
export function controlledTitle(data: Data, code: string): string {
  return str(data.title) || code;
}

/** The parts every controlled document shares: cover with control table, approval block and revisions. */
export function controlledDoc(
  kind: DocKind,
  data: Data,
  code: string,
  source: string,
  ctx: UnitContext,
  sections: SectionView[],
): DocView {
  const title = controlledTitle(data, code);
  return {
    kind,
    code,
    source,
    title,
    coverTitle: coverTitle(title),
    superior: ctx.superior,
    unitName: ctx.name,
    control: controlFields(data, code),
    approval: approvalSigners(data),
    revisions: revisionTable(data),
    toc: [],
    subtitle: '',
    sections,
    closing: [],
    landscape: false,
    date: str(data.effectiveDate),
  };
}
