import { isMap, type Json } from './json.js';

/** One step into a document: a map key, or a list index with the item found there. */
export interface PathStep {
  seg: string | number;
  /** How people read it: ".processingTime", "[158/2005/NĐ-CP]", "[#3]". */
  label: string;
  item?: Json;
}

export type Path = PathStep[];

/** Fields that name a list item, first found wins: legal basis by number, form by code, step by action… */
const KEY_FIELDS = ['id', 'code', 'number', 'term', 'tthc', 'clause', 'objective', 'title', 'name', 'action'] as const;

/** The identity of a list item, used to match items across versions. */
export function itemKey(item: Json): string {
  if (isMap(item)) {
    for (const field of KEY_FIELDS) {
      const value = item[field];
      if (typeof value === 'string' || typeof value === 'number') return `${field}=${value}`;
    }
  }
  return JSON.stringify(item);
}

/** True for a step (or any item) the unit added itself and marked `local: true`. */
export function isLocalItem(item: Json | undefined): boolean {
  return isMap(item) && item.local === true;
}

export function keyStep(key: string): PathStep {
  return { seg: key, label: key };
}

export function itemStep(index: number, item: Json): PathStep {
  const key = itemKey(item);
  const named = key.startsWith('{') || key.startsWith('[') ? '' : key.replace(/^[a-z]+=/, '').replace(/^"|"$/g, '');
  const short = named.length > 40 ? `${named.slice(0, 39)}…` : named;
  return { seg: index, label: short ? `[${short}]` : `[#${index + 1}]`, item };
}

/** JSON Pointer of a path (RFC 6901). */
export function pointerOf(path: Path): string {
  return path.map((s) => `/${String(s.seg).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** "legalBasis[06/2012/NĐ-CP].date", "processingTime.value". */
export function labelOf(path: Path): string {
  return path.map((s, i) => (typeof s.seg === 'number' || i === 0 ? s.label : `.${s.label}`)).join('') || '(toàn bộ)';
}
