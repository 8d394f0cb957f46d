import { text, type Text } from '../text.js';
import type { Unit, UnitFile } from '../unit/types.js';
import { controlledTitle, unitContext, type UnitContext } from './view/common.js';
import { manualView, objectivesView, policyView } from './view/controlled.js';
import { procedureView } from './view/procedure.js';
import { contextView, processMapView, risksView } from './view/iso2015.js';
import { obj, str, type Data } from '../unit/read-data.js';
import {
  documentRegisterView,
  legalRegisterView,
  registerCode,
  type KnownInstrument,
  type RegisterEntry,
} from './view/registers.js';
import type { DocView } from './view/types.js';
import { planIssued } from './issued/plan-issued.js';
import { formatDate } from './format.js';
import { LazyDoc, loadedData, plannedDoc, type DocMaker, type PlannedDoc, type WholeData } from './planned-doc.js';
import { withdrawalOf, withdrawnOn } from '../unit/withdrawal.js';

export interface DocumentPlan {
  /** In register order; each one's view is made when it is rendered (see planned-doc.ts). */
  docs: PlannedDoc[];
  /** Files left out, and why (unreadable, unsafe or duplicate code). */
  warnings: Text[];
  /** Issued documents the unit's data does not support yet: the file and fields to fill. */
  missing: Text[];
  /** Procedures the unit withdrew (bãi bỏ): not built, listed as obsolete in the document register. */
  withdrawn: Array<{ code: string; note: Text }>;
}

const SAFE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DEVICE_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** A document code can name an output file: no separators, no dots at the end, no device names. */
export function isSafeCode(code: string): boolean {
  return SAFE_CODE.test(code) && !code.endsWith('.') && !DEVICE_NAMES.test(code);
}

/**
 * Every document of a unit, in register order: manual, policy, objectives by year, the 2015 context,
 * process map and risk register, system procedures, operational procedures, then the two registers compiled from them. Pure: reads only the
 * loaded unit; a procedure's views (its own and its one-stop forms) get its whole data from `whole` when made.
 */
