import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStandaloneSource } from '../../../src/core/validate/schema/generate-standalone.js';
import { describeSchemaErrors } from '../../../src/core/validate/schema/messages.js';
import { usesPrecompiledValidators, validatorFor } from '../../../src/core/validate/schema/validators.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const generated = join(root, 'src', 'core', 'validate', 'schema', 'standalone-validators.generated.ts');

describe('schema layer', () => {
  it('the precompiled validators are current with schemas/ (UPDATE_STANDALONE=1 rewrites them)', () => {
    const expected = generateStandaloneSource(join(root, 'schemas'));
    if (process.env.UPDATE_STANDALONE) writeFileSync(generated, expected);
    expect(
      readFileSync(generated, 'utf8') === expected,
      'stale: run UPDATE_STANDALONE=1 npx vitest run test/core/validate/schema.test.ts',
    ).toBe(true);
    if (!process.env.UPDATE_STANDALONE) expect(usesPrecompiledValidators()).toBe(true);
  });

  it('one readable finding per problem, missing fields at the parent, unknown ones at the key', () => {
    const validate = validatorFor('procedure');
    const data = {
      code: 'QT-HT-01',
      title: 'x',
      kind: 'operational',
      issue: 1,
      effectiveDate: '2012-06-01',
      purpose: 'p',
      scope: 's',
      steps: [{ action: 'a', role: 'mot-cua', extra: 1 }],
      records: [{ name: 'r', retention: 'forever' }],
      approval: {
        prepared: { name: 'a', title: 't', date: '2012-06-01' },
        reviewed: { name: 'b', title: 't', date: '2012-06-01' },
      },
      revisions: [{ issue: 1, date: '2012-06-01', description: 'd' }],
    };
    expect(validate(data)).toBe(false);
    const findings = describeSchemaErrors(validate.errors ?? [], data).map((f) => [f.path, f.atKey, f.keyword]);
    expect(findings).toEqual([
      ['/steps/0/extra', true, 'additionalProperties'],
      ['/records/0/retention', false, 'oneOf'],
      ['/approval', false, 'required'],
    ]);
  });
});
