import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelVersionAt } from '../../src/core/model/load-model.js';
import { makeUnit } from '../core/model/unit-fixture.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

/**
 * Issue 12, "Done when": `validate --as-of 2016-02-01` on a unit whose 2014 procedure cites NĐ 158/2005
 * reports it, with file:line. A commune set up in June 2014 from the model in force then, never re-issued:
 * Luật Hộ tịch 2014 and NĐ 123/2015 replaced NĐ 158/2005 on 01/01/2016. Within the six months' grace it
 * is a warning, after it an error (exit 1), at the line of the citation.
 */
const tmp = tempDir('qms-stale-law-');
afterAll(tmp.cleanup);
const dir = makeUnit(join(tmp.dir, 'xa'), {
  type: 'xa',
  version: modelVersionAt('hanoi-qms', '2014-06-01'),
  effectiveDate: '2014-06-01',
});

/** `file:line:col severity QMS024/… 158/2005/NĐ-CP …` lines: the findings on NĐ 158/2005 itself. */
function staleLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /QMS024\/\S+ 158\/2005\/NĐ-CP /u.test(l));
}

describe('validate --as-of reports a citation the law has since replaced', () => {
  it('clean at the procedures’ own date', () => {
    const r = runCli(['validate', dir, '--as-of', '2014-06-01']);
    expect(staleLines(r.stdout)).toEqual([]);
  });

  it('2016-02-01: a warning at the file and line of each citation of NĐ 158/2005', () => {
    const r = runCli(['validate', dir, '--as-of', '2016-02-01']);
    const lines = staleLines(r.stdout);
    expect(lines.length, r.stdout).toBeGreaterThan(0);
    for (const line of lines) {
      const [, file, row] = /^(?:.*\/)?(procedures\/[^:]+\.yaml):(\d+):\d+ warning /.exec(line) ?? [];
      expect(file, line).toBeDefined();
      // The line named holds the citation's number.
      expect(readFileSync(join(dir, file), 'utf8').split('\n')[Number(row) - 1], line).toContain('158/2005/NĐ-CP');
    }
  });

  it('2016-08-01, after the grace: errors, exit 1', () => {
    const r = runCli(['validate', dir, '--as-of', '2016-08-01']);
    expect(r.code).toBe(1);
    const lines = staleLines(r.stdout);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => / error /.test(l))).toBe(true);
  });
});
