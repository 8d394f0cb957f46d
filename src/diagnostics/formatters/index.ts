import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const FORMATS = ['text', 'json', 'junit', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
};

export type { FormatOptions, Paint } from './types.js';
