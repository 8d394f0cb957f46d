import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/core/model/load-model.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir('qms-diff-long-');
afterAll(() => tmp.cleanup());

describe('qms model diff of a long value changed near its end', () => {
  it('shows the changed words, and the whole values with --full', async () => {
    const dir = join(tmp.dir, 'so');
    const roles = loadModel('hanoi-qms').unitTypes.so!.roles.filter((r) => r.required);
    const init = await runInProcess([
      'init',
      dir,
      '--yes',
      '--type',
      'so',
      '--name',
      'Sở Tư pháp',
      ...roles.flatMap((r) => ['--person', `${r.id}=Nguyễn Văn An`]),
      '--effective-date',
      '2012-06-01',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const file = readdirSync(join(dir, 'procedures')).find((f) =>
      /^purpose: .{70,}$/m.test(readFileSync(join(dir, 'procedures', f), 'utf8')),
    )!;
    const path = join(dir, 'procedures', file);
    const source = readFileSync(path, 'utf8');
    const purpose = /^purpose: (.*)$/m.exec(source)![1];
    writeFileSync(path, source.replace(/^purpose: .*$/m, `purpose: ${purpose.replace(/\.?$/, ' và đúng hạn.')}`));

    const r = await runInProcess(['model', 'diff', dir, '--lang', 'en']);
    const line = r.stdout.split('\n').find((l) => l.includes('purpose'))!;
    expect(line, r.stdout).toBeDefined();
    expect(line).toContain('{+');
    expect(line).toContain('đúng hạn.');

    const full = await runInProcess(['model', 'diff', dir, '--full', '--lang', 'en']);
    const fullLine = full.stdout.split('\n').find((l) => l.includes('purpose'))!;
    expect(fullLine).toContain(`"${purpose}" → "`);
  });
});
