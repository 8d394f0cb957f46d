import { compareVersions } from './semver.js';
import { modelLine, modelVersions } from './load-model.js';

/**
 * How a revision-table entry names the model version a document was issued from. Every entry qms writes
 * (init, model update, transition) says it this way; `issuedUnder` reads it back.
 */
export function modelPhrase(id: string, version: string): string {
  return `mô hình ${id} phiên bản ${version}`;
}

const PHRASE = /mô hình\s+(\S+)\s+phiên bản\s+(\d+\.\d+\.\d+)/gu;

/** The model version a revision entry's description names for model `id`, if it names one. */
export function versionNamedIn(description: string, id: string): string | undefined {
  let found: string | undefined;
  for (const m of description.normalize('NFC').matchAll(PHRASE)) if (m[1] === id) found = m[2];
  return found;
}

/** What of a document tells which model version it was issued from. */
export interface IssuedDoc {
  revisions?: unknown;
}

/**
 * The model versions a unit's document may have been last issued from, oldest first: from the newest version
 * its revision table names (qms writes one at every issue; the first version of the unit's model line when
 * none is named) up to the one the unit follows (`follows`), on the unit's model line. Just `follows` when
 * the revision table names a version that cannot be (newer, or on the other line: a 2008 manual kept by a
 * transition) or the model has no versions.
 *
 * A unit re-issues only the documents a model change touches, so a document issued in 2013 under 1.0.0 can
 * sit in a unit that follows 2.0.0: the merge of a later model must start from 1.0.0's text, or the older
 * text looks like the unit's own edit and is kept. Officers also edit by hand (a unit moved to 2.1.0 by
 * correcting its procedures without a revision entry): which candidate the document's text matches is for
 * the caller to weigh.
 */
export function issuableVersions(doc: IssuedDoc, spec: string, id: string, follows: string): string[] {
  const all = modelVersions(spec);
  if (!all.includes(follows)) return [follows];
  const line = modelLine(spec, follows);
  const versions = all.filter((v) => compareVersions(v, follows) <= 0 && modelLine(spec, v) === line);
  const named = newestNamed(doc, id);
  if (named === undefined) return versions;
  return versions.includes(named) ? versions.filter((v) => compareVersions(v, named) >= 0) : [follows];
}

/** The version the newest revision entry naming model `id` names. */
function newestNamed(doc: IssuedDoc, id: string): string | undefined {
  const revisions = Array.isArray(doc.revisions) ? (doc.revisions as unknown[]) : [];
  for (const entry of [...revisions].reverse()) {
    const description = (entry as { description?: unknown } | null)?.description;
    const named = typeof description === 'string' ? versionNamedIn(description, id) : undefined;
    if (named !== undefined) return named;
  }
  return undefined;
}
