import { join } from 'node:path';
import { readYamlOrThrow } from '../yaml/read-yaml.js';
import { dataDir } from '../paths.js';
import { vnDate } from '../dates/dates.js';
import type { Text } from '../text.js';

/**
 * The legal regimes and standards, read from data/regimes/regimes.yaml: readiness asks for what the
 * regime in force at --as-of asks for (a certificate or an announcement), and counts a certificate or an
 * announcement only while its standard is recognised. A new regime or standard is a data entry.
 */
export interface RegimeDef {
  id: string;
  from?: string;
  until?: string;
  /** What a unit must hold under the regime. */
  target: 'certificate' | 'announcement';
  /** The standard an announcement under the regime is made to (absent: the one the unit applies). */
  standard?: string;
  /** The last day a source confirms the regime's instruments in force; after it the regime is marked ⚠. */
  verifiedThrough?: string;
  /** The instruments of the regime. */
  basis: string[];
  title: Text;
  certificate?: { maxValidityYears: number; surveillanceMonths: number; designatedBodies: string };
  yearlyReport?: { from: string; dueMonthDay: string };
  source: string[];
  /** Dotted paths of the entry's facts no source confirmed. */
  unverified?: string[];
}

export interface StandardDef {
  id: string;
  cancelled?: string;
  cancelledBy?: string;
  /** The last day a certificate or an announcement to this standard counts. */
  recognisedUntil?: string;
  successor?: string;
  published?: string;
  publishedBy?: string;
  source: string[];
  unverified?: string[];
}

interface RegimesFile {
  regimes: RegimeDef[];
  standards: StandardDef[];
}

export const REGIMES_DIR = join(dataDir, 'regimes');
let cached: RegimesFile | undefined;

function regimesFile(): RegimesFile {
  cached ??= readYamlOrThrow<RegimesFile>(join(REGIMES_DIR, 'regimes.yaml'));
  return cached;
}

/** The regime in force on a date (the first whose period holds it). */
export function regimeAt(asOf: string): RegimeDef {
  const list = regimesFile().regimes;
  return (
    list.find((r) => (r.from ?? '') <= asOf && (r.until === undefined || asOf <= r.until)) ?? list[list.length - 1]
  );
}

/** The first regime that asks for announcements (its start is the first day an announcement can count). */
export function announcementRegime(): RegimeDef | undefined {
  return regimesFile().regimes.find((r) => r.target === 'announcement');
}

export function standardDef(id: string): StandardDef | undefined {
  return regimesFile().standards.find((s) => s.id === id);
}

/** Whether a fact of a regime or standard entry is marked unverified. */
export function unverified(entry: { unverified?: string[] }, path: string): boolean {
  return (entry.unverified ?? []).includes(path);
}

/** What the report prints about the regime. */
export interface RegimeInfo {
  id: string;
  basis: string[];
  from?: string;
  until?: string;
  /** The standard announcements are made to under the regime. */
  standard?: string;
  title: Text;
  /** Present when asOf is after the last day a source confirms the regime in force: the title then says so. */
  unverifiedAfter?: string;
}

/** The regime as a report shows it on asOf; a regime not confirmed in force on asOf is marked ⚠ in its title. */
export function regimeInfo(regime: RegimeDef, asOf?: string): RegimeInfo {
  const unconfirmed = regime.verifiedThrough !== undefined && asOf !== undefined && asOf > regime.verifiedThrough;
  const through = regime.verifiedThrough ?? '';
  return {
    id: regime.id,
    basis: regime.basis,
    ...(regime.from ? { from: regime.from } : {}),
    ...(regime.until ? { until: regime.until } : {}),
    ...(regime.standard ? { standard: regime.standard } : {}),
    title: unconfirmed
      ? {
          vi: `${regime.title.vi} ⚠ chưa xác minh được ${regime.basis.join(', ')} còn hiệu lực sau ${vnDate(through)}`,
          en: `${regime.title.en} ⚠ not verified that ${regime.basis.join(', ')} remain in force after ${through}`,
        }
      : regime.title,
    ...(unconfirmed ? { unverifiedAfter: through } : {}),
  };
}

/** A certification body of data/regimes/certification-bodies.yaml. */
export interface CertificationBody {
  id: string;
  name: string;
  aliases?: string[];
  source: string;
  unverified?: boolean;
}

const bodies = new Map<string, CertificationBody[]>();

/** The designated bodies a regime's certificates must come from. */
export function designatedBodies(regime: RegimeDef): CertificationBody[] {
  const file = regime.certificate?.designatedBodies;
  if (!file) return [];
  let list = bodies.get(file);
  if (!list) {
    list = readYamlOrThrow<{ bodies: CertificationBody[] }>(join(REGIMES_DIR, file)).bodies;
    bodies.set(file, list);
  }
  return list;
}

/**
 * The standard to announce or certify against on a date: TCVN ISO 9001:2008, then its successor once it
 * is no longer recognised (each step is data: `recognisedUntil` and `successor`).
 */
export function standardAt(asOf: string, first = 'TCVN ISO 9001:2008'): string {
  let id = first;
  for (let def = standardDef(id); def?.recognisedUntil && def.recognisedUntil < asOf && def.successor;) {
    id = def.successor;
    def = standardDef(id);
  }
  return id;
}
