import { join } from 'node:path';
import { QmsError } from '../errors.js';
import { conflictLines } from '../merge/conflict-marker.js';
import { deepEqual, isMap, toJson, type Json, type JsonMap } from '../merge/json.js';
import { applyEdit, type Conflict, type Edit } from '../merge/merge-values.js';
import { labelOf, pointerOf } from '../merge/path.js';
import { editYaml, editYamlMarked, type Mark } from '../merge/yaml-edit.js';
import { procedureFromTemplate } from '../scaffold/build-unit-files.js';
import { text } from '../text.js';
import { ANSWERS } from '../unit/file-kinds.js';
import { loadSource } from '../unit/read-file.js';
import { planWrites, type PlannedFile, type WritePlan } from '../write-files.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { toYamlFile } from '../yaml/stringify-yaml.js';
import { recordVersion, reissue } from './bookkeeping.js';
import { diffUnit, type DocDiff, type UnitDiff } from './diff-unit.js';
import { revisionNote } from './revision-note.js';
import { compareVersions } from '../model/semver.js';
import { loadUnitState, type StateOptions, type UnitState } from './unit-state.js';

export interface UpdateOptions extends StateOptions {
  /** Issue and effective date of re-issued documents (YYYY-MM-DD). */
  date: string;
}

export interface ConflictReport {
  label: string;
  pointer: string;
  /** Line of the marker block in the written file. */
  line?: number;
  kind: Conflict['kind'] | 'collision';
  base?: Json;
  ours?: Json;
  theirs?: Json;
}

/** What the update does to one file. */
export interface FileOutcome {
  relPath: string;
  title: string;
  /** merge: model changes applied (re-issued for documents) · create: new procedure · flag: abolished TTHC marked · record: version noted · collision: not written. */
  action: 'merge' | 'create' | 'flag' | 'record' | 'collision';
  applied: number;
  issue?: number;
  conflicts: ConflictReport[];
}

export interface UpdatePlan {
  diff: UnitDiff;
  outcomes: FileOutcome[];
  plan: WritePlan;
  conflicts: number;
  /** Already at the target version: nothing to write. */
  upToDate: boolean;
}

export const ABOLISHED_FLAG = 'BÃI BỎ:';

/**
 * Plan a unit's update to a newer model version: a three-way merge per document (base = the version
 * the unit follows, theirs = the target, both rendered with the unit's saved answers; ours = its
 * files), edited in place. Pure: nothing is written; the caller applies `plan` (or prints it).
 */
export function planUpdate(dir: string, options: UpdateOptions): UpdatePlan {
  const state = loadUnitState(dir, options);
  const diff = diffUnit(state);
  if (compareVersions(state.to, state.from) < 0) {
    throw new QmsError(
      'E_USAGE',
      text(
        `${state.manifest.name} đang theo phiên bản ${state.from}, mới hơn ${state.to}; không hạ phiên bản`,
        `${state.manifest.name} follows ${state.from}, newer than ${state.to}; no downgrades`,
      ),
      text('Bỏ --to hoặc chọn phiên bản mới hơn.', 'Drop --to or pick a newer version.'),
    );
  }
  refuseMarkers(diff);
  const files: PlannedFile[] = [];
  const outcomes: FileOutcome[] = [];
  const upToDate = !diff.behind;
  if (!upToDate) checkDate(state, diff, options.date);
  if (!upToDate) {
    for (const doc of diff.docs) {
      const outcome = planDoc(state, doc, options.date, files);
      if (outcome) outcomes.push(outcome);
    }
    planAnswers(state, files);
  }
  const plan = planWrites(dir, files, 'overwrite');
  return { diff, outcomes, plan, upToDate, conflicts: outcomes.reduce((n, o) => n + o.conflicts.length, 0) };
}

/** Conflict markers of an earlier update left in the files: nothing is merged over them. */
export function refuseMarkers(diff: UnitDiff): void {
  if (diff.markers.length === 0) return;
  const where = diff.markers
    .slice(0, 5)
    .map((m) => `${m.relPath}:${m.line}`)
    .join(', ');
  throw new QmsError(
    'E_CONFLICT_MARKERS',
    text(
      `còn ${diff.markers.length} khối xung đột chưa xử lý của lần cập nhật trước (${where})`,
      `${diff.markers.length} conflict block(s) of an earlier update are still unresolved (${where})`,
    ),
    text(
      'Chọn giá trị đúng tại mỗi khối "# <<<<<<<", xóa khối chú thích, rồi chạy lại.',
      'Pick the right value at each "# <<<<<<<" block, delete the comment block, then run again.',
    ),
  );
}

