import { lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QmsError } from '../errors.js';
import { list, num, obj, str, strings, type Data } from '../unit/read-data.js';
import { escapeForDisplay, text, type Text } from '../text.js';
import { kindOf, MANIFEST } from '../unit/file-kinds.js';
import { listUnitFiles } from '../unit/load-unit.js';
import { loadSource } from '../unit/read-file.js';
import type { Duration, Procedure, UnitType } from '../unit/types.js';
import { compareClauses, isWithin } from '../standard/catalogue.js';
import { today, vnDate } from '../dates/dates.js';
import { inEffectOn, withdrawalOf, type WithdrawalRead } from '../unit/withdrawal.js';

/**
 * What the audit commands read of a unit folder. Read defensively (like `qms build --force`): a field
 * of the wrong type is treated as missing, so a checklist can be printed for a unit still being fixed;
 * `qms validate` is where the unit's files are judged.
 */

export interface AuditRole {
  id: string;
  title: string;
  people: string[];
}

export interface AuditProcedure {
  relPath: string;
  code: string;
  title: string;
  kind: 'system' | 'operational';
  clause: string;
  field: string;
  /** tthc.authority: who decides (a higher level than the unit for a linked procedure). */
  authority: string;
  issue?: number;
  effectiveDate: string;
  dossier: Array<{ name: string; originals?: number; copies?: number; presentOnly: boolean; form: string }>;
  processingTime?: NonNullable<Procedure['processingTime']>;
  /** `role` for the unit's own people; `agency` (the agency's name) for a step a coordinating agency does. */
  steps: Array<{ action: string; role: string; agency: string; time?: Duration; forms: string[]; output: string }>;
  forms: Array<{ code: string; title: string; source: string }>;
  records: Array<{ name: string; keeper: string; retention?: number | 'permanent'; medium: string }>;
  legalBasis: Array<{ type: string; number: string; title: string; part?: string }>;
  /** `note` says who sets an amount the model leaves out (printed in its place, without the authors' ⚠ caveats). */
  fees: Array<{ name: string; amount?: number; per: string; basis: string; note: string }>;
  /** Sections the model could not check against the law (`unchecked`): the auditor asks whether the unit has. */
  unchecked: string[];
  /** A withdrawal (bãi bỏ) recorded for a later day than the unit was read for: still in force then. */
  withdrawal?: WithdrawalRead;
}

export interface AuditUnit {
  dir: string;
  id: string;
  name: string;
  superior: string;
  type?: UnitType;
  model?: { id: string; version: string };
  /** The standard the unit applies, as qms.yaml names it (TCVN ISO 9001:2008 when it names none). */
  standard?: string;
  /** When the unit moved to TCVN ISO 9001:2015 (qms.yaml transition.date): procedures issued before it name 2008 clauses. */
  transitionDate?: string;
  roles: AuditRole[];
  exclusions: Array<{ clause: string; reason: string }>;
  /** When the unit is read for (the audit's or programme's date): what is in force and withdrawn is as of then. */
  on: string;
  /** System procedures first, then operational, each by code: those in force on `on` (a withdrawn one is not audited). */
  procedures: AuditProcedure[];
  /** Procedures the unit had withdrawn by `on` (bãi bỏ: `withdrawn` in the file): kept as records, not audited. */
  withdrawn: Array<{ code: string; title: string; date: string; reason: string }>;
  /** Procedure files that cannot be read or parsed: left out above, so commands must say so. */
  broken: BrokenFile[];
  /**
   * People trained as internal auditors (milestones.training[].auditors), each with the date of their
   * first such course; undefined when no training entry lists them (an older manifest).
   */
  trainedAuditors?: Array<{ name: string; date: string }>;
  /** The unit's own days off (daysOff[].date), YYYY-MM-DD. */
  daysOff: string[];
}

export interface BrokenFile {
  relPath: string;
  /** The first reason (read problem or YAML error), with its line. */
  reason: Text;
  line: number;
}

/**
 * Load the unit folder at `path`, relative to `cwd` (it must hold qms.yaml), as it stands on `on` (YYYY-MM-DD):
 * a procedure withdrawn after that day is still one the unit applied then.
 */
