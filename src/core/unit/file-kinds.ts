import type { FileKind } from './types.js';

/** Sub-folders of a unit and the kind of YAML file each holds. */
export const UNIT_FOLDERS: Record<string, FileKind> = {
  procedures: 'procedure',
  objectives: 'objectives',
  audits: 'audit',
  reviews: 'review',
};

const TOP_FILES: Record<string, FileKind> = {
  'qms.yaml': 'unit',
  '.qms-answers.yaml': 'answers',
  'policy.yaml': 'policy',
  'manual.yaml': 'manual',
  // TCVN ISO 9001:2015 documented information (qms transition --apply, models 3.x).
  'context.yaml': 'context',
  'risks.yaml': 'risks',
  'process-map.yaml': 'process-map',
};

/** Folders inside a unit the tool never reads (build output, VCS). */
export const IGNORED_FOLDERS = new Set(['dist', 'node_modules', '.git']);

export const MANIFEST = 'qms.yaml';
export const ANSWERS = '.qms-answers.yaml';

export function kindOf(relPath: string): FileKind {
  const parts = relPath.split('/');
  if (parts.length === 1) return TOP_FILES[parts[0]] ?? 'unknown';
  if (parts.length === 2) return UNIT_FOLDERS[parts[0]] ?? 'unknown';
  return 'unknown';
}

/** The JSON Schema file (in schemas/) for each kind. */
export const SCHEMA_OF: Record<Exclude<FileKind, 'unknown'>, string> = {
  unit: 'unit.schema.json',
  answers: 'answers.schema.json',
  policy: 'policy.schema.json',
  manual: 'manual.schema.json',
  objectives: 'objectives.schema.json',
  procedure: 'procedure.schema.json',
  audit: 'audit.schema.json',
  review: 'review.schema.json',
  context: 'context.schema.json',
  risks: 'risks.schema.json',
  'process-map': 'process-map.schema.json',
};

export function isYamlName(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}
