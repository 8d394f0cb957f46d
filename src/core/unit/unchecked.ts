import type { UncheckedSection } from './types.js';

/**
 * The sections a procedure can mark `unchecked`: their number in the printed procedure (docs/unit-format.md)
 * and what officers and auditors call them.
 */
export const UNCHECKED_SECTIONS: Record<UncheckedSection, { number: string; vi: string; en: string }> = {
  result: { number: '2', vi: 'kết quả thực hiện', en: 'result' },
  legalBasis: { number: '5.1', vi: 'cơ sở pháp lý', en: 'legal basis' },
  dossier: { number: '5.2', vi: 'thành phần hồ sơ', en: 'dossier' },
  fees: { number: '5.6', vi: 'lệ phí', en: 'fees' },
  steps: { number: '5.7', vi: 'trình tự các bước', en: 'steps' },
  requirements: { number: '5.8', vi: 'yêu cầu, điều kiện', en: 'requirements' },
};

/** "thành phần hồ sơ, yêu cầu, điều kiện" (with the section numbers when `numbered`). */
export function uncheckedNames(sections: readonly string[], lang: 'vi' | 'en', numbered = false): string {
  return sections
    .map((s) => {
      const known = UNCHECKED_SECTIONS[s as UncheckedSection];
      if (!known) return s;
      return numbered ? `${known.number} (${known[lang]})` : known[lang];
    })
    .join(', ');
}