export function loadAuditUnit(path: string, cwd = '.', on = today()): AuditUnit {
  const dir = resolve(cwd, path);
  let isUnit: boolean;
  try {
    isUnit = lstatSync(dir).isDirectory() && lstatSync(join(dir, MANIFEST)).isFile();
  } catch {
    isUnit = false;
  }
  if (!isUnit) {
    throw new QmsError(
      'E_NO_UNIT',
      text(
        `"${escapeForDisplay(path)}" không phải thư mục đơn vị (không có qms.yaml)`,
        `"${escapeForDisplay(path)}" is not a unit folder (no qms.yaml)`,
      ),
      text(
        'Chỉ tới thư mục của một đơn vị, ví dụ examples/city/xa-tam-hiep.',
        'Point at one unit folder, e.g. examples/city/xa-tam-hiep.',
      ),
    );
  }
  const { manifest, parsed, broken } = readAuditFiles(dir);
  if (manifest === undefined) {
    throw new QmsError(
      'E_UNIT',
      text(
        `không đọc được ${MANIFEST} của đơn vị "${escapeForDisplay(path)}"`,
        `cannot read ${MANIFEST} of unit "${escapeForDisplay(path)}"`,
      ),
      text(`Sửa lỗi theo: qms validate ${path}`, `Fix it first: qms validate ${path}`),
    );
  }
  const m = obj(manifest);
  const type = m.type === 'xa' || m.type === 'huyen' || m.type === 'so' ? m.type : undefined;
  const model = obj(m.model);
  const procedures = parsed
    .filter((p) => !(p.withdrawn && inEffectOn(p.withdrawn, on)))
    .map((p) => (p.withdrawn ? { ...p.procedure, withdrawal: p.withdrawn } : p.procedure))
    .sort((a, b) =>
      a.kind === b.kind ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.kind === 'system' ? -1 : 1,
    );
  return {
    dir,
    id: str(m.id),
    name: str(m.name) || str(m.id),
    superior: str(m.superior) || str(obj(m.parent).name),
    type,
    model: str(model.id) ? { id: str(model.id), version: str(model.version) } : undefined,
    standard: str(m.standard) || undefined,
    transitionDate: str(obj(m.transition).date) || undefined,
    roles: list(m.roles)
      .map(obj)
      .map((r) => ({ id: str(r.id), title: str(r.title) || str(r.id), people: strings(r.people) }))
      .filter((r) => r.id !== ''),
    exclusions: list(m.exclusions)
      .map(obj)
      .map((e) => ({ clause: str(e.clause), reason: str(e.reason) }))
      .filter((e) => e.clause !== '')
      .sort((a, b) => compareClauses(a.clause, b.clause)),
    on,
    procedures,
    withdrawn: parsed
      .flatMap(({ procedure: p, withdrawn: w }) =>
        w && inEffectOn(w, on) ? [{ code: p.code, title: p.title, ...w }] : [],
      )
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    trainedAuditors: trainedAuditors(obj(m.milestones)),
    daysOff: list(m.daysOff)
      .map(obj)
      .map((d) => str(d.date))
      .filter((d) => d !== ''),
    broken,
  };
}

/**
 * The manifest and the procedures, read one file at a time (other files are not read): of each
 * procedure only what the audit commands use is kept (`readProcedure`), in strings of its own, so a
 * unit of 10,000 procedures never holds its files' texts.
 */
function readAuditFiles(dir: string): {
  manifest: unknown;
  parsed: Array<{ procedure: AuditProcedure; withdrawn?: ReturnType<typeof withdrawalOf> }>;
  broken: BrokenFile[];
} {
  let manifest: unknown;
  const parsed: Array<{ procedure: AuditProcedure; withdrawn?: ReturnType<typeof withdrawalOf> }> = [];
  const broken: BrokenFile[] = [];
  for (const relPath of listUnitFiles(dir).files) {
    const kind = kindOf(relPath);
    if (kind !== 'unit' && kind !== 'procedure') continue;
    const f = loadSource(dir, relPath);
    if (kind === 'unit') manifest = f.data;
    else if (f.data === undefined) {
      const p = f.readProblem ?? f.yamlProblems[0];
      broken.push({ relPath, reason: p?.message ?? text('tệp rỗng', 'empty file'), line: p?.line ?? 1 });
    } else {
      // A copy: the values read from the YAML are views into the file's whole text.
      const procedure = structuredClone(readProcedure(obj(f.data), relPath));
      const withdrawn = withdrawalOf(f.data);
      parsed.push(withdrawn ? { procedure, withdrawn: structuredClone(withdrawn) } : { procedure });
    }
  }
  return { manifest, parsed, broken };
}

