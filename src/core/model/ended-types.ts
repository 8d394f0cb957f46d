import { QmsError } from '../errors.js';
import { text } from '../text.js';
import type { UnitType } from '../unit/types.js';
import type { Model } from './types.js';

/**
 * A unit type the model says no longer exists on `date` (UBND cấp huyện from 01/07/2025, when local
 * government became two-level), read from model.yaml `endedUnitTypes` of the newest version that says so.
 */
export function endedUnitType(model: Model, type: UnitType, date: string): Model['meta']['endedUnitTypes'] {
  return (model.meta.endedUnitTypes ?? []).filter((e) => e.type === type && e.from <= date);
}

/** Refuse to create a unit of a type that has ended on `date`, giving the model's reason (exit 2). */
export function refuseEndedUnitType(model: Model, type: UnitType, date: string): void {
  const [ended] = endedUnitType(model, type, date) ?? [];
  if (!ended) return;
  throw new QmsError(
    'E_USAGE',
    text(
      `không khởi tạo được đơn vị loại "${type}" vào ngày ${date}: loại đơn vị này không còn từ ngày ${ended.from}`,
      `cannot create a unit of type "${type}" on ${date}: this unit type no longer exists from ${ended.from}`,
    ),
    text(
      `${ended.reason} (Nguồn: ${ended.sources.join('; ')})`,
      `${ended.reason} (Sources: ${ended.sources.join('; ')}) Create a commune (--type xa) or a department (--type so), or give an --effective-date before ${ended.from}.`,
    ),
  );
}
