import { cleanText } from '../sanitize.js';

/**
 * Read values of a unit file without trusting their shape: with `--force` a document is built from a
 * file that failed validation, so every field may be missing or of the wrong type. These never throw.
 */

export type Data = Record<string, unknown>;

export function obj(value: unknown): Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A clean string, or '' when the value is not text (numbers are shown as written). */
export function str(value: unknown): string {
  if (typeof value === 'string') return cleanText(value).trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Strings of a list, without the empty ones. */
export function strings(value: unknown): string[] {
  return list(value)
    .map(str)
    .filter((s) => s !== '');
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
