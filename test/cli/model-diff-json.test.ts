import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIo } from '../../src/cli/io.js';
import { MODEL_REPORT_VERSION, UnitsJsonStream } from '../../src/cli/commands/model-diff-json.js';
import { packageRoot } from '../../src/core/paths.js';
import { runInProcess } from './run-in-process.js';

/** What a UnitsJsonStream prints of `units`, as stdout receives it. */
function streamed(units: unknown[]): string {
  let out = '';
  const io = { ...createIo(), out: (line: string) => void (out += `${line}\n`) };
  const stream = new UnitsJsonStream(io);
  for (const unit of units) stream.add(unit);
  stream.finish();
  return out;
}

const whole = (units: unknown[]) => `${JSON.stringify({ version: MODEL_REPORT_VERSION, units }, null, 2)}\n`;

describe('qms model diff --format json, printed a unit at a time', () => {
  it('prints byte for byte the report JSON.stringify prints whole', () => {
    const unit = {
      dir: 'huyen-01/xa-001',
      name: 'UBND xã Đại Mỗ',
      versionsBehind: [],
      counts: { modelChanges: 2, conflicts: 0 },
      unresolvedMarkers: [{ relPath: 'procedures/QT-HT-04.yaml', line: 3 }],
      documents: [{ file: 'policy.yaml', modelChanges: [{ path: '/a', before: 'hai\ndòng', after: { x: [] } }] }],
      empty: {},
    };
    const error = { dir: 'huyen-01/xa-002', error: { code: 'E_UNIT_FILE', message: 'tệp "x"\tkhông đọc được' } };
    for (const units of [[unit], [error], [unit, error, unit]]) expect(streamed(units)).toBe(whole(units));
  });

  it('a tree’s report lists each unit as its own report does', async () => {
    const city = join(packageRoot, 'examples', 'city');
    const tree = await runInProcess(['model', 'diff', city, '--format', 'json']);
    expect(tree.code, tree.stderr).toBe(1);
    const report = JSON.parse(tree.stdout) as { units: unknown[] };
    expect(tree.stdout).toBe(whole(report.units));
    const singles = [];
    for (const name of readdirSync(city).sort()) {
      const one = await runInProcess(['model', 'diff', join(city, name), '--format', 'json']);
      singles.push(...(JSON.parse(one.stdout) as { units: unknown[] }).units);
    }
    expect(report.units).toEqual(singles);
  });
});
