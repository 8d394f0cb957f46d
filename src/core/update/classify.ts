import type { Change } from '../merge/diff-values.js';
import { isLocalItem } from '../merge/path.js';
import { text, type Text } from '../text.js';
import type { DocKind } from './model-docs.js';

/** What a unit may change on its own (localisation) versus what the city model decides (controlled). */
export type ChangeClass = 'localisation' | 'controlled';

export interface ClassifiedChange extends Change {
  class: ChangeClass;
  reason: Text;
}

const WHY = {
  unit: text('thông tin, con người của đơn vị', "the unit's own details and people"),
  contact: text('nơi tiếp nhận, liên hệ của đơn vị', "the unit's desk and contact details"),
  role: text('phân công vai trò', 'assignment of roles'),
  agency: text('tên cơ quan phối hợp tại địa phương', 'the local name of a coordinating agency'),
  localStep: text('bước đơn vị bổ sung (local: true)', 'a step the unit added (local: true)'),
  note: text('ghi chú', 'notes'),
  added: text('nội dung đơn vị bổ sung', 'content the unit added'),
  intro: text('phần giới thiệu đơn vị', "the unit's introduction"),
  controlled: text('nội dung do mô hình chung quy định', 'content set by the city model'),
};

/**
 * Sort a local change (model version as rendered → the unit's file): names, people, roles, local
 * contact details, notes and steps marked `local: true` are the unit's to change; everything else —
 * legal basis, times, fees, dossier, the model's steps — is the city model's, and changing it is drift.
 */
export function classifyChange(kind: DocKind, change: Change): ClassifiedChange {
  const local = (reason: Text): ClassifiedChange => ({ ...change, class: 'localisation', reason });
  const top = change.path[0]?.seg;
  const leaf = change.path[change.path.length - 1]?.seg;
  switch (kind) {
    case 'manifest':
      return top === 'exclusions' || top === 'type'
        ? { ...change, class: 'controlled', reason: WHY.controlled }
        : local(WHY.unit);
    case 'procedure':
      if (top === 'receiveReturn') return local(WHY.contact);
      if (top === 'notes') return local(WHY.note);
      if (top === 'steps' && isLocalItem(change.path[1]?.item ?? change.after ?? change.before))
        return local(WHY.localStep);
      if (
        (top === 'steps' && leaf === 'role' && change.path.length === 3) ||
        (top === 'records' && leaf === 'keeper' && change.path.length === 3)
      )
        return local(WHY.role);
      // "Chi cục Thuế" in the model is "Chi cục Thuế huyện Thanh Trì" in the unit.
      if (top === 'tthc' && change.path[1]?.seg === 'coordinatingAgencies' && leaf === 'name') return local(WHY.agency);
      break;
    case 'manual':
      if (
        top === 'sections' &&
        (change.path[1]?.item as { title?: unknown } | undefined)?.title === 'Giới thiệu về đơn vị'
      )
        return local(WHY.intro);
      if (change.kind === 'added') return local(WHY.added);
      break;
    case 'policy':
    case 'objectives':
      if (change.kind === 'added') return local(WHY.added);
      break;
  }
  return { ...change, class: 'controlled', reason: WHY.controlled };
}
