import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../../diagnostics/sort.js';
import { today } from '../../dates/dates.js';
import { QmsError } from '../../errors.js';
import { loadModel } from '../../model/load-model.js';
import type { Model } from '../../model/types.js';
import { text, type Text } from '../../text.js';
import { kindOf, MANIFEST, misplacedReason, SCHEMA_OF } from '../../unit/file-kinds.js';
import type { Manifest, UnitType } from '../../unit/types.js';
import type { SourceFile } from '../../unit/read-file.js';
import type { Collector, Finding, Rule, UnitContext } from '../rule.js';
import { ruleById, RULES } from '../rules/index.js';
import { describeSchemaErrors } from '../schema/messages.js';
import { validatorFor } from '../schema/validators.js';
import { positionOf } from './positions.js';
import { isRecord } from '../../unit/unit-view.js';
import { folderSource, loadedSource, type UnitSource } from './unit-source.js';
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
 * Files in memory at once: enough for each rule to run over a batch of files while its code is hot
 * (one file at a time cost ~30% more CPU on a 10,000-procedure unit than the old whole-unit pass;
 * 32 at a time costs no more, at ~120 MB peak; 512 at a time ~240 MB), few enough to stay flat.
 */
const CHUNK = 32;

/**
 * Validate one unit folder, in-process and synchronously: read, parse and check each YAML file in turn
 * against its JSON Schema and every rule of the registry, apply the unit's waivers, and return the
 * diagnostics sorted, each with a 1-based line and column. One file is in memory at a time (see
 * `validateSource`). Nothing is written anywhere.
 */
export function validateUnit(dir: string, options: ValidateOptions = {}): UnitResult {
  const asOf = options.asOf ?? today();
  return validateSource(dir, folderSource(dir), asOf, options);
}

/** The same over files already read and parsed (build and readiness keep them for what comes next). */
export function validateLoaded(
  dir: string,
  files: SourceFile[],
  asOf: string,
  options: ValidateOptions = {},
): UnitResult {
  return validateSource(dir, loadedSource(files), asOf, options);
}

/**
 * The engine. The manifest first (it is kept: every rule may read it, waivers live there), then the
 * files in path order, `CHUNK` at a time: the file layers (QMS001–QMS004), every rule's `checkFile`
 * and every cross-file collector's `file`; their findings are positioned while their text is at hand,
 * and the source may then let them go. Then the unit-level rules and the collectors' `end`. What is kept per unit: the manifest,
 * the collectors' summaries (codes, ids, kinds, roles used) and the diagnostics.
 */
