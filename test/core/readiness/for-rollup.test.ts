import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import { renderReadiness } from '../../../src/core/readiness/render/index.js';
import { buildReadinessReport } from '../../../src/core/readiness/report.js';
import { forRollup } from '../../../src/core/readiness/rollup.js';
import { repoRoot } from '../../helpers/run-cli.js';

// A tree printed as a table or a CSV keeps each unit's roll-up summary, not its whole result
// (src/cli/commands/readiness.ts): the printed report must not change for it.
const cityDir = join(repoRoot, 'examples', 'city');
const names = readdirSync(cityDir).sort();

describe('a tree keeps each unit cut to what the table, the roll-up and the CSV read', () => {
  for (const asOf of ['2012-12-31', '2014-12-31', '2026-12-03']) {
    const units = names.map((name) => assessUnit(join(cityDir, name), { asOf, shownAs: `examples/city/${name}` }));
    const whole = buildReadinessReport(units, { version: '0.0.0-test', asOf });
    const cut = buildReadinessReport(units.map(forRollup), { version: '0.0.0-test', asOf });

    it(`prints the same text and CSV, in both languages, as of ${asOf}`, () => {
      for (const lang of ['vi', 'en'] as const) {
        expect(renderReadiness(cut, 'text', lang)).toBe(renderReadiness(whole, 'text', lang));
        expect(renderReadiness(cut, 'csv', lang)).toBe(renderReadiness(whole, 'csv', lang));
      }
      expect(cut.rollup).toEqual(whole.rollup);
    });

    it(`keeps no stage and no advice text as of ${asOf}`, () => {
      const u = cut.units.find((x) => x.blockers.some((b, i) => i > 0 && b.severity === 'advice'));
      expect(cut.units.every((x) => x.stages.length === 0)).toBe(true);
      if (u) expect(u.blockers.filter((b, i) => i > 0 && b.severity === 'advice')[0].message.vi).toBe('');
    });
  }
});
