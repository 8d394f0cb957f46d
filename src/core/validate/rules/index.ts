import type { Rule } from '../rule.js';
import qms001 from './qms001-file-readable.js';
import qms002 from './qms002-yaml-syntax.js';
import qms003 from './qms003-schema.js';
import qms004 from './qms004-unknown-file.js';
import qms005 from './qms005-text-nfc.js';
import qms006 from './qms006-invisible-characters.js';
import qms010 from './qms010-model-known.js';
import qms011 from './qms011-code-format.js';
import qms012 from './qms012-code-unique.js';
import qms013 from './qms013-form-code-unique.js';
import qms014 from './qms014-form-listed.js';
import qms015 from './qms015-step-role-exists.js';
import qms016 from './qms016-role-staffed.js';
import qms017 from './qms017-step-time-within-legal.js';
import qms018 from './qms018-step-time-present.js';
import qms019 from './qms019-record-complete.js';
import qms020 from './qms020-approval-signers.js';
import qms021 from './qms021-approval-dates.js';
import qms022 from './qms022-revision-history.js';
import qms023 from './qms023-legal-basis-format.js';
import qms024 from './qms024-legal-basis-current.js';
import qms025 from './qms025-fee-basis.js';
import qms026 from './qms026-mandatory-documents.js';
import qms027 from './qms027-tthc-coverage.js';
import qms028 from './qms028-tthc-known.js';
import qms029 from './qms029-objectives-measurable.js';
import qms030 from './qms030-waiver-expired.js';
import qms031 from './qms031-waiver-unused.js';
import qms032 from './qms032-merge-conflict.js';
import qms034 from './qms034-processing-time-within-law.js';
import qms035 from './qms035-other-unit-named.js';
import qms036 from './qms036-owner-role-exists.js';
import qms037 from './qms037-content-unchecked.js';
import qms040 from './qms040-nonconformity-overdue.js';
import qms041 from './qms041-closed-without-verification.js';
import qms042 from './qms042-finding-on-excluded-clause.js';
import qms050 from './qms050-form-without-document.js';

/**
 * The ordered rule registry. Adding a rule = one file in this folder + one line here (+ its docs page
 * docs/rules/<id>.md, generated, and a good/bad case table in any *.cases.ts file under test/; a registry test checks both).
 */
export const RULES: readonly Rule[] = [
  qms001,
  qms002,
  qms003,
  qms004,
  qms005,
  qms006,
  qms010,
  qms011,
  qms012,
  qms013,
  qms014,
  qms015,
  qms016,
  qms017,
  qms018,
  qms019,
  qms020,
  qms021,
  qms022,
  qms023,
  qms024,
  qms025,
  qms026,
  qms027,
  qms028,
  qms029,
  qms030,
  qms031,
  qms032,
  qms034,
  qms035,
  qms036,
  qms037,
  qms040,
  qms041,
  qms042,
  qms050,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
