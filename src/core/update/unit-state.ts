import { join } from 'node:path';
import { QmsError } from '../errors.js';
import { toJson, type Json } from '../merge/json.js';
import type { Answers } from '../scaffold/answers.js';
import { text } from '../text.js';
import { ANSWERS, MANIFEST, kindOf } from '../unit/file-kinds.js';
import { findMarkers } from '../merge/conflict-marker.js';
import { isObject, listUnitFiles } from '../unit/load-unit.js';
import { loadSource, type SourceFile } from '../unit/read-file.js';
import type { Manifest } from '../unit/types.js';
import { successorsOf } from './cross-line.js';
import { loadModel, modelLine, modelVersions } from '../model/load-model.js';
import { docKeyOf, renderModelDocs, titleOf, type DocKind, type ModelDoc } from './model-docs.js';
import { compareVersions } from '../model/semver.js';
import type { Model, UnitTypeDef } from '../model/types.js';
import { issuedBases } from './issued-bases.js';

/** A document of the unit that comes from the model (matched by key), as the unit has it now. */
export interface UnitDoc {
  key: string;
  kind: DocKind;
  relPath: string;
  title: string;
  data: Json;
}

export interface UnitState {
  dir: string;
  manifest: Manifest;
  /** The answers the unit was created with (base and target are rendered with them). */
  answers: Answers;
  /** No usable .qms-answers.yaml: the answers were rebuilt from qms.yaml. */
  answersRebuilt: boolean;
  /** The answers with today's names and people, for files the update creates. */
  current: Answers;
  from: string;
  to: string;
  /** Versions after `from` up to `to`, oldest first. */
  steps: string[];
  base: Model;
  target: Model;
  baseType: UnitTypeDef;
  targetType: UnitTypeDef;
  baseDocs: Map<string, ModelDoc>;
  theirsDocs: Map<string, ModelDoc>;
  /** The unit's documents the model versions have (the unit's own procedures are not kept). */
  oursDocs: Map<string, UnitDoc>;
  /** Every YAML file of the unit, relative. */
  files: string[];
  /** Conflict markers of an earlier update in the files compared, found as each was read. */
  markers: Array<{ relPath: string; line: number }>;
}

export interface StateOptions {
  /** Target version (default: the newest of the unit's model). */
  to?: string;
  /** Model id or path replacing the one qms.yaml names. */
  model?: string;
  /** `qms transition --apply`: the target is on the other model line (3.x after 2.x); no line check. */
  crossLine?: boolean;
}

/**
 * Read a unit and render the two model versions to compare it with. Throws QmsError when it cannot.
 * The unit is read one file at a time (`listUnitFiles`, then `loadSource` per file): of each file the
 * comparison keeps its data when one of the two versions has the document (the unit's own procedures
 * are passed over) and the lines of any conflict marker, and lets its text go. A 10,000-procedure unit
 * then holds a model catalogue's worth of documents, not its files; the update reads again the few it edits.
 */
