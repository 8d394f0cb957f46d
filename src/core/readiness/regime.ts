import { text, type Text } from '../text.js';
import type { Regime } from './types.js';

/** QĐ 19/2014/QĐ-TTg takes effect: from this day units announce instead of being certified. */
export const ANNOUNCEMENT_FROM = '2014-05-18';

/** The regime in force on a date (domain.md §1.2, §1.5). */
export function regimeAt(asOf: string): Regime {
  return asOf < ANNOUNCEMENT_FROM ? 'certification' : 'announcement';
}

export interface RegimeInfo {
  id: Regime;
  /** The instruments of the regime. */
  basis: string[];
  from?: string;
  until?: string;
  title: Text;
}

export function regimeInfo(regime: Regime): RegimeInfo {
  return regime === 'certification'
    ? {
        id: regime,
        basis: ['144/2006/QĐ-TTg', '118/2009/QĐ-TTg', '01/2010/TT-BKHCN'],
        until: '2014-05-17',
        title: text(
          'chứng nhận (QĐ 144/2006/QĐ-TTg, QĐ 118/2009/QĐ-TTg; đến 17/05/2014)',
          'certification (QĐ 144/2006/QĐ-TTg, QĐ 118/2009/QĐ-TTg; until 17/05/2014)',
        ),
      }
    : {
        id: regime,
        basis: ['19/2014/QĐ-TTg', '26/2014/TT-BKHCN'],
        from: ANNOUNCEMENT_FROM,
        title: text(
          'tự công bố (QĐ 19/2014/QĐ-TTg; từ 18/05/2014)',
          'self-announcement (QĐ 19/2014/QĐ-TTg; from 18/05/2014)',
        ),
      };
}
