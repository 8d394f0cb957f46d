import { issuableVersions, type IssuedDoc } from '../model/issued-under.js';
import { loadModel } from '../model/load-model.js';
import { compareVersions } from '../model/semver.js';
import type { Model } from '../model/types.js';
import { diffValues } from '../merge/diff-values.js';
import { omitKeys, type Json } from '../merge/json.js';
import type { Answers } from '../scaffold/answers.js';
import type { Manifest } from '../unit/types.js';
import { BOOKKEEPING, renderModelDocs, type ModelDoc, type Rendered } from './model-docs.js';
import type { UnitDoc } from './unit-state.js';

export interface BaseOf {
  spec: string;
  /** The version the unit follows (qms.yaml), already rendered. */
  base: Model;
  type: Manifest['type'];
  answers: Answers;
}

/**
 * Each document's merge base: the model version it was last issued from, rendered for the unit, in place of
 * the version the unit follows. Of the versions it may have been issued from (`issuableVersions`), the one
 * whose text the document keeps most of: its differences from that base are then the unit's own edits, and
 * what the model changed since reaches it (the newest on a tie: the unit's version when nothing tells them
 * apart). Only documents the unit's version still has: one it dropped is the unit's own by now.
 */
export function issuedBases(
  rendered: Map<string, ModelDoc>,
  ours: Map<string, UnitDoc>,
  { spec, base, type, answers }: BaseOf,
): Map<string, ModelDoc> {
  const candidates = new Map<string, string[]>();
  for (const doc of ours.values()) {
    if (doc.kind === 'manifest' || !rendered.has(doc.key) || typeof doc.data !== 'object' || doc.data === null)
      continue;
    const versions = issuableVersions(doc.data as IssuedDoc, spec, base.meta.id, base.meta.version);
    if (versions.length > 1 || versions[0] !== base.meta.version) candidates.set(doc.key, versions);
  }
  if (candidates.size === 0) return rendered;
  const byVersion = renderVersions(candidates, rendered, { spec, base, type, answers });
  const docs = new Map(rendered);
  for (const [key, versions] of candidates) {
    const strip = (data: Json) => omitKeys(data, BOOKKEEPING[rendered.get(key)!.kind]);
    const unit = strip(ours.get(key)!.data);
    let best: ModelDoc | undefined;
    let fewest = Infinity;
    for (const version of versions) {
      const doc = byVersion.get(version)?.get(key);
      if (!doc) continue;
      const differences = diffValues(strip(doc.data), unit).length;
      if (differences <= fewest)
        [best, fewest] = [version === base.meta.version ? doc : { ...doc, issuedUnder: version }, differences];
    }
    if (best) docs.set(key, best);
  }
  return docs;
}

/**
 * Each version some document may come from, rendered for the documents that may (oldest first, each reusing
 * the previous one's rendering of a template they share, as a model update does).
 */
function renderVersions(
  candidates: Map<string, string[]>,
  rendered: Map<string, ModelDoc>,
  { spec, base, type, answers }: BaseOf,
): Map<string, Map<string, ModelDoc>> {
  const keysOf = new Map<string, Set<string>>();
  for (const [key, versions] of candidates)
    for (const v of versions) keysOf.set(v, (keysOf.get(v) ?? new Set()).add(key));
  const out = new Map<string, Map<string, ModelDoc>>([[base.meta.version, rendered]]);
  let previous: Rendered | undefined;
  for (const [version, keys] of [...keysOf].sort(([a], [b]) => compareVersions(a, b))) {
    if (version === base.meta.version) continue;
    const model = loadModel(spec, version);
    const typeDef = model.unitTypes[type];
    if (!typeDef) continue;
    const docs = renderModelDocs(model, typeDef, { ...answers, model: { ...answers.model, version } }, previous, keys);
    out.set(version, docs);
    previous = { model, typeDef, docs };
  }
  return out;
}
