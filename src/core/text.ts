/** A message in both languages the tool speaks; formatters pick one. */
export interface Text {
  vi: string;
  en: string;
}

export function text(vi: string, en: string): Text {
  return { vi: vi.normalize('NFC'), en };
}

/** Show user-controlled text safely in a terminal or a message: control characters escaped, cut to `max`. */
export function escapeForDisplay(value: string, max = 80): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}
