import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QmsError } from '../errors.js';
import { readTextFile } from '../fs/read-text-file.js';
import { modelsDir } from '../paths.js';
import { text } from '../text.js';
import { UNIT_TYPES } from '../unit/types.js';
import { fastParseYaml } from '../yaml/fast-yaml.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { compareVersions } from './semver.js';
import type { LegalInstrument, Model, ModelMeta, ProcedureTemplate, UnitTypeDef } from './types.js';

export const DEFAULT_MODEL_ID = 'hanoi-qms';

export interface ModelListing {
  id: string;
  versions: string[];
  dir: string;
}

/** Models shipped with the tool (or found under `root`), newest version last. */
export function listModels(root = modelsDir): ModelListing[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ id: e.name, dir: join(root, e.name), versions: versionsIn(join(root, e.name)) }))
    .filter((m) => m.versions.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function versionsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d+\.\d+\.\d+$/.test(e.name) && existsSync(join(dir, e.name, 'model.yaml')))
    .map((e) => e.name)
    .sort(compareVersions);
}

/**
 * Find a model folder: `spec` is a shipped model id or a path (to a version folder holding model.yaml,
 * or to a folder of versions). `version` defaults to the newest.
 */
export function resolveModelDir(spec: string = DEFAULT_MODEL_ID, version?: string): string {
  const asPath = resolve(spec);
  const looksLikePath = spec.includes('/') || spec.includes('\\') || spec.startsWith('.');
  if (looksLikePath || (existsSync(asPath) && lstatSync(asPath).isDirectory() && !/^[a-z][a-z0-9-]*$/.test(spec))) {
    if (existsSync(join(asPath, 'model.yaml'))) return asPath;
    return pickVersion(asPath, spec, version);
  }
  const shipped = join(modelsDir, spec);
  if (!existsSync(shipped)) {
    const known =
      listModels()
        .map((m) => m.id)
        .join(', ') || '—';
    throw new QmsError(
      'E_MODEL',
      text(`không có mô hình "${spec}"`, `unknown model "${spec}"`),
      text(`Các mô hình có sẵn: ${known}. Xem: qms model list`, `Known models: ${known}. See: qms model list`),
    );
  }
  return pickVersion(shipped, spec, version);
}

function pickVersion(dir: string, spec: string, version?: string): string {
  const versions = existsSync(dir) ? versionsIn(dir) : [];
  if (versions.length === 0) {
    throw new QmsError(
      'E_MODEL',
      text(`không tìm thấy mô hình tại "${spec}"`, `no model found at "${spec}"`),
      text(
        'Chỉ tới thư mục có model.yaml hoặc thư mục chứa các phiên bản.',
        'Point at a folder holding model.yaml or at a folder of versions.',
      ),
    );
  }
  const chosen = version ?? versions[versions.length - 1];
  if (!versions.includes(chosen)) {
    throw new QmsError(
      'E_MODEL_VERSION',
      text(`mô hình "${spec}" không có phiên bản ${chosen}`, `model "${spec}" has no version ${chosen}`),
      text(`Các phiên bản: ${versions.join(', ')}.`, `Versions: ${versions.join(', ')}.`),
    );
  }
  return join(dir, chosen);
}

/** The versions of a model (shipped id or path to a folder of versions), oldest first. */
export function modelVersions(spec: string = DEFAULT_MODEL_ID): string[] {
  const dir = resolveModelDir(spec);
  const versions = versionsIn(join(dir, '..'));
  return versions.length > 0 ? versions : [loadModel(dir).meta.version];
}

/**
 * The version in force on a date: the newest one released on or before it (the oldest when the date
 * comes before every release). What `qms init --effective-date 2012-06-01` should scaffold from.
 */
export function modelVersionAt(spec: string, date: string): string {
  const dir = resolveModelDir(spec);
  const versions = versionsIn(join(dir, '..'));
  if (versions.length === 0) return loadModel(dir).meta.version;
  const released = versions.filter(
    (v) => readYamlOrThrow<ModelMeta>(join(dir, '..', v, 'model.yaml')).releaseDate <= date,
  );
  return released.length > 0 ? released[released.length - 1] : versions[0];
}

const cache = new Map<string, Model>();

/** Load a model version (cached per process: a batch run reads it once). */
export function loadModel(spec: string = DEFAULT_MODEL_ID, version?: string): Model {
  const dir = resolveModelDir(spec, version);
  const cached = cache.get(dir);
  if (cached) return cached;
  const meta = readYamlOrThrow<ModelMeta>(join(dir, 'model.yaml'));
  const unitTypes: Model['unitTypes'] = {};
  for (const type of UNIT_TYPES) {
    const file = join(dir, 'unit-types', `${type}.yaml`);
    if (existsSync(file)) unitTypes[type] = readYamlOrThrow<UnitTypeDef>(file);
  }
  const tthc = new Map<string, ProcedureTemplate>();
  for (const file of yamlFiles(join(dir, 'procedures', 'tthc'))) {
    const template = readYamlOrThrow<ProcedureTemplate>(file);
    if (template.tthc) tthc.set(template.tthc.id, template);
  }
  const system = new Map<string, ProcedureTemplate>();
  for (const file of yamlFiles(join(dir, 'procedures', 'system'))) {
    const template = readYamlOrThrow<ProcedureTemplate>(file);
    system.set(template.code, template);
  }
  const documents = {
    policy: readYamlOrThrow<Record<string, unknown>>(join(dir, 'documents', 'policy.yaml')),
    objectives: readYamlOrThrow<Record<string, unknown>>(join(dir, 'documents', 'objectives.yaml')),
    ...optionalDocuments(dir),
  };
  const registerFile = join(dir, 'legal-register.yaml');
  const legalRegister = existsSync(registerFile)
    ? readYamlOrThrow<{ instruments: LegalInstrument[] }>(registerFile).instruments
    : [];
  const model: Model = { dir, meta, unitTypes, tthc, system, documents, legalRegister };
  cache.set(dir, model);
  return model;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => join(dir, n));
}

/** Model files are data the tool trusts only after the same checks as user files. */
export function readYamlOrThrow<T>(file: string): T {
  const read = readTextFile(file);
  if (!read.ok) {
    throw new QmsError(
      'E_MODEL_FILE',
      text(`${file}: ${read.problem.message.vi}`, `${file}: ${read.problem.message.en}`),
      read.problem.hint,
      2,
      { file },
    );
  }
  // Most model files are plain; the fast reader declines anything unusual and the safe loader decides.
  const fast = fastParseYaml(read.text);
  if (fast !== undefined) return fast as T;
  const parsed = parseYaml(read.text);
  const first = parsed.problems[0];
  if (first || parsed.data === undefined) {
    const where = first ? `${file}:${first.line}:${first.col}` : file;
    throw new QmsError(
      'E_MODEL_FILE',
      text(`${where}: ${first?.message.vi ?? 'tệp trống'}`, `${where}: ${first?.message.en ?? 'empty file'}`),
      first?.hint,
      2,
      { file, line: first?.line, col: first?.col },
    );
  }
  return parsed.data as T;
}

/** The document templates a model version may leave out: the manual (2015 line), the 2015 documents (2008 line). */
function optionalDocuments(dir: string): Omit<Model['documents'], 'policy' | 'objectives'> {
  const out: Omit<Model['documents'], 'policy' | 'objectives'> = {};
  for (const kind of ['manual', 'context', 'risks', 'process-map'] as const) {
    const file = join(dir, 'documents', `${kind}.yaml`);
    if (existsSync(file)) out[kind] = readYamlOrThrow<Record<string, unknown>>(file);
  }
  return out;
}
