import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

/**
 * Sở Tư pháp follows 2.0.0, but four of its procedures were last issued under older versions (QT-BT-01 in 2013
 * under 1.0.0, with Luật Công chứng 2006): at its own version it is not in sync with the model, and model diff
 * must say so in its summary and exit code, not only in the changes it lists.
 */
const dir = join(packageRoot, 'examples', 'city', 'so-tu-phap');

interface DiffJson {
  units: Array<{
    inSync: boolean;
    behind: boolean;
    counts: { changedDocs: number; lagging: number };
    documents: Array<{ file: string; status: string; issuedUnder?: string }>;
  }>;
}

describe('qms model diff of a unit at its version with documents issued under older ones', () => {
  it('JSON: not in sync, the lagging documents counted and each with the version it was issued under (exit 1)', async () => {
    const r = await runInProcess(['model', 'diff', dir, '--to', '2.0.0', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const unit = (JSON.parse(r.stdout) as DiffJson).units[0];
    expect(unit.behind).toBe(false);
    expect(unit.inSync).toBe(false);
    expect(unit.counts.lagging).toBe(unit.counts.changedDocs);
    expect(unit.counts.lagging).toBeGreaterThan(0);
    const notary = unit.documents.find((d) => d.file === 'procedures/QT-BT-01.yaml');
    // Its text is that of a 1.x version (the newest one it matches: 1.0.0's text lasted several releases).
    expect(notary).toMatchObject({ status: 'changed', issuedUnder: expect.stringMatching(/^1\./) as unknown });
    for (const d of unit.documents.filter((x) => x.status === 'changed')) expect(d.issuedUnder).toMatch(/^1\./);
  });

  it('text: the header and the total say the documents lag, in Vietnamese and English (exit 1)', async () => {
    const vi = await runInProcess(['model', 'diff', dir, '--to', '2.0.0']);
    expect(vi.code, vi.stderr).toBe(1);
    const n = /(\d+) tài liệu ban hành theo phiên bản cũ hơn/.exec(vi.stdout)?.[1];
    expect(vi.stdout).toContain(
      `hanoi-qms 2.0.0 → 2.0.0: đúng phiên bản, ${n} tài liệu ban hành theo phiên bản cũ hơn; lệch mô hình`,
    );
    expect(vi.stdout).not.toContain('khớp mô hình');
    expect(vi.stdout).toMatch(/procedures\/QT-BT-01\.yaml {2}QT-BT-01 .* \(nội dung theo phiên bản 1\.\d+\.\d+\)/);
    const en = await runInProcess(['model', 'diff', dir, '--to', '2.0.0', '--lang', 'en']);
    expect(en.code, en.stderr).toBe(1);
    expect(en.stdout).toContain(`2.0.0 → 2.0.0: at the version, ${n} document(s) issued under older versions; drifted`);
    expect(en.stdout).toMatch(/procedures\/QT-BT-01\.yaml {2}QT-BT-01 .* \(text of version 1\.\d+\.\d+\)/);
  });

  it('several units: the summary line counts them as lagging, none in sync (exit 1)', async () => {
    const copy = join(tmp.dir, 'so-tu-phap-2');
    cpSync(dir, copy, { recursive: true });
    const r = await runInProcess(['model', 'diff', dir, copy, '--to', '2.0.0']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(
      /0\/2 đơn vị chậm phiên bản; 2 đơn vị có tài liệu ban hành theo phiên bản cũ hơn; 0 đơn vị sửa nội dung do mô hình quy định; 0 khớp mô hình\./,
    );
    const en = await runInProcess(['model', 'diff', dir, copy, '--to', '2.0.0', '--lang', 'en']);
    expect(en.stdout).toMatch(
      /0\/2 unit\(s\) behind; 2 with documents issued under older versions; 0 with edits of model-controlled fields; 0 in sync\./,
    );
  });
});
