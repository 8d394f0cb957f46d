import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { text, type Text } from '../text.js';

export const MAX_FILE_BYTES = 1024 * 1024;

/** A reason a file cannot be read as UTF-8 text; `line`/`col` when it points inside the file. */
export interface ReadProblem {
  code: 'E_NOT_FOUND' | 'E_SYMLINK' | 'E_NOT_FILE' | 'E_TOO_BIG' | 'E_ENCODING' | 'E_LINE_ENDINGS' | 'E_UNREADABLE';
  message: Text;
  hint: Text;
  line?: number;
  col?: number;
}

export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; problem: ReadProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a user file safely: never through a symlink, never a FIFO or device (O_NONBLOCK + fstat),
 * never more than 1 MiB, strict UTF-8 (a BOM is stripped), CR-only line endings refused unless
 * `acceptCrOnly` (CSV: spreadsheets on old Macs save with CR, and the CSV reader takes it).
 */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES, acceptCrOnly = false): ReadResult {
  const opened = openRegularFile(path);
  if (!opened.ok) return opened;
  const { fd, stat } = opened;
  try {
    if (stat.size > maxBytes) {
      return fail(
        'E_TOO_BIG',
        text(
          `tệp có ${stat.size} byte, vượt giới hạn ${maxBytes} byte`,
          `file is ${stat.size} bytes; the limit is ${maxBytes}`,
        ),
        text('Tách nội dung thành nhiều tệp nhỏ hơn.', 'Split the content into smaller files.'),
      );
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(bytes.subarray(0, read), acceptCrOnly);
  } catch (error) {
    return { ok: false, problem: openProblem(error as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Open a user file for reading by the rules of readTextFile (never through a symlink, never a FIFO
 * or device), for a reader that takes it a chunk at a time; the caller closes `fd`.
 */
export function openRegularFile(
  path: string,
): { ok: true; fd: number; stat: Stats } | { ok: false; problem: ReadProblem } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, problem: openProblem(error as NodeJS.ErrnoException) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return { ok: true, fd, stat };
    closeSync(fd);
    return {
      ok: false,
      problem: {
        code: 'E_NOT_FILE',
        message: text(
          'không phải tệp thông thường (thư mục, FIFO hoặc thiết bị)',
          'not a regular file (a directory, FIFO or device)',
        ),
        hint: text(
          'Chỉ đặt tệp YAML thông thường trong thư mục đơn vị.',
          'Keep only regular YAML files in the unit folder.',
        ),
      },
    };
  } catch (error) {
    closeSync(fd);
    return { ok: false, problem: openProblem(error as NodeJS.ErrnoException) };
  }
}

export function decode(bytes: Buffer, acceptCrOnly = false): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('E_ENCODING', text('tệp được mã hóa UTF-16', 'file is UTF-16'), saveAsUtf8());
  }
  let decoded: string;
  try {
    // isUtf8 (simdutf) + toString is several times faster than a fatal TextDecoder and gives the same
    // string; the decoder stays the authority (and finds the position) when the bytes are not UTF-8.
    if (isUtf8(bytes)) {
      decoded = bytes.toString('utf8');
      if (decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);
    } else {
      decoded = utf8.decode(bytes);
    }
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, col } = positionOfByte(bytes, at);
    return fail(
      'E_ENCODING',
      text(
        `byte 0x${bytes[at]?.toString(16).toUpperCase()} không phải UTF-8`,
        `byte 0x${bytes[at]?.toString(16).toUpperCase()} is not UTF-8`,
      ),
      saveAsUtf8(),
      line,
      col,
    );
  }
  if (!acceptCrOnly && decoded.includes('\r') && !decoded.includes('\n')) {
    return fail(
      'E_LINE_ENDINGS',
      text('tệp dùng ký tự xuống dòng CR (kiểu Mac cũ)', 'file uses CR-only (old Mac) line endings'),
      text('Lưu lại tệp với kiểu xuống dòng LF hoặc CRLF.', 'Save the file with LF or CRLF line endings.'),
    );
  }
  return { ok: true, text: decoded, bytes };
}

function saveAsUtf8(): Text {
  return text(
    'Lưu lại tệp với mã hóa UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8).',
    'Save the file as UTF-8.',
  );
}

function fail(code: ReadProblem['code'], message: Text, hint: Text, line?: number, col?: number): ReadResult {
  return { ok: false, problem: { code, message, hint, line, col } };
}

function openProblem(error: NodeJS.ErrnoException): ReadProblem {
  switch (error.code) {
    case 'ENOENT':
      return {
        code: 'E_NOT_FOUND',
        message: text('không tìm thấy tệp', 'file not found'),
        hint: text('Kiểm tra lại đường dẫn.', 'Check the path.'),
      };
    case 'ELOOP':
      return {
        code: 'E_SYMLINK',
        message: text(
          'là liên kết tượng trưng (symlink); công cụ không đi theo liên kết',
          'is a symbolic link; links are not followed',
        ),
        hint: text('Thay liên kết bằng tệp thật.', 'Replace the link with a real file.'),
      };
    case 'EISDIR':
      return {
        code: 'E_NOT_FILE',
        message: text('là thư mục, không phải tệp', 'is a directory, not a file'),
        hint: text('Chỉ định một tệp YAML.', 'Name a YAML file.'),
      };
    default:
      return {
        code: 'E_UNREADABLE',
        message: text(
          `không đọc được tệp (${error.code ?? error.message})`,
          `cannot read the file (${error.code ?? error.message})`,
        ),
        hint: text('Kiểm tra quyền đọc tệp.', 'Check the file permissions.'),
      };
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}

function positionOfByte(bytes: Buffer, at: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = Buffer.from(bytes.subarray(lineStart, at)).toString('utf8').length + 1;
  return { line, col };
}
