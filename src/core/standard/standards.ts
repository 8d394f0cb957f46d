import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QmsError } from '../errors.js';
import { dataDir } from '../paths.js';
import { escapeForDisplay, text } from '../text.js';
import { readYamlOrThrow } from '../yaml/read-yaml.js';

/**
 * The quality-management standards the tool knows, read from data/iso9001-<year>/standard.yaml: the name
 * a unit writes in qms.yaml (`standard: TCVN ISO 9001:2015`), the standard its clauses map to, the files
 * the standard requires and how internal audits split the clauses. Nothing here is a constant in code.
 */
export interface StandardProfile {
  /** "2008", "2015". */
  id: string;
  /** "TCVN ISO 9001:2008". */
  name: string;
  shortName: string;
  correspondsTo: string;
  requiredFiles: Array<{ kind: string; clause: string }>;
  auditAreas: { operational: string[]; resources: string[] };
  /** data/iso9001-<id>/ */
  dir: string;
}

/** A unit that names no standard is on TCVN ISO 9001:2008: every unit made before the 2015 line. */
export const DEFAULT_STANDARD = '2008';

let profiles: StandardProfile[] | undefined;

/** Every standard shipped in data/, oldest first. */
export function listStandards(): StandardProfile[] {
  profiles ??= readdirSync(dataDir)
    .filter((d) => /^iso9001-\d{4}$/.test(d) && existsSync(join(dataDir, d, 'standard.yaml')))
    .sort()
    .map((d) => ({
      ...readYamlOrThrow<Omit<StandardProfile, 'dir'>>(join(dataDir, d, 'standard.yaml')),
      dir: join(dataDir, d),
    }));
  return profiles;
}

/** The profile for "2015", "ISO 9001:2015" or "TCVN ISO 9001:2015"; undefined when unknown. */
export function findStandard(ref: string | undefined): StandardProfile | undefined {
  const key = (ref ?? DEFAULT_STANDARD).normalize('NFC').trim();
  return listStandards().find((s) => s.id === key || s.name === key || s.shortName === key);
}

/** Like findStandard, but an unknown name is a usage error listing the known ones. */
export function standardProfile(ref: string | undefined): StandardProfile {
  const found = findStandard(ref);
  if (found) return found;
  const known = listStandards()
    .map((s) => s.name)
    .join(', ');
  throw new QmsError(
    'E_USAGE',
    text(`không biết tiêu chuẩn «${escapeForDisplay(ref ?? '')}»`, `unknown standard "${escapeForDisplay(ref ?? '')}"`),
    text(`Các tiêu chuẩn có: ${known}`, `Known standards: ${known}`),
  );
}
