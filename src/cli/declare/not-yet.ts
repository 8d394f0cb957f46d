import type { Io } from '../io.js';

/** For commands whose issue has not landed yet: a clear message and exit 2, never a silent success. */
export function notYetImplemented(io: Io, name: string): number {
  io.err(
    io.lang === 'vi'
      ? `lệnh "${name}" chưa được triển khai trong phiên bản này`
      : `"${name}" is not yet implemented in this version`,
  );
  return 2;
}
