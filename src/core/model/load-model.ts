import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QmsError } from '../errors.js';
import { modelsDir } from '../paths.js';
import { text } from '../text.js';
import { UNIT_TYPES } from '../unit/types.js';
import { readYamlOrThrow } from '../yaml/read-yaml.js';
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

// The shipped models are the package's own files and do not change during a run; validate asks for their
// versions once per procedure (QMS034), so they are listed once. A model given by path is listed every time.
const shippedVersions = new Map<string, string[]>();

function versionsIn(dir: string): string[] {
  if (!dir.startsWith(modelsDir)) return listVersions(dir);
  let versions = shippedVersions.get(dir);
  if (!versions) shippedVersions.set(dir, (versions = listVersions(dir)));
  return [...versions];
}

function listVersions(dir: string): string[] {
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
  const released = versions.filter((v) => metaOf(join(dir, '..', v)).releaseDate <= date);
  return released.length > 0 ? released[released.length - 1] : versions[0];
}

/** The standard a model version follows, which names its line: 1.x–2.x TCVN ISO 9001:2008, 3.x 2015. */
export function modelLine(spec: string, version: string): string {
  return lineOf(resolveModelDir(spec, version));
}

function lineOf(versionDir: string): string {
  return metaOf(versionDir).standard ?? 'TCVN ISO 9001:2008';
}

/**
 * Like `modelVersionAt`, among the versions on the same standard as `version` (its model line: 1.x–2.x on
 * TCVN ISO 9001:2008, 3.x on 2015). A model update never crosses lines, so advice to update names this one.
 */
export function modelVersionOnLineAt(spec: string, version: string, date: string): string {
  const root = join(resolveModelDir(spec), '..');
  const line = (v: string) => lineOf(join(root, v));
  const own = line(version);
  const released = versionsIn(root).filter((v) => line(v) === own && metaOf(join(root, v)).releaseDate <= date);
  return released.length > 0 ? released[released.length - 1] : version;
}

/**
 * The version in force on a date for `qms init`: like `modelVersionAt`, but a date before the first
 * release is refused (no version of the model existed to scaffold from).
 */
export function modelVersionInForce(spec: string, date: string): string {
  const dir = resolveModelDir(spec);
  const versions = versionsIn(join(dir, '..'));
  const first = versions[0] && metaOf(join(dir, '..', versions[0]));
  if (first && date < first.releaseDate) {
    throw new QmsError(
      'E_MODEL_VERSION',
      text(
        `ngày hiệu lực ${date} trước phiên bản đầu tiên của mô hình "${first.id}" (${first.version}, phát hành ${first.releaseDate})`,
        `effective date ${date} is before the first release of model "${first.id}" (${first.version}, released ${first.releaseDate})`,
      ),
      text(
        `Chọn ngày hiệu lực từ ${first.releaseDate} trở đi, hoặc chỉ định phiên bản bằng --model-version.`,
        `Choose an effective date on or after ${first.releaseDate}, or name a version with --model-version.`,
      ),
    );
  }
  return modelVersionAt(spec, date);
}

const cache = new Map<string, Model>();
const metas = new Map<string, ModelMeta>();

/** A version folder's release date (its own model.yaml's), without loading the version. */
export function releaseDateOf(versionDir: string): string | undefined {
  const date: string | undefined = metaOf(versionDir).releaseDate;
  return date;
}

/**
 * A version folder's own model.yaml, read once per process like the model itself (`modelVersionAt`
 * compares every version's release date, and validate asks it for each unit).
 */
function metaOf(versionDir: string): ModelMeta {
  let meta = metas.get(versionDir);
  if (!meta) metas.set(versionDir, (meta = readYamlOrThrow<ModelMeta>(join(versionDir, 'model.yaml'))));
  return meta;
}

/** Load a model version (cached per process: a batch run reads it once). */
export function loadModel(spec: string = DEFAULT_MODEL_ID, version?: string): Model {
  return loadModelDir(resolveModelDir(spec, version));
}

/**
 * A version folder is either complete or an overlay (`extends: <version>` in model.yaml): then it holds
 * only the files that changed or were added, `removed` lists the TTHC templates it drops, and its
 * changelog holds its own entry only; the rest comes from the version it extends (itself possibly an
 * overlay). Every version's legal register is the model-wide `legal-register.yaml` beside the versions
 * (law is dated, it is not a release), plus the entries a version's own legal-register.yaml adds.
 */
