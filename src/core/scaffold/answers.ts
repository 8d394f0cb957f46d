import type { UnitType } from '../unit/types.js';

/**
 * Everything a unit was created with. Saved as .qms-answers.yaml in the unit so that a later model
 * update can re-create the "base" (the old model rendered with the same answers) for a three-way merge.
 */
export interface Answers {
  model: { id: string; version: string };
  type: UnitType;
  id: string;
  name: string;
  superior: string;
  parent?: { id: string; name: string };
  city: string;
  /** People by role id. */
  people: Record<string, string[]>;
  /** TTHC groups included (all of the type when absent). */
  groups?: string[];
  /** Issue date of the first documents, which is also their effective date. */
  effectiveDate: string;
  /** Year of the first quality objectives. */
  year: number;
}

/** "UBND xã Đại Mỗ" → "xa-dai-mo": ASCII, lower case, safe as a folder and file name. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^ubnd\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/** "UBND xã Đại Mỗ" → "xã Đại Mỗ". */
export function shortName(name: string): string {
  return name.replace(/^UBND\s+/i, '').trim();
}
