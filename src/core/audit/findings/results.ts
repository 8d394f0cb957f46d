import type { Grade, GradeId } from '../../standard/catalogue.js';

/**
 * What an auditor may write in the Kết quả column: a grade's label, code, id or alias from
 * finding-grades.yaml (Phù hợp, NC nặng, NC nhẹ, Lưu ý, Conforming, Major NC, OBS…), in any case, with or
 * without Vietnamese diacritics, after a tick box if one was pasted in; or nothing (not assessed).
 */

const NOT_ASSESSED = [
  '',
  '-',
  '—',
  '–',
  'n/a',
  'na',
  'khong ap dung',
  'kad',
  'khong danh gia',
  'chua danh gia',
  'not applicable',
  'not assessed',
];

/** Lower case, no diacritics (đ → d), single spaces: "NC Nặng" and "nc nang" read the same. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface ResultReader {
  read(cell: string): GradeId | 'none' | undefined;
  /** The values shown in an error message. */
  allowed: string[];
}

export function resultReader(grades: Grade[], lang: 'vi' | 'en'): ResultReader {
  const known = new Map<string, GradeId>();
  for (const g of grades) {
    const names = [g.id, g.code, g.label.vi, g.label.en, ...g.aliases.vi, ...g.aliases.en];
    for (const name of names) {
      known.set(fold(name), g.id);
      // "Không phù hợp nặng (NC nặng)": either half alone too.
      const m = /^(.*?)\s*\((.*)\)$/.exec(name);
      if (m) {
        known.set(fold(m[1]), g.id);
        known.set(fold(m[2]), g.id);
      }
      for (const part of name.split('/')) known.set(fold(part), g.id);
    }
  }
  const allowed =
    lang === 'vi' ? ['Phù hợp', 'NC nặng', 'NC nhẹ', 'Lưu ý'] : ['Conforming', 'Major NC', 'Minor NC', 'Observation'];
  return {
    allowed,
    read(cell) {
      const value = fold(cell.replace(/^[\s□☐☑☒✓✔✗✘]+/u, ''));
      if (NOT_ASSESSED.includes(value)) return 'none';
      return known.get(value);
    },
  };
}