function loadModelDir(dir: string, chain: string[] = []): Model {
  const cached = cache.get(dir);
  if (cached) return cached;
  const own = readYamlOrThrow<ModelMeta>(join(dir, 'model.yaml'));
  const base = own.extends ? loadModelDir(baseDir(dir, own, chain), [...chain, dir]) : undefined;
  const replaced = [...(base?.meta.citationsReplaced ?? []), ...(own.citationsReplaced ?? [])];
  const meta: ModelMeta = base
    ? {
        ...base.meta,
        ...own,
        changelog: [...own.changelog, ...base.meta.changelog],
        ...(replaced.length > 0 && { citationsReplaced: replaced }),
      }
    : own;
  const unitTypes: Model['unitTypes'] = { ...base?.unitTypes };
  for (const type of UNIT_TYPES) {
    const file = join(dir, 'unit-types', `${type}.yaml`);
    if (existsSync(file)) unitTypes[type] = readYamlOrThrow<UnitTypeDef>(file);
  }
  const tthc = new Map<string, ProcedureTemplate>(base?.tthc);
  for (const id of own.removed ?? []) tthc.delete(id);
  for (const file of yamlFiles(join(dir, 'procedures', 'tthc'))) {
    const template = readYamlOrThrow<ProcedureTemplate>(file);
    if (template.tthc) tthc.set(template.tthc.id, template);
  }
  const system = new Map<string, ProcedureTemplate>(base?.system);
  for (const file of yamlFiles(join(dir, 'procedures', 'system'))) {
    const template = readYamlOrThrow<ProcedureTemplate>(file);
    system.set(template.code, template);
  }
  // A correction holds from the version that makes it on: for what it inherits and for later overlays' files.
  for (const map of [tthc, system]) replaceCitations(map, meta.citationsReplaced);
  const document = (name: 'policy' | 'objectives') => {
    const file = join(dir, 'documents', `${name}.yaml`);
    return base && !existsSync(file) ? base.documents[name] : readYamlOrThrow<Record<string, unknown>>(file);
  };
  const documents = { policy: document('policy'), objectives: document('objectives'), ...optionalDocuments(dir, base) };
  const model: Model = {
    dir,
    meta,
    unitTypes,
    tthc,
    system,
    documents,
    legalRegister: legalRegisterFor(dir, base?.legalRegister),
  };
  cache.set(dir, model);
  return model;
}

function baseDir(dir: string, meta: ModelMeta, chain: string[]): string {
  const target = join(dir, '..', meta.extends!);
  if (meta.extends === meta.version || chain.includes(target) || !existsSync(join(target, 'model.yaml'))) {
    throw new QmsError(
      'E_MODEL_FILE',
      text(
        `${join(dir, 'model.yaml')}: phiên bản ${meta.version} kế thừa "${meta.extends}", không có hoặc kế thừa vòng tròn`,
        `${join(dir, 'model.yaml')}: version ${meta.version} extends "${meta.extends}", which is missing or circular`,
      ),
      text(
        'extends phải là một phiên bản cũ hơn nằm cùng thư mục.',
        'extends must name an older version in the same folder.',
      ),
      2,
      { file: join(dir, 'model.yaml') },
    );
  }
  return target;
}

/**
 * The model-wide register (or, for an overlay, the register of the version it extends), then what the
 * version's own legal-register.yaml adds: entries for numbers not listed yet.
 */
function legalRegisterFor(dir: string, inherited?: LegalInstrument[]): LegalInstrument[] {
  const read = (file: string) =>
    existsSync(file) ? readYamlOrThrow<{ instruments: LegalInstrument[] }>(file).instruments : [];
  const shared = inherited ?? read(join(dir, '..', 'legal-register.yaml'));
  const known = new Set(shared.map((i) => i.number));
  const added = read(join(dir, 'legal-register.yaml')).filter((i) => !known.has(i.number));
  return added.length === 0 ? shared : [...shared, ...added];
}

/**
 * `citationsReplaced` of an overlay and of the overlays it builds on: each template citing `from` (legal
 * basis or fee basis) cites `to` instead, the rest of the template unchanged. Templates are replaced by copies (the base version's
 * templates, shared through its cache, stay as they were).
 */
function replaceCitations(templates: Map<string, ProcedureTemplate>, replaced: ModelMeta['citationsReplaced']): void {
  if (!replaced?.length) return;
  const to = new Map(replaced.map((r) => [r.from, r.to]));
  for (const [key, t] of templates) {
    const cites =
      (t.legalBasis ?? []).some((b) => to.has(b.number)) || (t.fees ?? []).some((f) => f.basis && to.has(f.basis));
    if (!cites) continue;
    templates.set(key, {
      ...t,
      ...(t.legalBasis && { legalBasis: t.legalBasis.map((b) => (to.has(b.number) ? { ...to.get(b.number)! } : b)) }),
      ...(t.fees && {
        fees: t.fees.map((f) => (f.basis && to.has(f.basis) ? { ...f, basis: to.get(f.basis)!.number } : f)),
      }),
    });
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => join(dir, n));
}

/** Model files are read like every YAML file (src/core/yaml/read-yaml.ts); kept here for its callers. */
export { readYamlOrThrow };

/** The document templates a model version may leave out: the manual (2015 line), the 2015 documents (2008 line). */
function optionalDocuments(dir: string, base: Model | undefined): Omit<Model['documents'], 'policy' | 'objectives'> {
  const out: Omit<Model['documents'], 'policy' | 'objectives'> = {};
  for (const kind of ['manual', 'context', 'risks', 'process-map'] as const) {
    const file = join(dir, 'documents', `${kind}.yaml`);
    // An overlay version inherits what it does not hold itself.
    if (existsSync(file)) out[kind] = readYamlOrThrow<Record<string, unknown>>(file);
    else if (base?.documents[kind]) out[kind] = base.documents[kind];
  }
  return out;
}
