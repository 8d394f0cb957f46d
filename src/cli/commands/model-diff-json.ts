import type { Change } from '../../core/merge/diff-values.js';
import { labelOf, pointerOf } from '../../core/merge/path.js';
import type { ClassifiedChange } from '../../core/update/classify.js';
import type { UnitDiff } from '../../core/update/diff-unit.js';
import type { Lang } from '../io.js';

/** Version of the JSON that `qms model diff --format json` and `qms model update --format json` print. */
export const MODEL_REPORT_VERSION = 1;

export function changeJson(change: Change | ClassifiedChange, lang: Lang) {
  return {
    path: pointerOf(change.path),
    label: labelOf(change.path),
    kind: change.kind,
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
    ...('class' in change ? { class: change.class, reason: change.reason[lang] } : {}),
  };
}

/** One unit's comparison as plain data: documents with model changes, local changes and merge outlook. */
export function unitDiffJson(diff: UnitDiff, shownDir: string, lang: Lang) {
  return {
    dir: shownDir,
    id: diff.id,
    name: diff.name,
    type: diff.type,
    model: diff.modelId,
    from: diff.from,
    to: diff.to,
    behind: diff.behind,
    versionsBehind: diff.steps,
    inSync: diff.inSync,
    answersRebuilt: diff.answersRebuilt,
    counts: diff.counts,
    unresolvedMarkers: diff.markers,
    documents: diff.docs
      .filter((d) => d.status !== 'same' || d.localChanges.length > 0)
      .map((d) => ({
        file: d.relPath,
        title: d.title,
        status: d.status,
        ...(d.tthcId ? { tthc: d.tthcId } : {}),
        ...(d.issuedUnder ? { issuedUnder: d.issuedUnder } : {}),
        modelChanges: d.modelChanges.map((c) => changeJson(c, lang)),
        localChanges: d.localChanges.map((c) => changeJson(c, lang)),
        ...(d.merge
          ? {
              update: {
                applies: d.merge.applied.length,
                conflicts: d.merge.conflicts.map((c) => ({
                  path: pointerOf(c.path),
                  label: labelOf(c.path),
                  kind: c.kind,
                  base: c.base,
                  ours: c.ours,
                  theirs: c.theirs,
                })),
              },
            }
          : {}),
      })),
  };
}