export function validateSource(
  dir: string,
  source: UnitSource,
  asOf: string,
  options: ValidateOptions = {},
): UnitResult {
  const manifestPath = source.paths.find((p) => kindOf(p) === 'unit');
  const manifestFile = manifestPath === undefined ? undefined : source.load(manifestPath);
  const diagnostics: Diagnostic[] = [];
  let pending: Pending[] = [];
  const add = (id: string, finding: Finding) => pending.push([ruleById(id), finding]);
  // The manifest's own findings are positioned at the end, with those of the unit-level rules.
  if (manifestFile) checkFile(manifestFile, add);
  const manifestFindings = pending;
  pending = [];

  const manifest = manifestFile?.schemaValid ? (manifestFile.data as Manifest) : undefined;
  const { model, problem } = modelFor(manifest, options);
  const unit: UnitContext = {
    dir,
    asOf,
    manifestFile,
    manifest,
    model,
    roles: new Map((manifest?.roles ?? []).map((r) => [r.id, r])),
  };
  if (problem) unit.modelProblem = problem;

  const collectors: Array<[Rule, Collector]> = [];
  for (const rule of RULES) if (rule.collect) collectors.push([rule, rule.collect()]);
  const deferred: Pending[] = [...manifestFindings];
  for (let start = 0; start < source.paths.length; start += CHUNK) {
    const chunk = source.paths
      .slice(start, start + CHUNK)
      .map((path) => (path === manifestPath ? manifestFile! : source.load(path)));
    for (const file of chunk) if (file !== manifestFile) checkFile(file, add);
    // Rule by rule over the chunk (each rule's code stays hot), the files in path order.
    for (const rule of RULES) {
      if (!rule.checkFile) continue;
      const report = (f: Finding) => pending.push([rule, f]);
      guarded(rule, dir, () => chunk.forEach((file) => rule.checkFile!({ unit, file, report })));
    }
    for (const [rule, collector] of collectors) {
      if (!collector.file) continue;
      const report = (f: Finding) => pending.push([rule, f]);
      guarded(rule, dir, () => chunk.forEach((file) => collector.file!({ unit, file, report })));
    }
    // Positioned now, file by file, while the texts are at hand; a finding in the manifest or in
    // another file waits for the end.
    const here = new Map(chunk.filter((f) => f !== manifestFile).map((f) => [f.relPath, f]));
    const byFile = pending.map((_, k) => k).sort((a, b) => compareText(pending[a][1].file, pending[b][1].file));
    for (const k of byFile) {
      const [rule, f] = pending[k];
      const file = here.get(f.file);
      if (file) diagnostics.push(toDiagnostic(dir, rule, f, file));
      else deferred.push(pending[k]);
    }
    pending = [];
    for (const file of here.values()) source.release?.(file);
  }

  for (const rule of RULES) {
    if (rule.checkUnit) guarded(rule, dir, () => rule.checkUnit!({ unit, report: (f) => deferred.push([rule, f]) }));
  }
  for (const [rule, collector] of collectors) {
    if (collector.end) guarded(rule, dir, () => collector.end!({ unit, report: (f) => deferred.push([rule, f]) }));
  }
  diagnostics.push(...positionDeferred(dir, deferred, manifestFile, source));
  if (manifest) {
    const { findings } = applyWaivers(diagnostics, manifest.waivers, MANIFEST, asOf);
    for (const [id, f] of findings) diagnostics.push(toDiagnostic(dir, ruleById(id), f, manifestFile));
  }
  const m = manifestFile && isRecord(manifestFile.data) ? manifestFile.data : {};
  return {
    dir,
    id: typeof m.id === 'string' ? m.id : undefined,
    name: typeof m.name === 'string' ? m.name : undefined,
    type: m.type === 'so' || m.type === 'huyen' || m.type === 'xa' ? m.type : undefined,
    files: source.paths.length,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/** Findings in the manifest, or in a file already let go (read again, one file at a time). */
function positionDeferred(
  dir: string,
  deferred: Pending[],
  manifestFile: SourceFile | undefined,
  source: UnitSource,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const order = deferred.map((_, i) => i).sort((a, b) => compareText(deferred[a][1].file, deferred[b][1].file));
  // A set: a unit of 10,000 files with cross-file findings in many of them would scan the list for each.
  const known = new Set(source.paths);
  let current: { path: string; file: SourceFile | undefined } | undefined;
  for (const i of order) {
    const [rule, f] = deferred[i];
    if (current?.path !== f.file) {
      if (current?.file && current.file !== manifestFile) source.release?.(current.file);
      const file =
        manifestFile?.relPath === f.file ? manifestFile : known.has(f.file) ? source.reload(f.file) : undefined;
      current = { path: f.file, file };
    }
    out.push(toDiagnostic(dir, rule, f, current.file));
  }
  if (current?.file && current.file !== manifestFile) source.release?.(current.file);
  return out;
}

/** A rule that throws is a bug: named with the unit, its stack kept for --debug. */
function guarded(rule: Rule, dir: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(`rule ${rule.id}/${rule.alias} failed on ${dir}: ${reason}`);
    if (error instanceof Error) wrapped.stack = `${wrapped.message}\n${error.stack ?? ''}`;
    throw wrapped;
  }
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

/** Kept for callers of the old place; the date module owns it. */
export { today };
