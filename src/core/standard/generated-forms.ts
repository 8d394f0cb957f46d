import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { readYamlOrThrow } from '../yaml/read-yaml.js';

/**
 * The forms qms itself makes (data/issued/frame.yaml, `generatedForms`): shared knowledge, read by the
 * documents that render them and by the rule that asks every other form for a source (QMS050).
 */
let cached: Array<{ title: string; by: string }> | undefined;

/** The command that makes a form with this title, when qms makes it. */
export function generatorOf(title: string): string | undefined {
  cached ??=
    readYamlOrThrow<{ generatedForms?: Array<{ title: string; by: string }> }>(join(dataDir, 'issued', 'frame.yaml'))
      .generatedForms ?? [];
  const t = title.toLocaleLowerCase('vi').normalize('NFC').trim();
  return cached.find((g) => t.startsWith(g.title))?.by;
}
