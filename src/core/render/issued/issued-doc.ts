import { text, type Text } from '../../text.js';
import { upper } from '../format.js';
import type { AdminFrame, DocView, IssuedKind } from '../view/types.js';
import type { PlannedDoc } from '../planned-doc.js';
import { dateLine, type Issuer } from './frame.js';

/**
 * What the issued-document builders return: a document (or one made when it is rendered: the many
 * per-procedure forms), or why it was left out (file and field to fill).
 */
export type Issued = { doc: DocView } | { planned: PlannedDoc } | { missing: Text };

export interface IssuedFrame extends Omit<AdminFrame, 'superior' | 'issuer' | 'placeDate' | 'formCode'> {
  date: string;
  formCode?: string;
}

/** A DocView in the administrative frame. `code` names the output file and is what --only matches. */
export function issuedDoc(
  kind: IssuedKind,
  code: string,
  source: string,
  title: string,
  issuer: Issuer,
  frame: IssuedFrame,
): DocView {
  const { date, formCode, ...rest } = frame;
  return {
    kind,
    code,
    source,
    title,
    coverTitle: [upper(frame.docType)],
    superior: issuer.superior,
    unitName: issuer.name,
    control: [],
    approval: [],
    toc: [],
    subtitle: frame.summary,
    sections: [],
    closing: [],
    landscape: false,
    date,
    admin: {
      ...rest,
      superior: issuer.superior,
      issuer: issuer.name,
      placeDate: dateLine(issuer.place, date),
      formCode: formCode ?? '',
    },
  };
}

/** "qms.yaml: milestones.steeringCommittee.members" — the file and fields an officer fills for a document. */
export function missing(what: string, file: string, fields: string[]): Issued {
  const where = `${file}: ${fields.join(', ')}`;
  return {
    missing: text(`chưa xuất ${what} — điền ${where}`, `${what} not built — fill in ${where}`),
  };
}