export function loadUnitState(dir: string, options: StateOptions = {}): UnitState {
  const { files } = listUnitFiles(dir);
  const { read, markers } = fileReader(dir);
  const manifest = readManifest(dir, files, read);
  const { answers, rebuilt } = readAnswers(manifest, files, read);
  const spec = options.model ?? manifest.model.id;
  const from = manifest.model.version;
  // A model line follows one standard (1.x–2.x TCVN ISO 9001:2008, 3.x TCVN ISO 9001:2015): updates stay on
  // the unit's line; moving to the other standard is `qms transition`, not a model update.
  const line = (v: string) => modelLine(spec, v);
  const all = modelVersions(spec);
  const versions = all.includes(from) && !options.crossLine ? all.filter((v) => line(v) === line(from)) : all;
  const to = options.to ?? versions[versions.length - 1];
  if (options.to && all.includes(options.to) && !versions.includes(options.to)) {
    throw new QmsError(
      'E_USAGE',
      text(
        `phiên bản ${options.to} của mô hình ${spec} theo ${line(options.to)}, còn đơn vị đang theo ${line(from)}`,
        `version ${options.to} of model ${spec} follows ${line(options.to)} while the unit follows ${line(from)}`,
      ),
      manifest.standard === line(options.to)
        ? // Already transitioned: its documents still follow the old line, and the new line's catalogue is not the
          // old one's (a TTHC it lacks is not abolished), so the way on is a re-issue within the line.
          text(
            `Đơn vị đã chuyển sang ${manifest.standard}; quy trình vẫn theo dòng mô hình ${line(from)}. Ban hành lại theo phiên bản mới nhất của dòng này: qms model update ${dir} --to ${versions[versions.length - 1]} --date <ngày ban hành lại>; các phiên bản trong dòng: ${versions.join(', ')}.`,
            `The unit has moved to ${manifest.standard}; its procedures still follow the ${line(from)} model line. Re-issue them from that line's newest version: qms model update ${dir} --to ${versions[versions.length - 1]} --date <re-issue date>; versions in the line: ${versions.join(', ')}.`,
          )
        : text(
            `Chuyển đổi tiêu chuẩn trước: qms transition ${dir} --to 2015; cập nhật mô hình trong cùng dòng: ${versions.join(', ')}.`,
            `Transition the standard first: qms transition ${dir} --to 2015; model updates within the line: ${versions.join(', ')}.`,
          ),
    );
  }
  const base = loadModel(spec, from);
  const target = loadModel(spec, to);
  const baseType = base.unitTypes[manifest.type];
  const targetType = target.unitTypes[manifest.type];
  if (!baseType || !targetType) {
    throw new QmsError(
      'E_MODEL',
      text(
        `mô hình ${spec} ${baseType ? to : from} không có loại đơn vị "${manifest.type}"`,
        `model ${spec} ${baseType ? to : from} has no unit type "${manifest.type}"`,
      ),
      undefined,
      2,
      { file: join(dir, MANIFEST) },
    );
  }
  const rendered = renderModelDocs(base, baseType, answers);
  const theirsDocs =
    from === to && base === target
      ? rendered
      : renderModelDocs(
          target,
          targetType,
          { ...answers, model: { ...answers.model, version: to } },
          { model: base, typeDef: baseType, docs: rendered },
        );
  // The keys the comparison reads of the unit: those of either version, and on a move to the other line the
  // older TTHC ids a 3.x TTHC succeeds (followSuccessors re-keys the unit's procedure to its successor).
  const compared = new Set([...rendered.keys(), ...theirsDocs.keys()]);
  if (options.crossLine) for (const id of successorsOf(target, targetType).keys()) compared.add(`tthc:${id}`);
  const oursDocs = new Map<string, UnitDoc>();
  for (const relPath of files) {
    // Only what the model gives: audits, reviews and other years' objectives are the unit's alone.
    if (kindOf(relPath) !== 'procedure' && docKeyOf(relPath, undefined, answers.year) === undefined) continue;
    const data = relPath === MANIFEST ? toJson(manifest) : read(relPath);
    const id = docKeyOf(relPath, data, answers.year);
    if (id && compared.has(id.key) && !oursDocs.has(id.key))
      oursDocs.set(id.key, { ...id, relPath, title: titleOf(data, relPath), data });
  }
  const between = versions.filter((v) => compareVersions(v, from) > 0 && compareVersions(v, to) <= 0);
  const baseDocs = issuedBases(rendered, oursDocs, { spec, base, type: manifest.type, answers });
  return {
    dir,
    manifest,
    answers,
    answersRebuilt: rebuilt,
    current: currentAnswers(answers, manifest),
    from,
    to,
    steps: between,
    base,
    target,
    baseType,
    targetType,
    files,
    markers,
    oursDocs,
    baseDocs,
    theirsDocs,
  };
}

/** A file's data (JSON), read when asked; a file that does not read or parse cleanly is an error. */
type Read = (relPath: string) => Json;

// Every conflict marker line has this (findMarkers); a file without it is not split into lines.
const MARKER = '# <<<<<<< ';

/** Reads a unit's files one at a time, noting the conflict markers of each as it is read. */
function fileReader(dir: string): { read: Read; markers: UnitState['markers'] } {
  const markers: UnitState['markers'] = [];
  const read = (relPath: string): Json => {
    const file = loadSource(dir, relPath);
    if (file.text?.includes(MARKER)) for (const line of findMarkers(file.text)) markers.push({ relPath, line });
    if (file.data === undefined) throw unreadable(dir, file);
    return toJson(file.data);
  };
  return { read, markers };
}

