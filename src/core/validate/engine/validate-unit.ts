import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../../diagnostics/sort.js';
import { today } from '../../dates/dates.js';
import { QmsError } from '../../errors.js';
import { loadModel } from '../../model/load-model.js';
import type { Model } from '../../model/types.js';
import { text, type Text } from '../../text.js';
import { MANIFEST, misplacedReason, SCHEMA_OF } from '../../unit/file-kinds.js';
import { loadUnit } from '../../unit/load-unit.js';
import type { Manifest, UnitType } from '../../unit/types.js';
import type { SourceFile } from '../../unit/read-file.js';
import type { Finding, Rule } from '../rule.js';
import { ruleById, RULES } from '../rules/index.js';
import { describeSchemaErrors } from '../schema/messages.js';
import { validatorFor } from '../schema/validators.js';
import { positionOf } from './positions.js';
import { buildUnitView, isRecord, type UnitView } from '../../unit/unit-view.js';
import { applyWaivers } from './waivers.js';

export interface ValidateOptions {
  /** YYYY-MM-DD, default today; date-based rules use it. */
  asOf?: string;
  /** Model id or path used instead of the one the unit names. */
  modelOverride?: string;
}

export interface UnitResult {
  dir: string;
  id?: string;
  name?: string;
  type?: UnitType;
  files: number;
  diagnostics: Diagnostic[];
}

/** Why the unit's model could not be loaded (QMS010 reports it). */
export interface ModelProblem {
  path: string;
  message: Text;
  hint?: Text;
}

type Pending = [rule: Rule, finding: Finding];

/**
 * Validate one unit folder, in-process and synchronously: read and parse every YAML file, check it
 * against its JSON Schema, run every rule of the registry, apply the unit's waivers, and return the
 * diagnostics sorted, each with a 1-based line and column. Nothing is written anywhere.
 */
export function validateUnit(dir: string, options: ValidateOptions = {}): UnitResult {
  const asOf = options.asOf ?? today();
  return validateLoaded(dir, loadUnit(dir).files, asOf, options);
}

