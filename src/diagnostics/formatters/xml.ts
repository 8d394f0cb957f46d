/** Escape text for XML 1.0: markup characters, and characters XML cannot carry at all. */
export function xmlEscape(s: string): string {
  return s
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
