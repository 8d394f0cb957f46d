import type { Change } from '../../core/merge/diff-values.js';
import type { Json } from '../../core/merge/json.js';
import { labelOf } from '../../core/merge/path.js';
import type { ClassifiedChange } from '../../core/update/classify.js';
import type { DocDiff, DocStatus, UnitDiff } from '../../core/update/diff-unit.js';
import { wordDiff } from '../../core/merge/word-diff.js';
import { escapeForDisplay } from '../../core/text.js';
import type { Io } from '../io.js';

const WORDS = {
  vi: {
    model: 'mô hình',
    unit: 'đơn vị',
    conflict: 'xung đột',
    behind: (n: number, list: string) => `chậm ${n} phiên bản (${list})`,
    current: 'đúng phiên bản',
    lagging: (n: number) => `${n} tài liệu ban hành theo phiên bản cũ hơn`,
    issuedUnder: (v: string) => `(nội dung theo phiên bản ${v})`,
    inSync: 'khớp mô hình',
    drift: 'lệch mô hình',
    localisation: 'bản địa hóa',
    controlled: 'sửa nội dung do mô hình quy định',
    status: {
      changed: '',
      same: '',
      new: '(mới — sẽ tạo)',
      abolished: '(bãi bỏ — sẽ đánh dấu, không xóa)',
      missing: '(đơn vị không có tệp này)',
      excluded: '(không áp dụng cho đơn vị)',
      collision: '(tên tệp đã bị dùng — xung đột)',
    } as Record<DocStatus, string>,
    markers: 'khối xung đột chưa xử lý',
    rebuilt: 'không có .qms-answers.yaml: dựng lại câu trả lời từ qms.yaml',
    total: (d: UnitDiff) =>
      `Tổng: ${d.counts.modelChanges} thay đổi của mô hình trong ${d.counts.changedDocs} tệp${d.counts.lagging ? ` (${d.counts.lagging} ban hành theo phiên bản cũ hơn)` : ''}, ${d.counts.newDocs} tài liệu mới, ${d.counts.abolished} bãi bỏ; đơn vị: ${d.counts.localisation} bản địa hóa, ${d.counts.controlled} sửa nội dung do mô hình quy định; cập nhật sẽ có ${d.counts.conflicts} xung đột.`,
    was: 'gốc',
  },
  en: {
    model: 'model',
    unit: 'unit',
    conflict: 'conflict',
    behind: (n: number, list: string) => `${n} version(s) behind (${list})`,
    current: 'at the version',
    lagging: (n: number) => `${n} document(s) issued under older versions`,
    issuedUnder: (v: string) => `(text of version ${v})`,
    inSync: 'in sync',
    drift: 'drifted',
    localisation: 'localisation',
    controlled: 'edit of a model-controlled field',
    status: {
      changed: '',
      same: '',
      new: '(new — will be created)',
      abolished: '(abolished — will be flagged, not deleted)',
      missing: '(the unit has no such file)',
      excluded: '(not for this unit)',
      collision: '(file name taken — conflict)',
    } as Record<DocStatus, string>,
    markers: 'unresolved conflict block(s)',
    rebuilt: 'no .qms-answers.yaml: answers rebuilt from qms.yaml',
    total: (d: UnitDiff) =>
      `Total: ${d.counts.modelChanges} model change(s) in ${d.counts.changedDocs} file(s)${d.counts.lagging ? ` (${d.counts.lagging} issued under older versions)` : ''}, ${d.counts.newDocs} new document(s), ${d.counts.abolished} abolished; unit: ${d.counts.localisation} localisation(s), ${d.counts.controlled} edit(s) of model-controlled fields; an update would have ${d.counts.conflicts} conflict(s).`,
    was: 'base',
  },
};

/** A value on one line: strings quoted and cut, lists and maps summarised. */
export function showValue(value: Json | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return `"${escapeForDisplay(value, 60)}"`;
  if (value === null || typeof value !== 'object') return String(value);
  return escapeForDisplay(JSON.stringify(value), 60);
}

/** Values longer than this are shown as a word diff (or in full with --full). */
const LONG = 56;

function changeLine(change: Change, full: boolean): string {
  const label = labelOf(change.path);
  if (change.kind === 'added')
    return `+ ${label}${typeof change.after === 'object' ? '' : `: ${full ? fullValue(change.after) : showValue(change.after)}`}`;
  if (change.kind === 'removed') return `- ${label}`;
  const { before, after } = change;
  if (full) return `~ ${label}: ${fullValue(before)} → ${fullValue(after)}`;
  // Cut at ~60 characters, two long texts that differ late would look the same: show what changed.
  if (typeof before === 'string' && typeof after === 'string' && Math.max(before.length, after.length) > LONG)
    return `~ ${label}: "${escapeForDisplay(wordDiff(before, after), 400)}"`;
  return `~ ${label}: ${showValue(before)} → ${showValue(after)}`;
}

function fullValue(value: Json | undefined): string {
  if (value === undefined) return '—';
  return typeof value === 'string'
    ? `"${escapeForDisplay(value, 100_000)}"`
    : escapeForDisplay(JSON.stringify(value), 100_000);
}

