import type { PlanEntry, WritePlan } from '../../core/write-files.js';
import type { Io } from '../io.js';

const LABELS = {
  vi: { create: 'tạo mới', overwrite: 'ghi đè', skip: 'bỏ qua', unchanged: 'không đổi' },
  en: { create: 'create', overwrite: 'overwrite', skip: 'skip', unchanged: 'unchanged' },
};

/** `--dry-run`: one line per file with what would happen to it; nothing is written. */
export function printPlan(
  plan: WritePlan | { entries: Array<Pick<PlanEntry, 'relPath' | 'action'>> },
  io: Io,
  shownRoot: string,
): void {
  const labels = LABELS[io.lang];
  const width = Math.max(...Object.values(labels).map((l) => l.length));
  for (const entry of plan.entries) {
    const label = labels[entry.action].padEnd(width);
    const colored =
      entry.action === 'create'
        ? io.color.green(label)
        : entry.action === 'overwrite'
          ? io.color.yellow(label)
          : io.color.dim(label);
    io.out(`${colored}  ${shownRoot.replace(/\/$/, '')}/${entry.relPath}`);
  }
  const count = (a: string) => plan.entries.filter((e) => e.action === a).length;
  io.err(
    io.lang === 'vi'
      ? `Chạy thử: ${count('create')} tạo mới, ${count('overwrite')} ghi đè, ${count('skip')} bỏ qua, ${count('unchanged')} không đổi; không ghi tệp nào.`
      : `Dry run: ${count('create')} create, ${count('overwrite')} overwrite, ${count('skip')} skip, ${count('unchanged')} unchanged; nothing written.`,
  );
}
