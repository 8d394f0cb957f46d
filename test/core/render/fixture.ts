import { resolve } from 'node:path';
import { renderUnit, type OutputFormat, type RenderedUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';

export const FIXTURE = resolve(import.meta.dirname, '..', '..', 'fixtures', 'build', 'xa-dai-mo');

/** Render the fixture unit in memory. */
export function renderFixture(
  formats: OutputFormat[],
  only?: string[],
  sourceDateEpoch?: string,
): Promise<RenderedUnit> {
  return renderUnit(loadUnit(FIXTURE), { formats, only, sourceDateEpoch });
}

export function fileOf(rendered: RenderedUnit, relPath: string): Uint8Array | string {
  const file = rendered.files.find((f) => f.relPath === relPath);
  if (!file) throw new Error(`no ${relPath} in ${rendered.files.map((f) => f.relPath).join(', ')}`);
  return file.content;
}