export function planDocuments(unit: Unit, known: KnownInstrument[] = [], whole: WholeData = loadedData): DocumentPlan {
  const ctx = unitContext(unit.manifest);
  const warnings: Text[] = [];
  const usable = (kind: UnitFile['kind']) =>
    unit.files
      .filter((f) => f.kind === kind)
      .filter((f) => {
        if (f.data !== undefined && typeof f.data === 'object' && f.data !== null && !Array.isArray(f.data))
          return true;
        warnings.push(
          text(`${f.relPath}: không đọc được nội dung; bỏ qua`, `${f.relPath}: content cannot be read; skipped`),
        );
        return false;
      });
  const seen = new Set<string>();
  const accept = (code: string, file: UnitFile): boolean => {
    if (!isSafeCode(code)) {
      warnings.push(
        text(
          `${file.relPath}: mã hiệu "${code}" không dùng được làm tên tệp; bỏ qua`,
          `${file.relPath}: code "${code}" cannot name a file; skipped`,
        ),
      );
      return false;
    }
    if (seen.has(code.toUpperCase())) {
      warnings.push(
        text(
          `${file.relPath}: mã hiệu ${code} trùng với tài liệu khác; bỏ qua`,
          `${file.relPath}: code ${code} is used by another document; skipped`,
        ),
      );
      return false;
    }
    seen.add(code.toUpperCase());
    return true;
  };
  const docs: PlannedDoc[] = [];
  const entries: RegisterEntry[] = [];
  const add = (view: DocView | PlannedDoc, data: Data) => {
    const doc = 'view' in view ? view : plannedDoc(view);
    docs.push(doc);
    entries.push({ code: doc.code, title: doc.title, data });
  };

  for (const file of usable('manual')) {
    const data = obj(file.data);
    const code = str(data.code) || 'STCL';
    if (accept(code, file)) add(manualView(data, code, file.relPath, ctx), data);
  }
  for (const file of usable('policy')) {
    const data = obj(file.data);
    const code = str(data.code) || 'CSCL';
    if (accept(code, file)) add(policyView(data, code, file.relPath, ctx), data);
  }
  const objectives = usable('objectives')
    .map((f) => ({ file: f, data: obj(f.data) }))
    .map((o) => ({
      ...o,
      code: str(o.data.code) || `MTCL-${str(o.data.year) || o.file.relPath.replace(/^.*\/|\.ya?ml$/g, '')}`,
    }))
    .sort((a, b) => compare(a.code, b.code));
  for (const o of objectives)
    if (accept(o.code, o.file)) add(objectivesView(o.data, o.code, o.file.relPath, ctx), o.data);

  // TCVN ISO 9001:2015: context and scope, process map, risks and opportunities (absent on 2008 units).
  const iso2015: Array<[UnitFile['kind'], string, typeof contextView]> = [
    ['context', 'BCTC', contextView],
    ['process-map', 'SDQT', processMapView],
    ['risks', 'RRCH', risksView],
  ];
  for (const [kind, fallback, view] of iso2015) {
    for (const file of usable(kind)) {
      const data = obj(file.data);
      const code = str(data.code) || fallback;
      if (accept(code, file)) add(view(data, code, file.relPath, ctx), data);
    }
  }

  const accepted = usable('procedure')
    .map((f) => ({ file: f, data: obj(f.data), code: str(obj(f.data).code) }))
    .map((p) => ({ ...p, code: p.code || p.file.relPath.replace(/^.*\/|\.ya?ml$/g, '') }))
    .sort((a, b) => rank(a.data) - rank(b.data) || compare(a.code, b.code))
    .filter((p) => accept(p.code, p.file));
  const procedureDocs = procedureMaker(ctx, whole);
  // The registers are issued on the latest date a document took effect or was withdrawn: what is withdrawn is
  // decided on that date, like every other command decides it on its own.
  const asOf =
    [...entries.map((e) => e.data), ...accepted.map((p) => p.data)]
      .flatMap((d) => [str(d.effectiveDate), withdrawalOf(d)?.date ?? ''])
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .pop() ?? '';
  const built: Array<{ code: string; data: Data }> = [];
  const withdrawn: DocumentPlan['withdrawn'] = [];
  for (const p of accepted) {
    // Withdrawn (bãi bỏ): no longer a document in force, so not issued again; the register lists it as obsolete
    // (ISO 9001 4.2.3 g) and the decisions and reports of the years it applied still count it (issueOn).
    const withdrawal = withdrawnOn(p.data, asOf);
    if (withdrawal) {
      entries.push({ code: p.code, title: str(p.data.title), data: p.data });
      withdrawn.push({ code: p.code, note: withdrawnNote(p.code, p.file.relPath, withdrawal.date) });
      continue;
    }
    // The bulk of a large unit: each procedure's view is made again when it is rendered, not held, from its
    // whole data (what the plan holds may be a summary: outline-unit.ts).
    add(new LazyDoc(p.code, p.file, procedureDocs), p.data);
    built.push({ code: p.code, data: p.data });
  }

  const datas = built.map((p) => p.data);
  const registerCodes = [registerCode(datas, 'documents'), registerCode(datas, 'legal')];
  const registers = [
    documentRegisterView(entries, registerCodes[0], asOf, ctx),
    legalRegisterView(built, known, registerCodes[1], asOf, ctx),
  ];
  for (const register of registers) {
    if (seen.has(register.code.toUpperCase())) {
      warnings.push(
        text(
          `mã hiệu ${register.code} của danh mục trùng với một tài liệu; bỏ qua danh mục`,
          `register code ${register.code} is used by a document; register skipped`,
        ),
      );
      continue;
    }
    seen.add(register.code.toUpperCase());
    docs.push(plannedDoc(register));
  }
  // Then what the unit issued along the way: decisions, plan, audit and review records.
  const titles = new Map(entries.map((e) => [e.code, e.title]));
  const issued = planIssued(unit, entries, titles, asOf, whole);
  for (const doc of issued.docs) {
    if (!isSafeCode(doc.code) || seen.has(doc.code.toUpperCase())) {
      warnings.push(
        text(
          `${doc.source}: mã ${doc.code} không dùng được làm tên tệp hoặc trùng; bỏ qua`,
          `${doc.source}: code ${doc.code} cannot name a file or is used twice; skipped`,
        ),
      );
      continue;
    }
    seen.add(doc.code.toUpperCase());
    docs.push(doc);
  }
  return { docs, warnings, missing: issued.missing, withdrawn };
}

/**
 * How every procedure's own document is named and made: its view made from its whole data when it is
 * rendered. Made apart from planDocuments, so that the plan's documents hold only what this needs, not
 * the planning's scope (every code seen, every register entry).
 */
function procedureMaker(ctx: UnitContext, whole: WholeData): DocMaker<UnitFile> {
  return {
    kind: 'procedure',
    source: (file) => file.relPath,
    title: (file, code) => controlledTitle(obj(file.data), code),
    make: (file, code) => procedureView(obj(whole(file)), code, file.relPath, ctx),
  };
}

function withdrawnNote(code: string, relPath: string, date: string): Text {
  const on = date ? ` từ ngày ${formatDate(date)}` : '';
  const since = date ? ` on ${date}` : '';
  return text(
    `${code} (${relPath}) đã bãi bỏ${on}: không xuất như tài liệu đang áp dụng; ghi trong danh mục tài liệu nội bộ, mục tài liệu đã bãi bỏ`,
    `${code} (${relPath}) was withdrawn${since}: not built as a document in force; listed in the internal document register as withdrawn`,
  );
}

/** System procedures (QT-01…) before operational ones. */
function rank(data: Data): number {
  return data.kind === 'system' ? 0 : 1;
}

/** Code order that does not depend on the locale: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
