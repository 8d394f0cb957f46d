import type { ValidationReport } from '../report.js';
import type { RuleMeta } from '../../core/validate/rule.js';

/** Styling functions (identity when colour is off); the CLI passes chalk's, tests pass none. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const NO_PAINT: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s };

export interface FormatOptions {
  lang: 'vi' | 'en';
  paint?: Paint;
  /** List waived diagnostics too (marked as waived). */
  showWaived?: boolean;
  /** Only problems: no per-unit summaries, no clean units, no total. */
  quiet?: boolean;
  failOn?: 'error' | 'warning';
  /** The rule catalogue (SARIF lists it). */
  rules?: readonly RuleMeta[];
  /** Base URL of the tool's docs (README.md, docs/rules/<id>.md), ending in "/" (SARIF links to it). */
  docsBaseUrl?: string;
}

export type Formatter = (report: ValidationReport, options: FormatOptions) => string;

/** The path a diagnostic is shown with: unit folder + file, forward slashes. */
export function displayPath(unit: string, file: string): string {
  if (!file) return unit;
  return unit === '.' ? file : `${unit.replace(/\/$/, '')}/${file}`;
}
