import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import { renderReadiness } from '../../../src/core/readiness/render/index.js';
import { jsonHead, jsonTail, unitJson } from '../../../src/core/readiness/render/json.js';
import { DETAIL_LIMIT } from '../../../src/core/readiness/render/view.js';
import { buildReadinessReport } from '../../../src/core/readiness/report.js';
import { RollupKeeper, forRollup } from '../../../src/core/readiness/rollup.js';
import type { UnitReadiness } from '../../../src/core/readiness/types.js';
import { repoRoot } from '../../helpers/run-cli.js';

// A tree keeps each unit cut to what the table, the roll-up and the CSV read, its blocker actions taken
// out once per kind of blocker (src/cli/commands/readiness.ts, core/readiness/batch/collect.ts): the
// printed report must not change for it, whatever order the units come back in.
const cityDir = join(repoRoot, 'examples', 'city');
const names = readdirSync(cityDir).sort();

/** The units cut as the main thread keeps them, taken in the order given (threads finish in any order). */
function cutAll(units: UnitReadiness[], order: number[]) {
  const actions = new RollupKeeper();
  const cut = new Array<UnitReadiness>(units.length);
  for (const i of order) cut[i] = actions.keep(forRollup(units[i]));
  return { cut, actions };
}

describe('a tree keeps each unit cut to what the table, the roll-up and the CSV read', () => {
  for (const asOf of ['2012-12-31', '2014-12-31', '2026-12-03']) {
    const units = names.map((name) => assessUnit(join(cityDir, name), { asOf, shownAs: `examples/city/${name}` }));
    const whole = buildReadinessReport(units, { version: '0.0.0-test', asOf });
    const backwards = units.map((_, i) => units.length - 1 - i);
    const { cut: kept, actions } = cutAll(units, backwards);
    const cut = buildReadinessReport(kept, { version: '0.0.0-test', asOf, actions });

    it(`prints the same text and CSV, in both languages, as of ${asOf}`, () => {
      for (const lang of ['vi', 'en'] as const) {
        expect(renderReadiness(cut, 'text', lang)).toBe(renderReadiness(whole, 'text', lang));
        expect(renderReadiness(cut, 'csv', lang)).toBe(renderReadiness(whole, 'csv', lang));
      }
      expect(cut.rollup).toEqual(whole.rollup);
      expect(cut.rollup.commonBlockers.length).toBeGreaterThan(0);
    });

    it(`keeps no stage, no advice text and no action but the first blocker's as of ${asOf}`, () => {
      expect(cut.units.every((x) => x.stages.length === 0)).toBe(true);
      const rest = cut.units.flatMap((x) => x.blockers.slice(1));
      expect(rest.length).toBeGreaterThan(0);
      expect(rest.every((b) => b.message.vi === '' && b.action.vi === '' && b.file === '')).toBe(true);
    });
  }

  // Past DETAIL_LIMIT units the Markdown and HTML pages print no unit's details: they keep the cut too.
  it('prints the same Markdown and HTML for a tree past the detail limit', () => {
    const asOf = '2014-12-31';
    const city = names.map((name) => assessUnit(join(cityDir, name), { asOf, shownAs: `examples/city/${name}` }));
    const units = Array.from({ length: DETAIL_LIMIT + 1 }, (_, i) => {
      const u = city[i % city.length];
      return { ...u, dir: `tree/${String(i).padStart(3, '0')}-${u.dir}`, id: `${u.id}-${i}` };
    });
    const whole = buildReadinessReport(units, { version: '0.0.0-test', asOf });
    const { cut: kept, actions } = cutAll(
      units,
      units.map((_, i) => (i * 7) % units.length),
    );
    const cut = buildReadinessReport(kept, { version: '0.0.0-test', asOf, actions });
    for (const lang of ['vi', 'en'] as const) {
      for (const format of ['md', 'html', 'text', 'csv'] as const)
        expect(renderReadiness(cut, format, lang)).toBe(renderReadiness(whole, format, lang));
    }
  });
});

describe('the JSON report written unit by unit', () => {
  it('is the whole report, byte for byte: head, the units in order, the tail', () => {
    const asOf = '2014-12-31';
    const units = names.map((name) => assessUnit(join(cityDir, name), { asOf, shownAs: `examples/city/${name}` }));
    const whole = buildReadinessReport(units, { version: '0.0.0-test', asOf });
    whole.shard = { index: 1, count: 2 };
    const written = `${jsonHead(whole)}\n${whole.units.map(unitJson).join(',\n')}\n${jsonTail(whole)}\n`;
    expect(written).toBe(renderReadiness(whole, 'json', 'vi'));
  });
});
