import { join } from 'node:path';
import { readYamlOrThrow } from '../../yaml/read-yaml.js';
import { dataDir } from '../../paths.js';
import { upper } from '../format.js';
import { list, obj, str, type Data } from '../../unit/read-data.js';
import type { AdminSigner } from '../view/types.js';

/**
 * Who issues a unit's documents and how the administrative frame names them (data/issued/frame.yaml,
 * after TT 01/2011/TT-BNV): the issuer written in full, the place (địa danh), the date line, the signer's
 * quyền hạn and chức vụ, the căn cứ in force on a date. Pure: manifest in, strings out.
 */

interface IssuerRule {
  head: string;
  deputy: string;
  superiorLine: boolean;
  collective?: string;
}

interface Basis {
  text: string;
  types: string[];
  from?: string;
  until?: string;
}

export interface FrameData {
  issuers: Record<string, IssuerRule>;
  abbreviations: Record<string, string>;
  bases: Basis[];
  representativeDuties: string[];
  forms: Record<string, string>;
  generatedForms: Array<{ title: string; by: string }>;
}

let cached: FrameData | undefined;

export function frameData(): FrameData {
  cached ??= readYamlOrThrow<FrameData>(join(dataDir, 'issued', 'frame.yaml'));
  return cached;
}

export interface Issuer {
  type: string;
  /** "Ủy ban nhân dân xã Tam Hiệp" (abbreviations written out). */
  name: string;
  /** The superior printed above the name ('' when the unit type writes none). */
  superior: string;
  place: string;
  rule: IssuerRule;
  /** People by role id, role titles by id. */
  people: Map<string, string[]>;
  titles: Map<string, string>;
}

/** "UBND xã Tam Hiệp" → "Ủy ban nhân dân xã Tam Hiệp". */
export function fullName(name: string): string {
  const { abbreviations } = frameData();
  return name.replace(/\p{L}+/gu, (word) => abbreviations[word] ?? word);
}

/**
 * Địa danh: the manifest's `place`, else the commune or district name without its prefix
 * ("UBND xã Tam Hiệp" → "Tam Hiệp"), else the city (departments write the city: "Hà Nội").
 */
export function placeOf(manifest: Data): string {
  const given = str(manifest.place);
  if (given) return given;
  const name = str(manifest.name);
  if (manifest.type !== 'so') {
    const m = /^(?:UBND|Ủy ban nhân dân)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+(.+)$/iu.exec(name);
    if (m) return m[1];
  }
  return str(manifest.city);
}

export function issuerOf(manifest: Data): Issuer | undefined {
  const type = str(manifest.type);
  const rule = frameData().issuers[type];
  if (!rule) return undefined;
  const people = new Map<string, string[]>();
  const titles = new Map<string, string>();
  for (const role of list(manifest.roles).map(obj)) {
    people.set(str(role.id), list(role.people).map(str).filter(Boolean));
    titles.set(str(role.id), str(role.title));
  }
  const superior = rule.superiorLine ? fullName(str(manifest.superior) || str(obj(manifest.parent).name)) : '';
  return { type, name: fullName(str(manifest.name)), superior, place: placeOf(manifest), rule, people, titles };
}

/** TT 01/2011 Điều 9: days below 10 and months 1, 2 get a leading zero ("ngày 05 tháng 3", "tháng 01"). */
export function dateLine(place: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return place;
  const month = Number(m[2]);
  return `${place}, ngày ${m[3]} tháng ${month <= 2 ? m[2] : String(month)} năm ${m[1]}`;
}

/** The first person of a role, or ''. */
export function personOf(issuer: Issuer, role: string): string {
  return issuer.people.get(role)?.[0] ?? '';
}

/** The roles a person holds, by id. */
export function rolesOf(issuer: Issuer, name: string): string[] {
  return [...issuer.people.entries()].filter(([, people]) => people.includes(name)).map(([id]) => id);
}

/**
 * The signature of a decision or plan by a named leader: the head signs as CHỦ TỊCH (or on behalf of the
 * body, TM. ỦY BAN NHÂN DÂN, when `collective`), a deputy as KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Undefined when
 * the person is neither the head nor a deputy in the manifest's roles.
 */
export function leaderSigner(issuer: Issuer, name: string, collective = false): AdminSigner | undefined {
  const roles = rolesOf(issuer, name);
  const head = upper(issuer.rule.head);
  const body = collective && issuer.rule.collective ? `TM. ${upper(issuer.rule.collective)}` : '';
  if (roles.includes('lanh-dao')) return { authority: body, title: head, name };
  if (roles.includes('pho-lanh-dao')) {
    return { authority: [body, `KT. ${head}`].filter(Boolean).join('\n'), title: upper(issuer.rule.deputy), name };
  }
  return undefined;
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TAM HIỆP", "GIÁM ĐỐC SỞ TƯ PHÁP": who decides. */
export function decidingAuthority(issuer: Issuer): string {
  return upper(`${issuer.rule.head} ${issuer.name}`);
}

/** The căn cứ of the unit's QMS decisions in force on a date. */
export function basesOn(issuer: Issuer, date: string): string[] {
  return frameData()
    .bases.filter((b) => b.types.includes(issuer.type))
    .filter((b) => (!b.from || b.from <= date) && (!b.until || date <= b.until))
    .map((b) => b.text);
}
