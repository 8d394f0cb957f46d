import { QmsError } from '../../core/errors.js';
import { cleanText } from '../../core/sanitize.js';
import { escapeForDisplay, text } from '../../core/text.js';

/**
 * Invisible characters that change how a name reads (bidirectional overrides and isolates, zero-width
 * characters, the byte-order mark): a name pasted with one prints in a signed document looking like
 * another name. They are refused at input, naming the character, rather than silently kept or dropped.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** A person's name given on the command line (--auditor): cleaned, trimmed, refused if it hides characters. */
export function personNameOption(value: string, flag: string): string {
  const name = cleanText(value).trim();
  const hidden = INVISIBLE.exec(name);
  if (hidden) {
    const code = `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new QmsError(
      'E_USAGE',
      text(
        `${flag} "${escapeForDisplay(name, 120)}" chứa ký tự ẩn ${code} (đổi hướng chữ hoặc khoảng trắng không nhìn thấy): tên người không được chứa ký tự này`,
        `${flag} "${escapeForDisplay(name, 120)}" contains the invisible character ${code} (a direction override or zero-width space): a person's name may not contain it`,
      ),
      text(
        `Gõ lại tên thay vì dán từ nơi khác, ví dụ ${flag} "Hà Thị Yến".`,
        `Type the name again instead of pasting it, e.g. ${flag} "Hà Thị Yến".`,
      ),
    );
  }
  if (name === '') throw new QmsError('E_USAGE', text(`${flag} không được để trống`, `${flag} may not be empty`));
  return name;
}
