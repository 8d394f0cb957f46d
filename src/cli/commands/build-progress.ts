import type { Io } from '../io.js';

export interface Progress {
  /** `units` finished of the total; `label` the unit now at work, with its files made so far. */
  update(units: number, label: string, files?: { done: number; total: number }): void;
  clear(): void;
  done(): void;
}

const silent: Progress = { update: () => undefined, clear: () => undefined, done: () => undefined };

/**
 * One self-rewriting line on stderr while units build — only on a terminal, and only when there is
 * something to wait for: several units, or one unit's files (a large unit takes minutes). At most ten
 * redraws a second (workers report every file).
 */
export function createProgress(io: Io, total: number, stream: NodeJS.WritableStream = process.stderr): Progress {
  if (!io.interactive) return silent;
  let shown = false;
  let last = 0;
  const write = (s: string) => void stream.write(s);
  return {
    update(units, label, files) {
      if (total < 2 && !files) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const vi = io.lang === 'vi';
      const head = total < 2 ? (vi ? 'Đang xuất' : 'Building') : `${vi ? 'Đang xuất' : 'Building'} ${units}/${total}:`;
      const tail = files ? ` (${files.done}/${files.total} ${vi ? 'tệp' : 'files'})` : '';
      write(`\r\x1b[2K${`${head} ${label}`.slice(0, 100 - tail.length)}${tail}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
      last = 0;
    },
    done() {
      this.clear();
    },
  };
}
