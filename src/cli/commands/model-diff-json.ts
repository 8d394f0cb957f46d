import type { Change } from '../../core/merge/diff-values.js';
import { labelOf, pointerOf } from '../../core/merge/path.js';
import type { ClassifiedChange } from '../../core/update/classify.js';
import type { UnitDiff } from '../../core/update/diff-unit.js';
import type { Io, Lang } from '../io.js';

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

/**
 * The report `{ "version": …, "units": [ … ] }` printed a unit at a time as each is compared, byte for byte
 * what `JSON.stringify(report, null, 2)` prints of it whole: a tree keeps one unit's JSON (its comma waits
 * for the next), not every unit's (some 400 KB each with local changes listed).
 */
export class UnitsJsonStream {
  private held: string | undefined;

  constructor(private readonly io: Io) {}

  add(unit: unknown): void {
    if (this.held === undefined) this.io.out(`{\n  "version": ${MODEL_REPORT_VERSION},\n  "units": [`);
    else this.io.out(`${this.held},`);
    // At depth 2 of the report: every line four spaces in (a JSON string holds no line break).
    this.held = JSON.stringify(unit, null, 2).replace(/^/gm, '    ');
  }

  /** After the last unit (there is at least one). */
  finish(): void {
    this.io.out(`${this.held ?? ''}\n  ]\n}`);
  }
}
