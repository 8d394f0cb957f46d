/**
 * A JSON report written a unit at a time (a tree's units as they are done), with the same bytes as
 * `JSON.stringify(report, null, 2)`: the report's own text with one marker in place of the array's
 * items, split at the marker's line (the head ends with `"units": [`, the tail starts with `],`), and
 * each item as its own text indented to its depth (JSON escapes line breaks inside strings, so every
 * line is the item's). Between items: `,\n`; before the first and after the last: `\n`.
 */
const MARK = '\u0000items';
const MARK_LINE = `\n    ${JSON.stringify(MARK)}\n`;

/** The text before and after the items of the top-level array `key` of `report` (whose items are ignored). */
export function splitAtItems(report: object, key: string): [string, string] {
  const whole = JSON.stringify({ ...report, [key]: [MARK] }, null, 2);
  const at = whole.indexOf(MARK_LINE);
  return [whole.slice(0, at), whole.slice(at + MARK_LINE.length)];
}

/** One item as it stands in a top-level array (no line break before or after, no comma). */
export function itemJson(item: unknown): string {
  return JSON.stringify(item, null, 2).replace(/^/gm, '    ');
}