/**
 * The error for commands that would silently leave out broken procedure files (an audit programme,
 * a checklist of a process): each file with its reason, and the command that shows every problem.
 */
export function brokenFilesError(unit: AuditUnit, unitArg: string, exitCode: number): QmsError {
  const list = unit.broken.map((b) => `${b.relPath}:${b.line}`).join(', ');
  const first = unit.broken[0];
  return new QmsError(
    'E_BROKEN_FILES',
    text(
      `không đọc được ${unit.broken.length} tệp quy trình của ${escapeForDisplay(unit.name, 200)}: ${list} (${first.reason.vi})`,
      `${unit.broken.length} procedure file(s) of ${escapeForDisplay(unit.name, 200)} cannot be read: ${list} (${first.reason.en})`,
    ),
    text(`Sửa lỗi theo: qms validate ${unitArg}`, `Fix them first: qms validate ${unitArg}`),
    exitCode,
  );
}

function trainedAuditors(milestones: Data): AuditUnit['trainedAuditors'] {
  const courses = list(milestones.training)
    .map(obj)
    .filter((t) => Array.isArray(t.auditors))
    .sort((a, b) => (str(a.date) < str(b.date) ? -1 : 1));
  if (courses.length === 0) return undefined;
  const first = new Map<string, string>();
  for (const c of courses) {
    for (const name of strings(c.auditors)) {
      const key = name.normalize('NFC').trim();
      if (key && !first.has(key)) first.set(key, str(c.date));
    }
  }
  return [...first].map(([name, date]) => ({ name, date }));
}

function readProcedure(d: Data, relPath: string): AuditProcedure {
  const time = obj(d.processingTime);
  const ext = obj(time.extension);
  const extUnit = oneOf(ext.unit, ['working_day', 'day'] as const);
  const extension =
    num(ext.value) !== undefined && extUnit
      ? { value: num(ext.value)!, unit: extUnit, reason: str(ext.reason) }
      : undefined;
  const unit = oneOf(time.unit, ['working_day', 'day', 'same_day', 'same_session'] as const);
  const processingTime =
    num(time.value) !== undefined && unit
      ? {
          value: num(time.value)!,
          unit,
          cutoffHour: num(time.cutoffHour),
          extension,
          ...(time.verified === false ? { verified: false } : {}),
        }
      : undefined;
  const agencies = new Map(
    list(obj(d.tthc).coordinatingAgencies)
      .map(obj)
      .map((a) => [str(a.id), str(a.name)] as const),
  );
  return {
    relPath,
    code: str(d.code) || relPath.replace(/^.*\/|\.ya?ml$/g, ''),
    title: str(d.title),
    kind: d.kind === 'system' ? 'system' : 'operational',
    clause: str(d.clause),
    field: str(obj(d.tthc).field),
    authority: str(obj(d.tthc).authority),
    issue: num(d.issue),
    effectiveDate: str(d.effectiveDate),
    dossier: list(d.dossier)
      .map(obj)
      .map((x) => ({
        name: str(x.name),
        originals: num(x.originals),
        copies: num(x.copies),
        presentOnly: x.presentOnly === true,
        form: str(x.form),
      }))
      .filter((x) => x.name !== ''),
    processingTime,
    unchecked: strings(d.unchecked),
    steps: list(d.steps)
      .map(obj)
      .map((s) => {
        const t = obj(s.time);
        const tUnit = oneOf(t.unit, ['hour', 'working_day', 'day'] as const);
        const duration = num(t.value) !== undefined && tUnit ? { value: num(t.value)!, unit: tUnit } : undefined;
        return {
          action: str(s.action),
          role: str(s.role),
          agency: agencies.get(str(s.agency)) ?? str(s.agency),
          time: duration,
          forms: strings(s.forms),
          output: str(s.output),
        };
      })
      .filter((s) => s.action !== '' || s.role !== '' || s.agency !== ''),
    forms: list(d.forms)
      .map(obj)
      .map((f) => ({ code: str(f.code), title: str(f.title), source: str(f.source) }))
      .filter((f) => f.code !== ''),
    records: list(d.records)
      .map(obj)
      .map((r) => ({
        name: str(r.name),
        keeper: str(r.keeper),
        medium: str(r.medium),
        retention: r.retention === 'permanent' ? ('permanent' as const) : num(r.retention),
      }))
      .filter((r) => r.name !== ''),
    legalBasis: list(d.legalBasis)
      .map(obj)
      .map((l) => ({ type: str(l.type), number: str(l.number), title: str(l.title), part: str(l.part) || undefined }))
      .filter((l) => l.number !== ''),
    fees: list(d.fees)
      .map(obj)
      .map((f) => ({
        name: str(f.name),
        amount: num(f.amount),
        per: str(f.per),
        basis: str(f.basis),
        note: str(f.note),
      }))
      .filter((f) => f.name !== ''),
  };
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return options.find((o) => o === value);
}

