import { relative, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { schemasDir } from '../paths.js';

/**
 * A YAML file the tool writes: the editor modeline (relative path from the file to our schemas, so
 * VS Code's YAML extension gives completion and red squiggles), then the data in the core schema.
 */
export function toYamlFile(data: unknown, schemaFile: string, fileAbsPath: string): string {
  const schemaPath = relative(dirname(fileAbsPath), join(schemasDir, schemaFile)).split('\\').join('/');
  const body = stringify(data, {
    schema: 'core',
    version: '1.2',
    lineWidth: 0,
    aliasDuplicateObjects: false,
    indentSeq: true,
  });
  return `# yaml-language-server: $schema=${schemaPath}\n${body}`.normalize('NFC');
}