export function validateLoaded(
  dir: string,
  files: SourceFile[],
  asOf: string,
  options: ValidateOptions = {},
): UnitResult {
  const pending: Pending[] = [];
  const add = (id: string, finding: Finding) => pending.push([ruleById(id), finding]);
  for (const file of files) checkFile(file, add);

  const manifestData = files.find((f) => f.kind === 'unit')?.data;
  const manifestFile = files.find((f) => f.kind === 'unit');
  const { model, problem } = modelFor(manifestFile?.schemaValid ? (manifestData as Manifest) : undefined, options);
  const view = buildUnitView(dir, asOf, files, model);
  if (problem) view.modelProblem = problem;

  for (const rule of RULES) {
    if (!rule.check) continue;
    try {
      rule.check({ unit: view, report: (finding) => pending.push([rule, finding]) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const wrapped = new Error(`rule ${rule.id}/${rule.alias} failed on ${dir}: ${reason}`);
      if (error instanceof Error) wrapped.stack = `${wrapped.message}\n${error.stack ?? ''}`;
      throw wrapped;
    }
  }

  const byPath = new Map(files.map((f) => [f.relPath, f]));
  // Positioned file by file (positions.ts keeps the line index of one file at a time), kept in report order.
  const diagnostics = new Array<Diagnostic>(pending.length);
  const byFile = pending.map((_, i) => i).sort((a, b) => compareText(pending[a][1].file, pending[b][1].file));
  for (const i of byFile) {
    const [rule, f] = pending[i];
    diagnostics[i] = toDiagnostic(dir, rule, f, byPath.get(f.file));
  }
  if (view.manifest) {
    const { findings } = applyWaivers(diagnostics, view.manifest.waivers, MANIFEST, asOf);
    for (const [id, f] of findings) diagnostics.push(toDiagnostic(dir, ruleById(id), f, byPath.get(f.file)));
  }
  const m = isRecord(manifestData) ? manifestData : {};
  return {
    dir,
    id: typeof m.id === 'string' ? m.id : undefined,
    name: typeof m.name === 'string' ? m.name : undefined,
    type: m.type === 'so' || m.type === 'huyen' || m.type === 'xa' ? m.type : undefined,
    files: files.length,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/** The file-level layers: readable (QMS001), YAML (QMS002), a known kind (QMS004), schema (QMS003). */
function checkFile(file: SourceFile, add: (id: string, finding: Finding) => void): void {
  if (file.readProblem) {
    const p = file.readProblem;
    add('QMS001', {
      file: file.relPath,
      path: '',
      line: p.line ?? 1,
      col: p.col ?? 1,
      message: p.message,
      hint: p.hint,
      code: p.code,
    });
    return;
  }
  // After the first syntax error the parser's later complaints are mostly echoes of it: keep the
  // first one, and every problem of another kind (duplicate keys, aliases, control characters…).
  const firstSyntax = file.yamlProblems.find((p) => p.code.startsWith('E_YAML_') || p.code === 'E_TAB');
  for (const p of file.yamlProblems) {
    if (p !== firstSyntax && (p.code.startsWith('E_YAML_') || p.code === 'E_TAB')) continue;
    add('QMS002', {
      file: file.relPath,
      path: '',
      line: p.line,
      col: p.col,
      message: p.message,
      hint: p.hint,
      code: p.code,
    });
  }
  // A misplaced file (sub-folder, upper-case extension) is reported even when it does not parse.
  const misplaced = file.kind === 'unknown' ? misplacedReason(file.relPath) : undefined;
  if (misplaced) {
    add('QMS004', { file: file.relPath, path: '', line: 1, col: 1, ...misplaced });
    return;
  }
  if (file.data === undefined) return;
  if (file.kind === 'unknown') {
    add('QMS004', {
      file: file.relPath,
      path: '',
      line: 1,
      col: 1,
      message: text(
        'tệp YAML này không thuộc loại tài liệu nào của đơn vị nên không được kiểm tra',
        "this YAML file is not one of the unit's file kinds, so it is not checked",
      ),
    });
    return;
  }
  const validate = validatorFor(file.kind);
  if (validate(file.data)) {
    file.schemaValid = true;
    return;
  }
  for (const finding of describeSchemaErrors(validate.errors ?? [], file.data, SCHEMA_OF[file.kind])) {
    add('QMS003', {
      file: file.relPath,
      path: finding.path,
      atKey: finding.atKey,
      message: finding.message,
      hint: finding.hint,
      code: finding.keyword,
    });
  }
}

function modelFor(manifest: Manifest | undefined, options: ValidateOptions): { model?: Model; problem?: ModelProblem } {
  if (options.modelOverride) {
    try {
      return { model: loadModel(options.modelOverride, manifest?.model.version) };
    } catch (error) {
      if (error instanceof QmsError && error.code === 'E_MODEL_VERSION')
        return { model: loadModel(options.modelOverride) };
      throw error;
    }
  }
  if (!manifest) return {};
  try {
    return { model: loadModel(manifest.model.id, manifest.model.version) };
  } catch (error) {
    if (!(error instanceof QmsError)) throw error;
    const path = error.code === 'E_MODEL_VERSION' ? '/model/version' : '/model/id';
    return { problem: { path, message: error.text, hint: error.hint } };
  }
}

/**
 * A copy of a finding's text that shares no memory with the file it quotes. A message built from a
 * file's values (a form's title) is otherwise a view into that file's whole text, and the findings of
 * a 10,000-procedure unit would keep every file's text alive until the report is printed.
 */
function detached(t: Text): Text {
  return { vi: Buffer.from(t.vi, 'utf8').toString('utf8'), en: Buffer.from(t.en, 'utf8').toString('utf8') };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toDiagnostic(unit: string, rule: Rule, f: Finding, file: SourceFile | undefined): Diagnostic {
  const path = f.path ?? '';
  const pos = f.line !== undefined ? { line: f.line, col: f.col ?? 1 } : positionOf(file, path, f.atKey);
  const d: Diagnostic = {
    rule: rule.id,
    alias: rule.alias,
    severity: f.severity ?? rule.severity,
    message: detached(f.message),
    hint: f.hint ? detached(f.hint) : rule.hint,
    clause: rule.clause,
    unit,
    file: f.file,
    path,
    line: pos.line,
    col: pos.col,
  };
  if (f.code) d.code = f.code;
  return d;
}

export type { UnitView };
/** Kept for callers of the old place; the date module owns it. */
export { today };
