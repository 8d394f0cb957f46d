import type { Io } from '../io.js';

export interface Progress {
  update(index: number, label: string): void;
  clear(): void;
  done(): void;
}

const silent: Progress = { update: () => undefined, clear: () => undefined, done: () => undefined };

/** One self-rewriting line on stderr while a tree builds — only on a terminal, only for several units. */
export function createProgress(io: Io, total: number, stream: NodeJS.WritableStream = process.stderr): Progress {
  if (!io.interactive || total < 2) return silent;
  let shown = false;
  const write = (s: string) => void stream.write(s);
  return {
    update(index, label) {
      const line = `${io.lang === 'vi' ? 'Đang xuất' : 'Building'} ${index + 1}/${total}: ${label}`;
      write(`\r\x1b[2K${line.slice(0, 100)}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
    done() {
      this.clear();
    },
  };
}