/** The unit's exclusion covering a clause (its own, or one of an ancestor: excluding 7.3 excludes 7.3.2). */
export function exclusionOf(
  unit: Pick<AuditUnit, 'exclusions'>,
  clause: string,
): { clause: string; reason: string } | undefined {
  return unit.exclusions.find((e) => isWithin(clause, e.clause));
}

/** People in a role ('' when the role is unknown or empty). */
export function peopleOf(unit: AuditUnit, roleId: string): string[] {
  return unit.roles.find((r) => r.id === roleId)?.people ?? [];
}

export function roleTitleOf(unit: AuditUnit, roleId: string): string {
  return unit.roles.find((r) => r.id === roleId)?.title ?? roleId;
}

/** Find procedures by code, case-insensitively; unknown codes make a usage error listing the known ones. */
export function pickProcedures(unit: AuditUnit, codes: string[]): AuditProcedure[] {
  const byCode = new Map(unit.procedures.map((p) => [p.code.toUpperCase(), p]));
  const unknown = codes.filter((c) => !byCode.has(c.normalize('NFC').toUpperCase()));
  // A code not found may be the code of a file that does not parse: say that, not "no such procedure".
  const broken = unit.broken.filter((b) =>
    unknown.some(
      (c) =>
        b.relPath
          .replace(/^.*\//, '')
          .replace(/\.ya?ml$/i, '')
          .toUpperCase() === c.toUpperCase(),
    ),
  );
  if (broken.length > 0) {
    throw new QmsError(
      'E_BROKEN_FILES',
      text(
        `tệp ${broken.map((b) => `${b.relPath}:${b.line}`).join(', ')} không đọc được: ${broken[0].reason.vi}`,
        `${broken.map((b) => `${b.relPath}:${b.line}`).join(', ')} cannot be read: ${broken[0].reason.en}`,
      ),
      text(`Sửa lỗi theo: qms validate ${unit.dir}`, `Fix it first: qms validate ${unit.dir}`),
    );
  }
  // A withdrawn procedure is not a process the unit runs any more: nothing to audit, and the message says why.
  const withdrawn = unit.withdrawn.filter((w) =>
    unknown.some((c) => c.normalize('NFC').toUpperCase() === w.code.toUpperCase()),
  );
  if (withdrawn.length > 0) {
    const names = withdrawn.map((w) => `${escapeForDisplay(w.code)} (từ ngày ${vnDate(w.date)})`).join(', ');
    const namesEn = withdrawn.map((w) => `${escapeForDisplay(w.code)} (on ${w.date})`).join(', ');
    const inForce = unit.procedures.map((p) => p.code).join(', ') || '—';
    throw new QmsError(
      'E_USAGE',
      text(
        `quy trình đã bãi bỏ của ${escapeForDisplay(unit.name, 200)}: ${names}; không còn áp dụng nên không đánh giá`,
        `withdrawn procedure(s) of ${escapeForDisplay(unit.name, 200)}: ${namesEn}; no longer applied, so not audited`,
      ),
      text(
        `Lý do ghi trong tệp quy trình (withdrawn.reason). Các quy trình đang áp dụng: ${inForce}`,
        `The reason is in the procedure file (withdrawn.reason). Procedures in force: ${inForce}`,
      ),
    );
  }
  if (unknown.length > 0) {
    const known = unit.procedures.map((p) => p.code).join(', ') || '—';
    throw new QmsError(
      'E_USAGE',
      text(
        `đơn vị ${escapeForDisplay(unit.name, 200)} không có quy trình ${unknown.map((c) => escapeForDisplay(c)).join(', ')}`,
        `unit ${escapeForDisplay(unit.name, 200)} has no procedure ${unknown.map((c) => escapeForDisplay(c)).join(', ')}`,
      ),
      text(`Các quy trình có: ${known}`, `Known procedures: ${known}`),
    );
  }
  const picked = codes.map((c) => byCode.get(c.normalize('NFC').toUpperCase())!);
  return picked.filter((p, i) => picked.indexOf(p) === i);
}
