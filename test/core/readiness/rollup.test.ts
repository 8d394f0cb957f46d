import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/core/dates/dates.js';
import { regimeAt } from '../../../src/core/readiness/regime.js';
import { buildReadinessReport } from '../../../src/core/readiness/report.js';
import { mergeReadinessFiles } from '../../../src/core/readiness/merge.js';
import { renderReadiness } from '../../../src/core/readiness/render/index.js';
import { unitJson } from '../../../src/core/readiness/render/json.js';
import { rollUp } from '../../../src/core/readiness/rollup.js';
import type { Blocker, Status, UnitReadiness } from '../../../src/core/readiness/types.js';
import { tempDir } from '../../helpers/run-cli.js';

const tmp = tempDir('qms-merge-');
afterAll(tmp.cleanup);

function unit(
  dir: string,
  type: 'so' | 'huyen' | 'xa',
  status: Status,
  score: number,
  extra: Partial<UnitReadiness> = {},
): UnitReadiness {
  return {
    dir,
    id: dir.split('/').pop(),
    name: dir,
    type,
    status,
    stage: 'audit',
    score,
    parts: (['4', '5', '6', '7', '8'] as const).map((group) => ({
      group,
      points: group === '4' ? score / 5 : 0,
      max: 20,
    })),
    targetAchieved: status === 'certified' || status === 'announced',
    stages: [],
    blockers: [],
    validation: { files: 10, errors: 0, warnings: 0 },
    tthc: { required: 10, covered: 8 },
    history: { announcements: [], certificates: [], reports: [], inspections: [] },
    ...extra,
  };
}

const blocker = (code: string, key?: string): Blocker => ({
  rank: 1,
  code,
  ...(key ? { key } : {}),
  stage: 'documents',
  severity: 'blocker',
  message: { vi: code, en: code },
  action: { vi: 'x', en: 'x' },
  file: 'qms.yaml',
  pointsLost: 1,
});

const city = [
  unit('c/huyen-a', 'huyen', 'certified', 90),
  unit('c/huyen-a/xa-1', 'xa', 'announced', 80, {
    parent: { id: 'huyen-a', name: 'UBND huyện A' },
    blockers: [blocker('legal-basis-current', '19/2014/QĐ-TTg')],
  }),
  unit('c/huyen-a/xa-2', 'xa', 'applying', 40, {
    parent: { id: 'huyen-a', name: 'UBND huyện A' },
    blockers: [blocker('legal-basis-current', '19/2014/QĐ-TTg'), blocker('review-held')],
  }),
  unit('c/huyen-b/xa-3', 'xa', 'not-started', 0, {
    parent: { id: 'huyen-b', name: 'UBND huyện B' },
    blockers: [blocker('steering-committee')],
  }),
  unit('c/so-x', 'so', 'needs-maintenance', 70, { blockers: [blocker('legal-basis-current', '19/2014/QĐ-TTg')] }),
];

describe('roll-up arithmetic', () => {
  const r = rollUp(city, '2014-12-31');

  it('counts by status and averages the score over the city and by level', () => {
    expect(r.city.units).toBe(5);
    expect(r.city.byStatus).toEqual({
      'not-started': 1,
      building: 0,
      applying: 1,
      ready: 0,
      certified: 1,
      announced: 1,
      'needs-maintenance': 1,
      'needs-transition': 0,
    });
    expect(r.city.averageScore).toBe(56);
    expect(r.city.parts[0]).toEqual({ group: '4', points: 11.2, max: 20 });
    expect(r.levels.map((l) => [l.type, l.units, l.averageScore])).toEqual([
      ['so', 1, 70],
      ['huyen', 1, 90],
      ['xa', 3, 40],
    ]);
  });

  it('puts communes under their district; a district outside the tree still gets a row', () => {
    expect(
      r.districts.map((d) => [d.id, d.unit?.dir ?? null, d.communes.units, d.total.units, d.communes.averageScore]),
    ).toEqual([
      ['huyen-a', 'c/huyen-a', 2, 3, 60],
      ['huyen-b', null, 1, 1, 0],
    ]);
    expect(r.departments.map((d) => d.dir)).toEqual(['c/so-x']);
  });

  it('measures the programme indicators against their targets', () => {
    const by = Object.fromEntries(r.indicators.map((i) => [i.id, i]));
    expect(by['units-certified-announced']).toMatchObject({
      numerator: 2,
      denominator: 5,
      value: 40,
      target: 100,
      met: false,
      deadlinePassed: false,
    });
    expect(by['departments-districts-2013']).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      deadlinePassed: true,
    });
    expect(by['communes-2015']).toMatchObject({ numerator: 1, denominator: 3, value: 33.3 });
    expect(by['tthc-covered']).toMatchObject({ numerator: 40, denominator: 50, value: 80 });
  });

  it('ranks the most common blockers by units, and the units furthest behind by score', () => {
    expect(r.commonBlockers[0]).toMatchObject({
      code: 'legal-basis-current',
      key: '19/2014/QĐ-TTg',
      units: 3,
      examples: ['c/huyen-a/xa-1', 'c/huyen-a/xa-2', 'c/so-x'],
    });
    expect(r.furthestBehind.map((u) => u.dir)).toEqual(['c/huyen-b/xa-3', 'c/huyen-a/xa-2', 'c/so-x']);
  });
});