function readManifest(dir: string, files: string[], read: Read): Manifest {
  if (!files.includes(MANIFEST)) {
    throw new QmsError(
      'E_NO_UNIT',
      text(`không có ${join(dir, MANIFEST)}`, `no ${join(dir, MANIFEST)}`),
      text(
        'Chỉ tới thư mục đơn vị (có qms.yaml), hoặc tạo đơn vị bằng qms init.',
        'Point at a unit folder (with qms.yaml), or create one with qms init.',
      ),
    );
  }
  const data = read(MANIFEST) as Partial<Manifest>;
  if (
    !isObject(data) ||
    !isObject(data.model) ||
    typeof data.model.version !== 'string' ||
    typeof data.model.id !== 'string' ||
    typeof data.type !== 'string' ||
    typeof data.name !== 'string' ||
    !Array.isArray(data.roles)
  ) {
    throw new QmsError(
      'E_UNIT_FILE',
      text(
        `${join(dir, MANIFEST)}: thiếu name, type, model.id, model.version hoặc roles`,
        `${join(dir, MANIFEST)}: name, type, model.id, model.version or roles missing`,
      ),
      text('Chạy qms validate để xem lỗi chi tiết.', 'Run qms validate for the details.'),
      2,
      { file: join(dir, MANIFEST) },
    );
  }
  return data as Manifest;
}

function unreadable(dir: string, file: SourceFile): QmsError {
  const problem = file.readProblem ?? file.yamlProblems[0];
  const where = problem && 'line' in problem && problem.line ? `:${problem.line}:${problem.col ?? 1}` : '';
  const message = problem?.message ?? text('tệp không đọc được', 'unreadable file');
  return new QmsError(
    'E_UNIT_FILE',
    text(`${join(dir, file.relPath)}${where}: ${message.vi}`, `${join(dir, file.relPath)}${where}: ${message.en}`),
    text('Sửa tệp (xem qms validate) rồi chạy lại.', 'Fix the file (see qms validate) and run again.'),
    2,
    { file: join(dir, file.relPath) },
  );
}

/** The saved answers, or — when the unit has none — answers rebuilt from qms.yaml. */
function readAnswers(manifest: Manifest, files: string[], read: Read): { answers: Answers; rebuilt: boolean } {
  // An unreadable answers file is an error (its position is reported); a missing or incomplete one is rebuilt.
  const data = files.includes(ANSWERS) ? (read(ANSWERS) as Partial<Answers>) : undefined;
  if (
    isObject(data) &&
    typeof data.name === 'string' &&
    typeof data.effectiveDate === 'string' &&
    typeof data.year === 'number' &&
    isObject(data.people) &&
    isObject(data.model)
  ) {
    return { answers: { ...(data as Answers), model: { ...manifest.model } }, rebuilt: false };
  }
  const firstIssue =
    manifest.milestones?.documentsIssued?.date ?? manifest.milestones?.applicationStart ?? '2012-01-01';
  const years = files
    .map((f) => /^objectives\/(\d{4})\.yaml$/.exec(f)?.[1])
    .filter(Boolean)
    .map(Number);
  const rebuilt: Answers = {
    model: { ...manifest.model },
    type: manifest.type,
    id: manifest.id,
    name: manifest.name,
    superior: manifest.superior ?? manifest.parent?.name ?? `UBND thành phố ${manifest.city ?? 'Hà Nội'}`,
    ...(manifest.parent ? { parent: manifest.parent } : {}),
    city: manifest.city ?? 'Hà Nội',
    people: Object.fromEntries(manifest.roles.map((r) => [r.id, r.people])),
    effectiveDate: firstIssue,
    year: years.length > 0 ? Math.min(...years) : Number(firstIssue.slice(0, 4)),
  };
  return { answers: rebuilt, rebuilt: true };
}

/** Today's name and people (from qms.yaml) on top of the saved answers. */
function currentAnswers(answers: Answers, manifest: Manifest): Answers {
  return {
    ...answers,
    name: manifest.name,
    ...(manifest.superior ? { superior: manifest.superior } : {}),
    ...(manifest.parent ? { parent: manifest.parent } : {}),
    ...(manifest.city ? { city: manifest.city } : {}),
    people: { ...answers.people, ...Object.fromEntries(manifest.roles.map((r) => [r.id, r.people])) },
  };
}

export function isBehind(state: Pick<UnitState, 'from' | 'to'>): boolean {
  return compareVersions(state.from, state.to) < 0;
}
