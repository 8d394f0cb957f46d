import { QmsError } from '../errors.js';
import { escapeForDisplay, text, type Text } from '../text.js';

/**
 * What to do about a write that the user's environment refused. These are not bugs of ours: like
 * git and npm, name the path and the cause and exit 2, with no "report the bug".
 */
const CAUSES: Record<string, { what: Text; todo: Text }> = {
  EACCES: {
    what: text('không có quyền ghi', 'permission denied'),
    todo: text(
      'Kiểm tra quyền ghi của thư mục (ls -ld), hoặc chọn thư mục khác.',
      'Check the folder is writable by you (ls -ld), or choose another folder.',
    ),
  },
  EPERM: {
    what: text('hệ điều hành không cho phép thao tác', 'operation not permitted'),
    todo: text(
      'Kiểm tra quyền và thuộc tính của tệp (ví dụ chattr +i), hoặc đóng chương trình đang giữ tệp.',
      'Check the file’s permissions and attributes (e.g. chattr +i), or close the program holding it.',
    ),
  },
  ENOSPC: {
    what: text('ổ đĩa đã đầy', 'no space left on the device'),
    todo: text('Giải phóng dung lượng ổ đĩa rồi chạy lại.', 'Free some disk space and run again.'),
  },
  EDQUOT: {
    what: text('đã hết hạn mức dung lượng', 'disk quota exceeded'),
    todo: text(
      'Giải phóng dung lượng hoặc xin tăng hạn mức, rồi chạy lại.',
      'Free space or raise the quota, then run again.',
    ),
  },
  ENOTDIR: {
    what: text('một phần của đường dẫn là tệp, không phải thư mục', 'part of the path is a file, not a folder'),
    todo: text(
      'Kiểm tra đường dẫn: đổi tên hoặc xóa tệp đứng ở chỗ của thư mục.',
      'Check the path: rename or remove the file that stands where a folder should be.',
    ),
  },
  EISDIR: {
    what: text('đường dẫn là một thư mục', 'the path is a folder'),
    todo: text('Chọn tên tệp, không phải thư mục.', 'Give a file name, not a folder.'),
  },
  ENOENT: {
    what: text('thư mục chứa không tồn tại', 'its folder does not exist'),
    todo: text(
      'Tạo thư mục trước (mkdir -p) hoặc sửa đường dẫn.',
      'Create the folder first (mkdir -p) or fix the path.',
    ),
  },
  EROFS: {
    what: text('hệ thống tệp chỉ cho phép đọc', 'the file system is read-only'),
    todo: text(
      'Ghi vào ổ đĩa khác (--out/--output), hoặc gắn lại ổ với quyền ghi.',
      'Write somewhere else (--out/--output), or remount the disk read-write.',
    ),
  },
  ENAMETOOLONG: {
    what: text('tên tệp hoặc đường dẫn quá dài', 'the file name or path is too long'),
    todo: text('Chọn thư mục có đường dẫn ngắn hơn.', 'Choose a folder with a shorter path.'),
  },
  EMFILE: {
    what: text('mở quá nhiều tệp cùng lúc', 'too many open files'),
    todo: text('Tăng giới hạn (ulimit -n) hoặc giảm --jobs.', 'Raise the limit (ulimit -n) or lower --jobs.'),
  },
  EBUSY: {
    what: text('tệp đang bị chương trình khác giữ', 'the file is busy'),
    todo: text(
      'Đóng tệp trong Word hoặc chương trình khác rồi chạy lại.',
      'Close the file in Word or another program, then run again.',
    ),
  },
};

export const ENVIRONMENT_CODES = Object.keys(CAUSES);

/** The errno code of an error, when it is one the user's environment caused. */
export function environmentCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && code in CAUSES ? code : undefined;
}

/** What an environment error code means, in both languages ("permission denied"…). */
export function causeOf(code: string | undefined): Text | undefined {
  return code !== undefined && code in CAUSES ? CAUSES[code].what : undefined;
}

/** A QmsError (exit 2, E_WRITE) for an environment error while writing `path`; anything else is rethrown. */
export function asWriteError(error: unknown, path: string): never {
  if (error instanceof QmsError) throw error;
  const code = environmentCode(error);
  if (!code) throw error;
  const cause = CAUSES[code];
  const shown = escapeForDisplay(path, 200);
  throw new QmsError(
    'E_WRITE',
    text(`không ghi được ${shown}: ${cause.what.vi} (${code})`, `cannot write ${shown}: ${cause.what.en} (${code})`),
    cause.todo,
  );
}

/** Run one write step, turning an environment error into the user-facing E_WRITE for `path`. */
export function writeStep<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    return asWriteError(error, path);
  }
}