describe('report and merge', () => {
  // The shards are read back from files a unit at a time; the units are kept whole for a report of a few
  // (wholeUpTo) and cut past it, their JSON texts spooled: either way the report of the whole run.
  it('merging shard files gives the report of the whole run', async () => {
    const whole = buildReadinessReport(city, { version: 't', asOf: '2014-12-31' });
    const shard = (name: string, units: typeof city, index: number, asOf = '2014-12-31') => {
      const path = join(tmp.dir, name);
      const report = { ...buildReadinessReport(units, { version: 't', asOf }), shard: { index, count: 2 } };
      writeFileSync(path, renderReadiness(report, 'json', 'vi'));
      return { path, shown: name };
    };
    const a = shard(
      'a.json',
      city.filter((_, i) => i % 2 === 0),
      1,
    );
    const b = shard(
      'b.json',
      city.filter((_, i) => i % 2 === 1),
      2,
    );
    const options = { version: 't', wholeUpTo: city.length, unitTexts: true, allowPartial: false };
    const kept = await mergeReadinessFiles([b, a], options);
    expect(kept.cut).toBe(false);
    expect(kept.report).toEqual(whole);
    kept.dispose();
    const cut = await mergeReadinessFiles([b, a], { ...options, wholeUpTo: 1 });
    expect(cut.cut).toBe(true);
    expect(cut.report.rollup).toEqual(whole.rollup);
    expect([...cut.unitTexts()]).toEqual(whole.units.map(unitJson));
    cut.dispose();
    await expect(mergeReadinessFiles([a, shard('c.json', [], 2, '2014-12-30')], options)).rejects.toThrow(/asOf/);
  });

  it('a merge input that is not a readiness result is refused, naming the file and where', async () => {
    const options = { version: 't', wholeUpTo: 1, unitTexts: false, allowPartial: false };
    const bad = (name: string, content: string) => {
      writeFileSync(join(tmp.dir, name), content);
      return mergeReadinessFiles([{ path: join(tmp.dir, name), shown: name }], options);
    };
    await expect(bad('x.json', '{"kind": "readiness", "units": [')).rejects.toThrow(/x.json .*not JSON/);
    await expect(bad('v.json', '{"schemaVersion": 1, "kind": "validate", "units": [{}]}')).rejects.toThrow(
      /v.json is not a qms readiness JSON result/,
    );
    const report = JSON.parse(
      renderReadiness(buildReadinessReport(city, { version: 't', asOf: '2014-12-31' }), 'json', 'en'),
    );
    report.units[1].score = 'high';
    await expect(bad('s.json', JSON.stringify(report))).rejects.toThrow(/s.json .*\/units\/1\/score: must be/);
    await expect(
      mergeReadinessFiles([{ path: join(tmp.dir, 'none.json'), shown: 'none.json' }], options),
    ).rejects.toMatchObject({ code: 'E_MERGE_INPUT' });
  });

  it('the regime of the report follows asOf', () => {
    expect(regimeAt('2014-05-17').id).toBe('certification');
    expect(regimeAt('2014-05-18').id).toBe('announcement');
    expect(buildReadinessReport([], { version: 't', asOf: '2014-05-17' }).regime.basis).toContain('144/2006/QĐ-TTg');
    expect(buildReadinessReport([], { version: 't', asOf: '2014-05-18' }).regime.basis).toContain('19/2014/QĐ-TTg');
  });

  it('month arithmetic clamps to the end of the month', () => {
    expect(addMonths('2014-01-31', 1)).toBe('2014-02-28');
    expect(addMonths('2014-12-31', -12)).toBe('2013-12-31');
    expect(addMonths('2014-10-01', 3)).toBe('2015-01-01');
  });
});