/** One unit in detail: file by file, field by field. */
export function printUnitDiff(diff: UnitDiff, shownDir: string, io: Io, verbose: boolean, full = false): void {
  const w = WORDS[io.lang];
  // At the version, documents issued under older ones still lag: the changes listed below are theirs.
  const lagging = !diff.behind && diff.counts.lagging > 0 ? `, ${io.color.yellow(w.lagging(diff.counts.lagging))}` : '';
  const state =
    (diff.behind ? io.color.yellow(w.behind(diff.steps.length, diff.steps.join(', '))) : w.current) + lagging;
  const sync = diff.inSync ? io.color.green(w.inSync) : io.color.yellow(w.drift);
  io.out(
    io.color.bold(`${diff.name} (${shownDir})`) + ` — ${diff.modelId} ${diff.from} → ${diff.to}: ${state}; ${sync}`,
  );
  if (diff.answersRebuilt) io.out(`  ${io.color.dim(w.rebuilt)}`);
  for (const m of diff.markers) io.out(`  ${io.color.red(w.markers)}: ${m.relPath}:${m.line}`);
  for (const doc of diff.docs) printDoc(doc, io, verbose, full);
  io.out(`  ${w.total(diff)}`);
}

function printDoc(doc: DocDiff, io: Io, verbose: boolean, full: boolean): void {
  const w = WORDS[io.lang];
  const local = doc.localChanges.filter((c) => verbose || c.class === 'controlled');
  const hidden = doc.localChanges.length - local.length;
  if (doc.status === 'same' && local.length === 0 && hidden === 0) return;
  if (doc.status === 'excluded' && !verbose) return;
  const title = doc.title === doc.relPath ? '' : doc.title;
  const under = doc.status === 'changed' && doc.issuedUnder ? w.issuedUnder(doc.issuedUnder) : '';
  io.out(`  ${io.color.bold(doc.relPath)}  ${title} ${io.color.dim(w.status[doc.status] || under)}`.trimEnd());
  if (doc.status === 'changed' || verbose)
    for (const c of doc.modelChanges) io.out(`    ${io.color.cyan(w.model.padEnd(9))}${changeLine(c, full)}`);
  for (const c of local) io.out(`    ${w.unit.padEnd(9)}${changeLine(c, full)}  ${tag(c, io)}`);
  if (hidden > 0) io.out(`    ${w.unit.padEnd(9)}${io.color.dim(`… ${hidden} ${w.localisation} (--verbose)`)}`);
  for (const c of doc.merge?.conflicts ?? []) {
    io.out(
      `    ${io.color.red(w.conflict.padEnd(9))}${labelOf(c.path)} — ${w.unit} ${showValue(c.ours)}, ${w.model} ${showValue(c.theirs)}, ${w.was} ${showValue(c.base)}`,
    );
  }
}

function tag(change: ClassifiedChange, io: Io): string {
  const w = WORDS[io.lang];
  return change.class === 'localisation'
    ? io.color.dim(`[${w.localisation}: ${io.t(change.reason)}]`)
    : io.color.yellow(`[${w.controlled}]`);
}

/** A city at a glance: one row per unit. */
/** What the summary table reads of a unit's comparison: its versions and counts, not its documents. */
export interface UnitSummary {
  type: string;
  from: string;
  to: string;
  behind: boolean;
  inSync: boolean;
  /** Versions the update would cross. */
  steps: number;
  /** Conflict markers left in the files. */
  markers: number;
  counts: UnitDiff['counts'];
}

export function printSummary(rows: Array<{ shown: string; diff?: UnitSummary; error?: string }>, io: Io): void {
  const vi = io.lang === 'vi';
  const head = vi
    ? ['Đơn vị', 'Loại', 'Theo', 'Đích', 'Chậm', 'Thay đổi MH (tệp)', 'Sửa nội dung MH', 'Bản địa hóa', 'Xung đột']
    : [
        'Unit',
        'Type',
        'Follows',
        'Target',
        'Behind',
        'Model changes (files)',
        'Controlled edits',
        'Localisation',
        'Conflicts',
      ];
  const body = rows.map(({ shown, diff, error }) =>
    diff
      ? [
          shown,
          diff.type,
          diff.from,
          diff.to,
          String(diff.steps),
          `${diff.counts.modelChanges} (${diff.counts.changedDocs + diff.counts.newDocs + diff.counts.abolished})`,
          String(diff.counts.controlled),
          String(diff.counts.localisation),
          String(diff.counts.conflicts + diff.markers),
        ]
      : [shown, '', '', '', '', vi ? `lỗi: ${error}` : `error: ${error}`, '', '', ''],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (i === 5 && r[1] === '' ? 0 : r[i].length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  io.out(io.color.bold(line(head)));
  for (const r of body) io.out(r[1] === '' ? `${r[0].padEnd(widths[0])}  ${r[5]}` : line(r));
  const units = rows.filter((r) => r.diff).map((r) => r.diff!);
  const behind = units.filter((d) => d.behind);
  const byVersion = new Map<string, number>();
  for (const d of behind) byVersion.set(d.from, (byVersion.get(d.from) ?? 0) + 1);
  const versions = [...byVersion].map(([v, n]) => `${n} × ${v}`).join(', ');
  const controlled = units.filter((d) => d.counts.controlled > 0).length;
  const lagging = units.filter((d) => d.counts.lagging > 0).length;
  const errors = rows.length - units.length;
  io.out('');
  io.out(
    vi
      ? `${behind.length}/${units.length} đơn vị chậm phiên bản${versions ? ` (${versions})` : ''}; ${lagging} đơn vị có tài liệu ban hành theo phiên bản cũ hơn; ${controlled} đơn vị sửa nội dung do mô hình quy định; ${units.filter((d) => d.inSync).length} khớp mô hình${errors ? `; ${errors} lỗi` : ''}.`
      : `${behind.length}/${units.length} unit(s) behind${versions ? ` (${versions})` : ''}; ${lagging} with documents issued under older versions; ${controlled} with edits of model-controlled fields; ${units.filter((d) => d.inSync).length} in sync${errors ? `; ${errors} error(s)` : ''}.`,
  );
}
