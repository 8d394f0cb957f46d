import { text } from '../../text.js';
import { defineRule } from '../rule.js';

/** Reported by the engine when a file cannot be read as UTF-8 text. */
export default defineRule({
  id: 'QMS001',
  alias: 'file-readable',
  clause: '4.2.3',
  severity: 'error',
  title: text(
    'Tệp đọc được: UTF-8, tệp thường, không quá 1 MiB',
    'File is readable: UTF-8, a regular file, at most 1 MiB',
  ),
  description: text(
    'Mỗi tệp YAML của đơn vị phải là tệp thông thường (không phải liên kết tượng trưng, FIFO hay thiết bị), không quá 1 MiB, mã hóa UTF-8 (có hoặc không có BOM), xuống dòng LF hoặc CRLF. Tệp UTF-16, tệp có byte không phải UTF-8 (ví dụ lưu bằng bảng mã Windows-1258 hoặc TCVN3) và tệp xuống dòng kiểu Mac cũ (chỉ CR) không được đọc. Mã chi tiết: E_ENCODING, E_LINE_ENDINGS, E_TOO_BIG, E_SYMLINK, E_NOT_FILE, E_UNREADABLE.',
    'Every YAML file of the unit must be a regular file (not a symbolic link, FIFO or device), at most 1 MiB, UTF-8 (with or without a BOM), with LF or CRLF line endings. UTF-16 files, files with bytes that are not UTF-8 (saved in Windows-1258 or TCVN3, say) and files with old-Mac CR-only line endings are not read. Finer codes: E_ENCODING, E_LINE_ENDINGS, E_TOO_BIG, E_SYMLINK, E_NOT_FILE, E_UNREADABLE.',
  ),
  hint: text(
    'Lưu lại tệp dạng UTF-8, xuống dòng LF; thay liên kết bằng tệp thật.',
    'Save the file as UTF-8 with LF line endings; replace links with real files.',
  ),
});
