import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/core/yaml/read-yaml.js';

/**
 * Every model file matches the schema its modeline names (what scripts/check-model-data.mjs used to
 * check by hand); the rest of that script's checks are qms validate's rules on the units qms init
 * makes from the model (step times within legal time, forms listed, NFC), run by the CLI tests.
 */

const root = resolve(import.meta.dirname, '..', '..', '..');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
for (const name of readdirSync(join(root, 'schemas')))
  ajv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as object);

describe('model files', () => {
  const files = yamlFiles(join(root, 'models'));

  it('each names its schema and matches it', () => {
    expect(files.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const kind = /\$schema=\S*\/([a-z-]+)\.schema\.json/.exec(source)?.[1];
      const rel = relative(root, file);
      if (!kind) {
        problems.push(`${rel}: no $schema modeline`);
        continue;
      }
      const { data, problems: yaml } = readYaml(source);
      const validate = ajv.getSchema(`https://qms.local/schemas/${kind}.schema.json`);
      if (yaml.length > 0 || !validate) problems.push(`${rel}: ${yaml[0]?.message.en ?? `unknown schema ${kind}`}`);
      else if (!validate(data)) problems.push(`${rel}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(problems).toEqual([]);
  });
});
