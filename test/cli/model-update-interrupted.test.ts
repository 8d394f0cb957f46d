import type * as realFs from 'node:fs';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { communeInitArgs, snapshot } from '../helpers/commune-2012.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/**
 * Issue 11 item 1: a model update killed or failing part-way must not leave the manifest at the new
 * version over old documents. The fault is real file-system failure: rename(2) fails from the N-th
 * call on (as when the disk goes away), then the run is repeated with a healthy disk.
 */
const fault = vi.hoisted(() => ({ after: -1, calls: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof realFs>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (fault.after >= 0 && fault.calls++ >= fault.after)
      throw Object.assign(new Error(`EIO: i/o error, rename '${String(from)}'`), { code: 'EIO' });
    fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

const tmp = tempDir('qms-update-fault-');
afterAll(tmp.cleanup);

const UPDATE = ['model', 'update', '--to', '2.0.0', '--date', '2015-05-04', '--lang', 'en'];
let base: string;
let expected: Record<string, string>;
beforeAll(async () => {
  base = join(tmp.dir, 'base', 'xa');
  const r = await runInProcess(communeInitArgs(base));
  expect(r.code, r.stderr).toBe(0);
  // The same update, uninterrupted, in a folder at the same depth: what every interrupted run must end as.
  const control = join(tmp.dir, 'ctrl', 'xa');
  cpSync(base, control, { recursive: true });
  const ok = await runInProcess([...UPDATE, control]);
  expect(ok.code, ok.stderr).toBe(0);
  expected = snapshot(control);
}, 60_000);

describe('model update is one transaction (issue 11 item 1)', () => {
  for (const after of [0, 1, 3]) {
    it(`a failure at rename #${after + 1}: the manifest keeps the old version; the next run finishes the update`, async () => {
      const dir = join(tmp.dir, `case-${after}`, 'xa');
      cpSync(base, dir, { recursive: true });
      const before = readFileSync(join(dir, 'qms.yaml'), 'utf8');
      Object.assign(fault, { after, calls: 0 });
      const failed = await runInProcess([...UPDATE, dir]);
      Object.assign(fault, { after: -1, calls: 0 });
      expect(failed.code).not.toBe(0);
      // The manifest is written last: it still names the old version while documents are missing.
      expect(readFileSync(join(dir, 'qms.yaml'), 'utf8')).toBe(before);
      // model diff does not take the missing changes for local edits.
      const diff = await runInProcess(['model', 'diff', dir, '--lang', 'en']);
      expect(diff.code).toBe(2);
      expect(diff.stderr).toContain('was interrupted');
      expect(diff.stderr).toContain('qms model update');
      // The next run finishes it: the unit ends exactly as after an uninterrupted update.
      const again = await runInProcess([...UPDATE, dir]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toContain('finished the interrupted update (model update 1.0.0 → 2.0.0)');
      expect(snapshot(dir)).toEqual(expected);
    });
  }

  it('killed while staging (before the journal, the commit point): nothing changed, leftovers removed next run', async () => {
    const dir = join(tmp.dir, 'stage', 'xa');
    cpSync(base, dir, { recursive: true });
    // What a kill -9 during staging leaves: a half-written staged file, no journal, originals intact.
    writeFileSync(join(dir, 'procedures', 'QT-HT-04.yaml.qms-staged'), 'code: QT-HT-04\ntit');
    const diff = await runInProcess(['model', 'diff', dir, '--lang', 'en']);
    expect(diff.stderr).not.toContain('was interrupted');
    const r = await runInProcess([...UPDATE, dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(expected);
  });
});
