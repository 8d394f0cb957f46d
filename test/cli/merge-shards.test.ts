import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir('qms-shards-');
afterAll(() => tmp.cleanup());
const city = join(repoRoot, 'examples', 'city');
const AS_OF = ['--as-of', '2014-12-31'];
const out = (name: string) => join(tmp.dir, name);

describe.each(['validate', 'readiness'] as const)('qms %s --merge of a shard set', (command) => {
  const shard = (i: number, n: number) => out(`${command}-${i}-${n}.json`);
  beforeAll(async () => {
    for (const [i, n] of [
      [1, 3],
      [2, 3],
      [3, 3],
    ])
      await runInProcess([
        command,
        city,
        ...AS_OF,
        '--shard',
        `${i}/${n}`,
        '--format',
        'json',
        '--output',
        shard(i, n),
      ]);
  });

  it('records i/n in each shard result', () => {
    expect(JSON.parse(readFileSync(shard(2, 3), 'utf8')).shard).toEqual({ index: 2, count: 3 });
  });

  it('merges a complete set', async () => {
    const r = await runInProcess([command, '--merge', shard(1, 3), shard(2, 3), shard(3, 3), '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).units).toHaveLength(5); // the five units of examples/city
  });

  it('refuses a missing shard (exit 2) unless --allow-partial', async () => {
    const r = await runInProcess([command, '--merge', shard(1, 3), shard(3, 3), '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2/3');
    const partial = await runInProcess([
      command,
      '--merge',
      shard(1, 3),
      shard(3, 3),
      '--allow-partial',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect([0, 1]).toContain(partial.code);
    expect(partial.stderr).toContain('2/3');
  });

  it('refuses a repeated shard (exit 2)', async () => {
    const copy = out(`${command}-copy.json`);
    writeFileSync(copy, readFileSync(shard(1, 3)));
    const r = await runInProcess([command, '--merge', shard(1, 3), copy, shard(2, 3), shard(3, 3), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1/3');
  });
});

// The merge reads the shards a unit at a time, and writes text and JSON from each unit's text as the
// whole run does (the other formats from every unit kept): every format gives the whole run's bytes.
describe.each([
  ['readiness', ['json', 'text', 'md', 'csv']],
  ['validate', ['json', 'text', 'sarif', 'junit']],
] as const)('qms %s --merge gives the whole run', (command, formats) => {
  const shards = [1, 2, 3].map((i) => out(`whole-${command}-${i}.json`));
  beforeAll(async () => {
    for (const [i, file] of shards.entries())
      await runInProcess([command, city, ...AS_OF, '--shard', `${i + 1}/3`, '-f', 'json', '-o', file]);
  });

  it.each(formats)('--format %s, byte for byte', async (format) => {
    const whole = await runInProcess([command, city, ...AS_OF, '-f', format, '--jobs', '1']);
    const merged = await runInProcess([command, '--merge', ...[...shards].reverse(), '-f', format]);
    expect([merged.code, merged.stderr]).toEqual([whole.code, whole.stderr]);
    expect(merged.stdout).toBe(whole.stdout);
  });
});

describe('duplicate unit ids in one tree', () => {
  const tree = out('dup-tree');
  beforeAll(() => {
    cpSync(join(city, 'xa-tam-hiep'), join(tree, 'xa-tam-hiep'), { recursive: true });
    cpSync(join(city, 'xa-tam-hiep'), join(tree, 'ban-sao', 'xa-tam-hiep'), { recursive: true });
    cpSync(join(city, 'so-tu-phap'), join(tree, 'so-tu-phap'), { recursive: true });
  });

  it.each(['validate', 'readiness'])(
    '%s names both folders and exits 2 (counted once is still wrong)',
    async (command) => {
      const r = await runInProcess([command, tree, ...AS_OF, '--lang', 'en', '--jobs', '1']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('E_DUP_UNIT');
      expect(r.stderr).toContain('xa-tam-hiep');
      expect(r.stderr).toContain('ban-sao/xa-tam-hiep');
    },
  );
});
