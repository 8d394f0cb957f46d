import { relative } from 'node:path';
import { escapeForDisplay } from '../../core/text.js';
import type { WriteNotes } from '../../core/write-files.js';
import type { Io } from '../io.js';

/** Tell the user about temp files: ours of an interrupted run (removed), others next to what we wrote (left). */
export function printWriteNotes(notes: WriteNotes | undefined, io: Io): void {
  if (!notes) return;
  const shown = (p: string) => escapeForDisplay(relative(process.cwd(), p) || p, 200);
  for (const p of notes.removedTemps)
    io.err(
      `  ${io.color.dim(io.lang === 'vi' ? 'dọn' : 'cleaned')}: ${shown(p)} ${
        io.lang === 'vi' ? '(tệp tạm của một lần chạy bị ngắt)' : '(temp file of an interrupted run)'
      }`,
    );
  for (const p of notes.foreignTemps)
    io.err(
      `  ${io.color.yellow(io.lang === 'vi' ? 'lưu ý' : 'note')}: ${shown(p)} ${
        io.lang === 'vi'
          ? 'là tệp tạm không do qms tạo; xóa đi nếu không chương trình nào đang dùng'
          : 'is a temp file qms did not make; delete it if nothing is using it'
      }`,
    );
}
