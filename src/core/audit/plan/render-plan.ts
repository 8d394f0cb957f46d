import { loadCatalogue } from '../../standard/catalogue.js';
import type { Programme } from './build-plan.js';
import { programmeView } from './plan-view.js';

export type PlanFormat = 'docx' | 'md' | 'json';
export const PLAN_FORMATS: PlanFormat[] = ['docx', 'md', 'json'];

export async function renderProgramme(
  programme: Programme,
  format: PlanFormat,
  sourceDateEpoch?: string,
): Promise<string | Uint8Array> {
  if (format === 'json')
    return `${JSON.stringify({ format: 'qms-audit-programme', version: 1, ...programme }, null, 2)}\n`;
  const view = programmeView(programme, loadCatalogue(programme.standard));
  if (format === 'md') return (await import('../../render/templates.js')).renderViewWith('audit-plan', view, 'md');
  return (await import('../../render/docx/build-docx.js')).buildDocx(view, { sourceDateEpoch });
}
