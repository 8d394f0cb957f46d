import { text, type Text } from '../../text.js';
import type { Unit, UnitFile } from '../../unit/types.js';
import { list, obj, str, type Data } from '../../unit/read-data.js';
import { loadedData, plannedDoc, type PlannedDoc, type WholeData } from '../planned-doc.js';
import { announcementDecisions } from './announcement-docs.js';
import { auditReport, correctiveActions, correctiveLog, type AuditFile } from './audit-docs.js';
import { frameData, issuerOf } from './frame.js';
import type { Issued } from './issued-doc.js';
import { objectivesPlan, objectivesReport } from './objective-docs.js';
import { oneStopForms } from './one-stop-forms.js';
import { reviewMinutes, reviewNotice, reviewReport, type ReviewFile } from './review-docs.js';
import { systemReports } from './system-report.js';
import {
  buildPlan,
  issuingDecision,
  representativeDecision,
  steeringDecision,
  type IssuedEntry,
} from './setup-docs.js';
import { withdrawnOn } from '../../unit/withdrawal.js';

export interface IssuedPlan {
  docs: PlannedDoc[];
  /** Documents the unit's data does not support yet: what to fill, in which file. */
  missing: Text[];
}

const byPath = (a: { relPath: string }, b: { relPath: string }) =>
  a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0;

function filesOf(
  unit: Unit,
  kind: 'audit' | 'review' | 'objectives' | 'procedure',
): Array<{ relPath: string; data: Data; file: UnitFile }> {
  return unit.files
    .filter((f) => f.kind === kind && typeof f.data === 'object' && f.data !== null && !Array.isArray(f.data))
    .map((f) => ({ relPath: f.relPath, data: f.data as Data, file: f }))
    .sort(byPath);
}

/**
 * The unit's forms by lowercase title, to print the form code (BM-05-01 …) on the documents that fill them.
 * Titles are compared without a trailing "(CAR)"-like note.
 */
function formCodes(unit: Unit): Map<string, string> {
  const codes = new Map<string, string>();
  for (const f of unit.files.filter((x) => x.kind === 'procedure')) {
    for (const form of list(obj(f.data).forms).map(obj)) {
      const title = str(form.title)
        .toLocaleLowerCase('vi')
        .replace(/\s*\([^)]*\)\s*$/, '');
      if (title && !codes.has(title)) codes.set(title, str(form.code));
    }
  }
  return codes;
}

/**
 * Every issued document the unit's data supports — setting-up decisions and plan, announcements,
 * internal-audit report, corrective-action requests and log, management-review notice, report and minutes,
 * the yearly objectives plan and results, the yearly report to the Sở KH&CN — and, for each
 * document the data does not support yet, the file and fields to fill. Pure: reads only the loaded unit
 * (and, through `whole`, each procedure's whole data when its one-stop forms are made).
 */
/** `asOf`: the date the document registers are issued on (a procedure withdrawn by then gets no one-stop forms). */
export function planIssued(
  unit: Unit,
  controlled: IssuedEntry[],
  procedureTitles: Map<string, string>,
  asOf: string,
  whole: WholeData = loadedData,
): IssuedPlan {
  const manifest = obj(unit.manifest);
  const issuer = issuerOf(manifest);
  if (!issuer) {
    return {
      docs: [],
      missing: [
        text(
          'qms.yaml: type không hợp lệ; không xuất văn bản hành chính (quyết định, báo cáo, biên bản)',
          'qms.yaml: type is not valid; no administrative documents (decisions, reports, minutes) built',
        ),
      ],
    };
  }
  const forms = formCodes(unit);
  const formOf = (kind: string) => forms.get(frameData().forms[kind] ?? '') ?? '';
  const results: Issued[] = [];
  results.push(
    steeringDecision(manifest, issuer),
    representativeDecision(manifest, issuer),
    buildPlan(manifest, issuer),
    issuingDecision(manifest, issuer, controlled),
    ...announcementDecisions(manifest, issuer, controlled),
  );
  const audits = filesOf(unit, 'audit') as AuditFile[];
  for (const audit of audits) {
    results.push(auditReport(audit, issuer, procedureTitles, formOf('audit-report')));
    results.push(...correctiveActions(audit, issuer, formOf('corrective-action')));
  }
  const log = correctiveLog(audits, issuer, formOf('corrective-log'));
  if (log) results.push(log);
  const reviews = (filesOf(unit, 'review') as ReviewFile[]).sort((a, b) =>
    str(a.data.date) < str(b.data.date) ? -1 : str(a.data.date) > str(b.data.date) ? 1 : 0,
  );
  reviews.forEach((review, i) => {
    results.push(
      reviewNotice(review, issuer, formOf('review-notice')),
      reviewReport(review, reviews[i - 1], audits, issuer, formOf('review-report')),
      reviewMinutes(review, issuer, formOf('review-minutes')),
    );
  });
  // Yearly: the plan and results of each year's objectives, then the reports to the Sở KH&CN.
  const objectives = filesOf(unit, 'objectives');
  for (const file of objectives) results.push(objectivesPlan(file, issuer), objectivesReport(file, issuer));
  results.push(...systemReports({ manifest, documents: controlled, audits, reviews, objectives }, issuer));
  // The one-stop forms of each TTHC procedure, by the regime in force on its effective date.
  // A withdrawn procedure's TTHC is no longer handled here: no forms for it.
  const inForce = filesOf(unit, 'procedure').filter((p) => !withdrawnOn(p.data, asOf));
  results.push(...oneStopForms(inForce, issuer, wholeOf(whole)));
  return collect(results);
}

/** A procedure's whole data for its forms; made apart from planIssued, whose scope the forms need not keep. */
function wholeOf(whole: WholeData): (p: { file: UnitFile }) => Data {
  return (p) => obj(whole(p.file));
}

function collect(results: Issued[]): IssuedPlan {
  const docs: PlannedDoc[] = [];
  const missing: Text[] = [];
  for (const r of results) {
    if ('doc' in r) docs.push(plannedDoc(r.doc));
    else if ('planned' in r) docs.push(r.planned);
    else missing.push(r.missing);
  }
  return { docs, missing };
}