/** How a document is re-issued when the update is a move to another model line (qms transition --apply). */
export interface ReissueHow {
  /** The revision-table entry of a re-issued document. */
  note?: (doc: DocDiff, before: Json, after: Json) => { description: string; pages?: string };
  /** Top-level fields that stay the unit's whatever the model says (the document code of an issued document). */
  keep?: readonly string[];
}

export function planDoc(
  state: UnitState,
  doc: DocDiff,
  date: string,
  files: PlannedFile[],
  how: ReissueHow = {},
): FileOutcome | undefined {
  const base = { relPath: doc.relPath, title: doc.title, applied: 0, conflicts: [] as ConflictReport[] };
  if (doc.status === 'new') {
    files.push({ relPath: doc.relPath, content: newProcedure(state, doc, date) });
    return { ...base, action: 'create', issue: 1 };
  }
  if (doc.status === 'collision') {
    return { ...base, action: 'collision', conflicts: [{ label: doc.relPath, pointer: '', kind: 'collision' }] };
  }
  if (doc.status === 'abolished') {
    const { source, data } = readOurs(state, doc.relPath);
    if (source.includes(`# ${ABOLISHED_FLAG}`)) return undefined;
    const catalogue = `${state.target.meta.id} ${state.to} (phát hành ${state.target.meta.releaseDate})`;
    const flag = [
      `${ABOLISHED_FLAG} ${doc.tthcId ? `TTHC "${doc.tthcId}"` : 'quy trình này'} không còn trong danh mục ${state.manifest.type} của mô hình ${catalogue}.`,
      'Giữ nguyên để đơn vị thu hồi theo QT-01 (đóng dấu "HẾT HIỆU LỰC", lưu bản gốc); công cụ không tự xóa.',
    ];
    files.push({ relPath: doc.relPath, content: editYaml(source, data, { op: 'keep' }, [], flag) });
    return { ...base, action: 'flag' };
  }
  const isManifest = doc.kind === 'manifest';
  if (doc.status !== 'changed' && !isManifest) return undefined;
  const { source, data } = readOurs(state, doc.relPath);
  const keep = new Set(how.keep ?? []);
  let edit: Edit = withoutKeys(doc.merge?.edit ?? { op: 'keep' }, keep);
  const conflicts = (doc.merge?.conflicts ?? []).filter((c) => !keep.has(String(c.path[0]?.seg)));
  let issue: number | undefined;
  const touched = edit.op !== 'keep' || conflicts.length > 0;
  if (isManifest) {
    edit = recordVersion(edit, data, state.to);
  } else if (touched) {
    const before = state.oursDocs.get(doc.key)!.data;
    const after = applyEdit(before, edit);
    const note =
      how.note?.(doc, before, after) ??
      revisionNote(
        doc.kind,
        doc.modelChanges,
        { id: state.target.meta.id, version: state.to, releaseDate: state.target.meta.releaseDate },
        before,
        after,
      );
    ({ edit, issue } = reissue(edit, data, date, note));
  } else {
    return undefined; // the unit already has the model's changes
  }
  const sides = {
    base: `mô hình ${state.base.meta.id} ${state.from}`,
    theirs: `mô hình ${state.target.meta.id} ${state.to}`,
  };
  const marks: Mark[] = conflicts.map((c) => ({ path: c.path, lines: conflictLines(c, sides) }));
  const { text: content, markLines } = editYamlMarked(source, data, edit, marks);
  verify(doc.relPath, content, applyEdit(data, edit));
  files.push({ relPath: doc.relPath, content });
  return {
    ...base,
    action: isManifest && !touched ? 'record' : 'merge',
    applied: (doc.merge?.applied ?? []).filter((c) => !keep.has(String(c.path[0]?.seg))).length,
    ...(issue !== undefined ? { issue } : {}),
    conflicts: conflicts.map((c, i) => ({
      label: labelOf(c.path),
      pointer: pointerOf(c.path),
      line: markLines[i],
      kind: c.kind,
      base: c.base,
      ours: c.ours,
      theirs: c.theirs,
    })),
  };
}

/** A document-level edit less the top-level fields the unit keeps. */
function withoutKeys(edit: Edit, keys: Set<string>): Edit {
  if (keys.size === 0 || edit.op !== 'map') return edit;
  const entries = new Map([...edit.entries].filter(([k]) => !keys.has(k)));
  const add = edit.add.filter((a) => !keys.has(a.key));
  const remove = new Set([...edit.remove].filter((k) => !keys.has(k)));
  return entries.size + add.length + remove.size === 0 ? { op: 'keep' } : { op: 'map', entries, add, remove };
}

