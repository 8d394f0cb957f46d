import { renderCsv } from './csv.js';
import type { ReadinessReport } from '../report.js';
import type { Lang } from './common.js';
import { renderReadinessTemplate } from './templates.js';
import { renderText, type Paint } from './text.js';
import { buildView } from './view.js';

export const READINESS_FORMATS = ['text', 'json', 'md', 'html', 'csv'] as const;
export type ReadinessFormat = (typeof READINESS_FORMATS)[number];

/** The report in one format; text may be painted (terminal colours). */
export function renderReadiness(report: ReadinessReport, format: ReadinessFormat, lang: Lang, paint?: Paint): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return renderCsv(report, lang);
    case 'md':
      return renderReadinessTemplate(buildView(report, lang, report.tool.version), 'md');
    case 'html':
      return renderReadinessTemplate(buildView(report, lang, report.tool.version), 'html');
    default:
      return `${renderText(report, lang, paint)}\n`;
  }
}

export type { Paint };
