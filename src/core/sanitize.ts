/**
 * Text as the documents may carry it: NFC, no control characters (tab becomes a space), no U+FFFE/U+FFFF
 * (docx would write ill-formed XML, and LibreOffice then silently produces nothing), lone surrogates
 * replaced, CR LF folded to LF. Newlines are kept: each renderer turns them into its own line break.
 */
// eslint-disable-next-line no-control-regex
const DROP = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(DROP, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC');
}

/** The lines of a cleaned text (for renderers that need explicit breaks). */
export function linesOf(value: string): string[] {
  return value.split('\n');
}
