import { stringify } from 'yaml';
import type { Json } from './json.js';

// The same style qms init writes (src/core/yaml/stringify-yaml.ts): core schema, no folding, "  - " lists.
const OPTIONS = {
  schema: 'core',
  version: '1.2',
  lineWidth: 0,
  indentSeq: true,
  aliasDuplicateObjects: false,
} as const;

/** A value as YAML lines at column 0 (no trailing empty line). */
export function yamlLines(value: Json): string[] {
  return stringify(value, OPTIONS).normalize('NFC').replace(/\n$/, '').split('\n');
}

const pad = (n: number) => ' '.repeat(n);

/** The text after "key:" up to the end of its last line: " 3\n", or "\n    - a\n    - b\n" for a list. */
export function renderAfterKey(value: Json, keyCol: number): string {
  const lines = yamlLines(value);
  const block =
    typeof value === 'object' &&
    value !== null &&
    (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);
  if (block) return `\n${lines.map((l) => pad(keyCol + 2) + l).join('\n')}\n`;
  return ` ${[lines[0], ...lines.slice(1).map((l) => pad(keyCol) + l)].join('\n')}\n`;
}

/** A whole list item as lines starting at the line start: "  - action: …\n    role: …\n". */
export function renderItem(value: Json, dashCol: number): string {
  const lines = yamlLines(value);
  return `${[`${pad(dashCol)}- ${lines[0]}`, ...lines.slice(1).map((l) => pad(dashCol + 2) + l)].join('\n')}\n`;
}

/** The value of a list item after its "- " up to the end of its last line. */
export function renderItemValue(value: Json, col: number): string {
  const lines = yamlLines(value);
  return `${[lines[0], ...lines.slice(1).map((l) => pad(col) + l)].join('\n')}\n`;
}

/** A whole "key: value" entry as lines starting at the line start. */
export function renderPair(key: string, value: Json, keyCol: number): string {
  return `${yamlLines({ [key]: value })
    .map((l) => pad(keyCol) + l)
    .join('\n')}\n`;
}

/** A value quoted in a YAML comment, one "# " line per line. */
export function commentLines(value: Json | undefined, key?: string): string[] {
  if (value === undefined) return ['(không có)'];
  const lines = key === undefined ? yamlLines(value) : yamlLines({ [key]: value });
  return lines.length > 40 ? [...lines.slice(0, 39), '…'] : lines;
}
