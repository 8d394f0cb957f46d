import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import type * as FastYaml from '../../../src/core/yaml/fast-yaml.js';
import { readYaml, yamlDifference } from '../../../src/core/yaml/read-yaml.js';

const root = resolve(import.meta.dirname, '..', '..', '..');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

describe('readYaml: the one way a YAML text becomes data', () => {
  // What QMS_YAML_CHECK=1 does at run time, over every file the package ships and the examples.
  const shipped = ['models', 'data', 'examples'].flatMap((d) => yamlFiles(join(root, d)));

  it('the fast reader and the safe loader agree on every shipped model, data and example file', () => {
    expect(shipped.length).toBeGreaterThan(100);
    const differences = shipped
      .map((file) => [relative(root, file), yamlDifference(readFileSync(file, 'utf8').replace(/^\ufeff/, ''))])
      .filter(([, difference]) => difference !== undefined);
    expect(differences).toEqual([]);
  });

  it('gives the data of a clean text, and the problems with positions of a broken one', () => {
    expect(readYaml('a: 1\nb: [x, y]\n')).toEqual({ data: { a: 1, b: ['x', 'y'] }, problems: [] });
    const broken = readYaml('a: 1\na: 2\n');
    expect(broken.data).toBeUndefined();
    expect(broken.problems.map((p) => `${p.code}@${p.line}:${p.col}`)).toEqual(['E_DUP_KEY@2:1']);
  });

  it('keeps the Unicode spaces YAML keeps', () => {
    expect(readYaml('code: QT-01\u00a0\n').data).toEqual({ code: 'QT-01\u00a0' });
    expect(readYaml('code: "QT-01\\u00a0"\n').data).toEqual({ code: 'QT-01\u00a0' });
  });
});

describe('QMS_YAML_CHECK=1', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('../../../src/core/yaml/fast-yaml.js');
    vi.resetModules();
  });

  async function readerWithFastResult(result: unknown, check: boolean) {
    vi.resetModules();
    vi.stubEnv('QMS_YAML_CHECK', check ? '1' : '');
    // A fast reader that reads one value wrongly: what the check is there to catch.
    vi.doMock('../../../src/core/yaml/fast-yaml.js', async (original) => ({
      ...(await original<typeof FastYaml>()),
      fastParseYaml: () => result,
    }));
    return (await import('../../../src/core/yaml/read-yaml.js')).readYaml;
  }

  it('fails on any difference between the two readers, naming the file', async () => {
    const read = await readerWithFastResult({ name: 'Đại Mỗ' }, true);
    expect(() => read('name: Đại Mỗ\u00a0\n', { name: 'units/x/qms.yaml' })).toThrow(
      /QMS_YAML_CHECK: units\/x\/qms.yaml: the fast reader reads/,
    );
  });

  it('passes when both agree, and is off unless asked for', async () => {
    const data = { name: 'Đại Mỗ', roles: [{ id: 'a', people: ['An'] }] };
    expect((await readerWithFastResult(data, true))(stringify(data)).data).toEqual(data);
    expect((await readerWithFastResult({ wrong: true }, false))('a: 1\n').data).toEqual({ wrong: true });
  });
});
