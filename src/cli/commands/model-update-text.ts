import type { FileOutcome, UpdatePlan } from '../../core/update/plan-update.js';
import type { Io } from '../io.js';
import { showValue } from './model-diff-text.js';

const LABELS = {
  vi: {
    merge: 'cập nhật',
    create: 'tạo mới',
    flag: 'bãi bỏ',
    record: 'ghi phiên bản',
    collision: 'xung đột',
    conflict: 'xung đột',
  },
  en: {
    merge: 'update',
    create: 'create',
    flag: 'abolished',
    record: 'record',
    collision: 'collision',
    conflict: 'conflict',
  },
};

function detail(o: FileOutcome, io: Io): string {
  const vi = io.lang === 'vi';
  switch (o.action) {
    case 'merge':
      return o.issue !== undefined
        ? vi
          ? `lần ban hành ${String(o.issue).padStart(2, '0')}, ${o.applied} thay đổi của mô hình`
          : `issue ${o.issue}, ${o.applied} model change(s)`
        : vi
          ? `${o.applied} thay đổi của mô hình`
          : `${o.applied} model change(s)`;
    case 'create':
      return o.title;
    case 'flag':
      return vi ? `${o.title}: đánh dấu BÃI BỎ, không xóa` : `${o.title}: flagged as abolished, not deleted`;
    case 'record':
      return vi ? 'ghi phiên bản mô hình mới' : 'records the new model version';
    case 'collision':
      return vi
        ? `tên tệp đã được dùng cho tài liệu khác; không tạo ${o.title}`
        : `file name already used by another document; ${o.title} not created`;
  }
}

/** What the update did (or would do): one line per file, conflicts with their place in the file. */
export function printUpdate(plan: UpdatePlan, shown: string, date: string, dryRun: boolean, io: Io): void {
  const vi = io.lang === 'vi';
  const labels = LABELS[io.lang];
  const d = plan.diff;
  if (plan.upToDate) {
    io.err(
      vi
        ? `${d.name} (${shown}) đã theo ${d.modelId} ${d.to}; không có gì để cập nhật.`
        : `${d.name} (${shown}) already follows ${d.modelId} ${d.to}; nothing to update.`,
    );
    return;
  }
  io.out(
    io.color.bold(`${d.name} (${shown}): ${d.modelId} ${d.from} → ${d.to}`) +
      (vi ? ` — ngày hiệu lực ${date}` : ` — effective ${date}`),
  );
  const width = Math.max(...Object.values(labels).map((l) => l.length));
  for (const o of plan.outcomes) {
    const label = labels[o.action].padEnd(width);
    const colored =
      o.action === 'create'
        ? io.color.green(label)
        : o.action === 'collision'
          ? io.color.red(label)
          : o.action === 'flag'
            ? io.color.yellow(label)
            : label;
    io.out(`  ${colored}  ${shown}/${o.relPath}  ${detail(o, io)}`);
    o.conflicts
      .filter((c) => c.kind !== 'collision')
      .forEach((c) => {
        const line = c.line ? `:${c.line}` : '';
        io.out(
          `  ${io.color.red(labels.conflict.padEnd(width))}  ${shown}/${o.relPath}${line}  ${c.label} — ${vi ? 'đơn vị' : 'unit'} ${showValue(c.ours)}, ${vi ? 'mô hình' : 'model'} ${showValue(c.theirs)}`,
        );
      });
  }
  const conflicts = plan.conflicts;
  const files = plan.plan.entries.filter((e) => e.action === 'create' || e.action === 'overwrite').length;
  const tail =
    conflicts > 0
      ? vi
        ? ` ${conflicts} xung đột để lại trong tệp (khối "# <<<<<<<"): chọn giá trị đúng, xóa khối chú thích, rồi chạy qms model diff ${shown}.`
        : ` ${conflicts} conflict(s) left in the files ("# <<<<<<<" blocks): pick the right value, delete the block, then run qms model diff ${shown}.`
      : '';
  io.err(
    dryRun
      ? vi
        ? `Chạy thử: sẽ ghi ${files} tệp; không ghi tệp nào.${tail}`
        : `Dry run: would write ${files} file(s); nothing written.${tail}`
      : vi
        ? `Đã cập nhật ${d.name} lên ${d.modelId} ${d.to}: ghi ${files} tệp.${tail}`
        : `Updated ${d.name} to ${d.modelId} ${d.to}: wrote ${files} file(s).${tail}`,
  );
}
