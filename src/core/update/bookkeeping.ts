import { addDays } from '../dates/dates.js';
import { isMap, type Json, type JsonMap } from '../merge/json.js';
import type { Edit } from '../merge/merge-values.js';

type MapEdit = Extract<Edit, { op: 'map' }>;

export function asMapEdit(edit: Edit): MapEdit {
  if (edit.op === 'map') return edit;
  if (edit.op === 'keep') return { op: 'map', entries: new Map(), add: [], remove: new Set() };
  throw new Error('a document-level edit must be a map edit');
}

function daysBefore(date: string, days: number): string {
  return addDays(date, -days);
}

/**
 * Re-issue a document: issue + 1, effective from `date`, signed again (same people; prepared a week
 * and reviewed three days before, as qms init dates them) and a revision-table row saying why.
 */
export function reissue(
  edit: Edit,
  ours: JsonMap,
  date: string,
  revision: { description: string; pages?: string },
): { edit: MapEdit; issue?: number } {
  const root = asMapEdit(edit);
  const issue = typeof ours.issue === 'number' ? ours.issue + 1 : undefined;
  if (issue !== undefined) root.entries.set('issue', { op: 'set', value: issue });
  if (Object.hasOwn(ours, 'effectiveDate')) root.entries.set('effectiveDate', { op: 'set', value: date });
  const approval = ours.approval;
  if (isMap(approval)) {
    const signed: MapEdit = { op: 'map', entries: new Map(), add: [], remove: new Set() };
    const dates: Record<string, string> = {
      prepared: daysBefore(date, 7),
      reviewed: daysBefore(date, 3),
      approved: date,
    };
    for (const [who, when] of Object.entries(dates)) {
      const signer = approval[who];
      if (isMap(signer) && Object.hasOwn(signer, 'date'))
        signed.entries.set(who, {
          op: 'map',
          entries: new Map([['date', { op: 'set', value: when }]]),
          add: [],
          remove: new Set(),
        });
    }
    if (signed.entries.size > 0) root.entries.set('approval', signed);
  }
  const revisions = ours.revisions;
  if (Array.isArray(revisions) && revisions.length > 0) {
    const row: Json = {
      issue: issue ?? revisions.length + 1,
      date,
      description: revision.description,
      ...(revision.pages ? { pages: revision.pages } : {}),
    };
    root.entries.set('revisions', {
      op: 'seq',
      items: new Map(),
      remove: new Set(),
      insert: [{ after: revisions.length - 1, value: row }],
    });
  }
  return { edit: root, issue };
}

/** Set `model.version` (qms.yaml, .qms-answers.yaml). */
export function recordVersion(edit: Edit, ours: JsonMap, version: string): MapEdit {
  const root = asMapEdit(edit);
  if (isMap(ours.model))
    root.entries.set('model', {
      op: 'map',
      entries: new Map([['version', { op: 'set', value: version }]]),
      add: [],
      remove: new Set(),
    });
  return root;
}
