import { text, type Text } from '../text.js';
import type { UnitReadiness } from './types.js';

/**
 * The city programme the roll-up measures against: Hanoi's 2011–2015 administrative-reform targets as
 * PRODUCT.md states them (the programme text itself was not found: domain.md §1.7). Data, not logic:
 * another city changes this table.
 */
export const PROGRAMME = {
  id: 'hanoi-cchc-2011-2015',
  title: text('Chương trình cải cách hành chính Hà Nội 2011–2015', "Hanoi's administrative-reform programme 2011–2015"),
};

export interface IndicatorDef {
  id: string;
  label: Text;
  /** Percent. */
  target: number;
  deadline: string;
  /** Numerator and denominator over the units. */
  measure(units: UnitReadiness[]): [number, number];
}

const achieved =
  (filter: (u: UnitReadiness) => boolean) =>
  (units: UnitReadiness[]): [number, number] => {
    const of = units.filter(filter);
    return [of.filter((u) => u.targetAchieved).length, of.length];
  };

export const INDICATORS: IndicatorDef[] = [
  {
    id: 'units-certified-announced',
    target: 100,
    deadline: '2015-12-31',
    measure: achieved(() => true),
    label: text('Đơn vị đã chứng nhận / công bố HTQLCL', 'Units certified or announced'),
  },
  {
    id: 'departments-districts-2013',
    target: 100,
    deadline: '2013-12-31',
    measure: achieved((u) => u.type === 'so' || u.type === 'huyen'),
    label: text(
      'Sở, UBND huyện đã chứng nhận / công bố (đến 2013)',
      'Departments and districts certified or announced (by 2013)',
    ),
  },
  {
    id: 'communes-2015',
    target: 100,
    deadline: '2015-12-31',
    measure: achieved((u) => u.type === 'xa'),
    label: text('UBND cấp xã đã chứng nhận / công bố (đến 2015)', 'Communes certified or announced (by 2015)'),
  },
  {
    id: 'tthc-covered',
    target: 100,
    deadline: '2015-12-31',
    measure: (units) => [units.reduce((n, u) => n + u.tthc.covered, 0), units.reduce((n, u) => n + u.tthc.required, 0)],
    label: text('TTHC có quy trình ISO', 'TTHC covered by an ISO procedure'),
  },
];