/** Re-issues go forward in time: not before the target version was released, nor before a document's current issue. */
export function checkDate(state: UnitState, diff: UnitDiff, date: string): void {
  const tooEarly = (what: { vi: string; en: string }, when: string) =>
    new QmsError(
      'E_USAGE',
      text(`--date ${date} sớm hơn ${what.vi} (${when})`, `--date ${date} is before ${what.en} (${when})`),
      text(
        'Chọn ngày hiệu lực của lần ban hành mới, không sớm hơn ngày đó: --date YYYY-MM-DD.',
        'Pick the effective date of the new issue, not before that day: --date YYYY-MM-DD.',
      ),
    );
  const release = state.target.meta.releaseDate;
  if (date < release)
    throw tooEarly(
      text(
        `ngày phát hành mô hình ${state.target.meta.id} ${state.to}`,
        `the release of model ${state.target.meta.id} ${state.to}`,
      ),
      release,
    );
  for (const doc of diff.docs) {
    const ours = state.oursDocs.get(doc.key)?.data;
    if (doc.status !== 'changed' || !isMap(ours)) continue;
    const revisions = Array.isArray(ours.revisions) ? ours.revisions : [];
    const last = revisions[revisions.length - 1];
    const dates = [ours.effectiveDate, isMap(last) ? last.date : undefined].filter(
      (d): d is string => typeof d === 'string',
    );
    const latest = dates.sort().pop();
    if (latest && date < latest)
      throw tooEarly(
        text(`ngày hiệu lực hiện tại của ${doc.relPath}`, `the current effective date of ${doc.relPath}`),
        latest,
      );
  }
}

/**
 * A file the update edits, read again now (the comparison kept its data, not its text). A document must
 * still be what was compared: the merge was planned on that.
 */
export function readOurs(state: UnitState, relPath: string): { source: string; data: JsonMap } {
  const file = loadSource(state.dir, relPath);
  const data = file.data !== undefined ? toJson(file.data) : undefined;
  const compared = [...state.oursDocs.values()].find((d) => d.relPath === relPath)?.data;
  if (file.text === undefined || !isMap(data) || (compared !== undefined && !deepEqual(data, compared))) {
    throw new QmsError(
      'E_UNIT_FILE',
      text(
        `${join(state.dir, relPath)} vừa thay đổi hoặc không đọc được`,
        `${join(state.dir, relPath)} changed meanwhile or cannot be read`,
      ),
      text('Chạy lại lệnh.', 'Run the command again.'),
    );
  }
  return { source: file.text, data };
}

/** The edited text must parse cleanly to exactly the merged data — else nothing is written. */
export function verify(relPath: string, content: string, expected: Json): void {
  const parsed = parseYaml(content);
  if (parsed.problems.length > 0 || !deepEqual(toJson(parsed.data), expected)) {
    throw new Error(
      `editing ${relPath} in place did not give the merged data (${parsed.problems[0]?.message.en ?? 'content differs'})`,
    );
  }
}

function newProcedure(state: UnitState, doc: DocDiff, date: string): string {
  const model = state.target;
  const template = doc.tthcId ? model.tthc.get(doc.tthcId) : model.system.get(doc.key.replace(/^system:/, ''));
  if (!template) throw new Error(`no template for ${doc.key}`);
  const answers = { ...state.current, model: { id: state.answers.model.id, version: state.to }, effectiveDate: date };
  return toYamlFile(
    procedureFromTemplate(template, model, state.targetType, answers),
    'procedure.schema.json',
    join(state.dir, doc.relPath),
  );
}

/** .qms-answers.yaml records the new version (written afresh when the unit had none). */
export function planAnswers(state: UnitState, files: PlannedFile[]): void {
  if (state.answersRebuilt) {
    const answers = { ...state.answers, model: { ...state.answers.model, version: state.to } };
    files.push({ relPath: ANSWERS, content: toYamlFile(answers, 'answers.schema.json', join(state.dir, ANSWERS)) });
    return;
  }
  const { source, data } = readOurs(state, ANSWERS);
  const edit = recordVersion({ op: 'keep' }, data, state.to);
  const content = editYaml(source, data, edit);
  verify(ANSWERS, content, applyEdit(data, edit));
  files.push({ relPath: ANSWERS, content });
}
