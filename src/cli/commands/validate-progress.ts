import { text, type Text } from '../../core/text.js';
import type { Io } from '../io.js';

/**
 * "units done / total, ETA" on one stderr line, only when stderr is a terminal. `doing` names the
 * work (validate by default; readiness passes its own).
 */
export function startProgress(
  io: Io,
  doing: Text = text('Đang kiểm tra', 'Validating'),
): { update: (done: number, total: number) => void; done: () => void; pause: () => void } {
  const start = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const eta = done > 0 ? Math.round((((now - start) / done) * (total - done)) / 1000) : 0;
      const label =
        io.lang === 'vi'
          ? `${doing.vi} ${done}/${total} đơn vị, còn khoảng ${eta} giây`
          : `${doing.en} ${done}/${total} units, about ${eta}s left`;
      process.stderr.write(`\r${label}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\u001b[K');
    },
    /** Clear the line before something else is printed; the next update draws it again. */
    pause() {
      if (shown) process.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
