import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessUnit } from '../../../src/core/readiness/assess-unit.js';
import { CSV_COLUMNS } from '../../../src/core/readiness/render/csv.js';
import { renderReadiness } from '../../../src/core/readiness/render/index.js';
import { buildReadinessReport, READINESS_SCHEMA_VERSION } from '../../../src/core/readiness/report.js';
import { repoRoot } from '../../helpers/run-cli.js';

const cityDir = join(repoRoot, 'examples', 'city');
const units = readdirSync(cityDir)
  .sort()
  .map((name) => assessUnit(join(cityDir, name), { asOf: '2014-12-31', shownAs: `examples/city/${name}` }));
const report = buildReadinessReport(units, { version: '0.0.0-test', asOf: '2014-12-31' });

describe('HTML dashboard', () => {
  const html = renderReadiness(report, 'html', 'vi');

  it('is self-contained: no http(s) reference, no external script, style or image', () => {
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('has the charts (indicators, statuses, clause groups, districts) as inline SVG', () => {
    expect((html.match(/<svg\b/g) ?? []).length).toBeGreaterThanOrEqual(4 + 3);
    expect(html).toContain('aria-label="Số đơn vị theo trạng thái"');
    expect(html).toContain('aria-label="Điểm theo nhóm điều khoản"');
    expect(html).toContain('<rect');
  });

  it('prints on A4 landscape, and names every unit with its status', () => {
    expect(html).toContain('@page { size: A4 landscape');
    for (const u of units) expect(html).toContain(u.name!);
    expect(html).toContain('đang áp dụng');
    expect(html).toContain('cần duy trì');
  });

  it('shows the history per year and per unit (announcements and reports)', () => {
    const later = buildReadinessReport(
      readdirSync(cityDir)
        .sort()
        .map((name) => assessUnit(join(cityDir, name), { asOf: '2015-12-31', shownAs: `examples/city/${name}` })),
      { version: 't', asOf: '2015-12-31' },
    );
    const out = renderReadiness(later, 'html', 'vi');
    expect(out).toContain('Lịch sử công bố, chứng nhận, báo cáo, kiểm tra theo năm');
    expect(out).toMatch(
      /<tr><td>2015<\/td><td class="n">—<\/td><td class="n">1<\/td><td class="n">—<\/td><td class="n">2<\/td><td class="n">1<\/td><\/tr>/,
    );
    expect(out).toContain('128/QĐ-UBND 08/09/2015 (mở rộng phạm vi)');
    expect(later.rollup.history.find((h) => h.year === 2014)).toMatchObject({ announcements: 1, reports: 0 });
  });

  it('prints a tree as its summary and one line per unit; an empty level shows —, not "chưa đạt, quá hạn"', () => {
    expect(html).toMatch(/<section class="page screen-only">\s*<h2>Chi tiết từng đơn vị/);
    expect(html).toContain('table.units br, table.units .file, table.units .score { display: none; }');
    const communesOnly = buildReadinessReport(
      units.filter((u) => u.type === 'xa'),
      { version: 't', asOf: '2014-12-31' },
    );
    const out = renderReadiness(communesOnly, 'html', 'vi');
    const card = out.slice(out.indexOf('Sở, UBND huyện'), out.indexOf('</div>\n</div>', out.indexOf('Sở, UBND huyện')));
    expect(card).toContain('0/0');
    expect(card).toContain('<b>—</b>');
    expect(card).not.toContain('quá hạn');
  });

  it('escapes user text', () => {
    const evil = buildReadinessReport([{ ...units[0], name: '<script>alert(1)</script>' }], {
      version: 't',
      asOf: '2014-12-31',
    });
    const out = renderReadiness(evil, 'html', 'en');
    expect(out).not.toContain('<script>alert');
    expect(out).toContain('&lt;script&gt;');
  });
});

describe('JSON', () => {
  it('has the documented shape (docs/readiness-json.md)', () => {
    const json = JSON.parse(renderReadiness(report, 'json', 'vi'));
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'kind',
      'tool',
      'asOf',
      'regime',
      'programme',
      'units',
      'skipped',
      'rollup',
    ]);
    expect(json).toMatchObject({
      schemaVersion: READINESS_SCHEMA_VERSION,
      kind: 'readiness',
      asOf: '2014-12-31',
      regime: { id: 'announcement' },
    });
    const u = json.units[0];
    expect(Object.keys(u)).toEqual([
      'dir',
      'id',
      'name',
      'type',
      'status',
      'stage',
      'score',
      'cappedBy',
      'parts',
      'targetAchieved',
      'stages',
      'blockers',
      'validation',
      'tthc',
      'history',
    ]);
    expect(Object.keys(json.rollup)).toEqual([
      'city',
      'levels',
      'districts',
      'departments',
      'indicators',
      'commonBlockers',
      'furthestBehind',
      'history',
    ]);
    expect(u.stages.map((s: { id: string }) => s.id)).toEqual([
      'steering',
      'training',
      'documents',
      'application',
      'audit',
      'review',
      'corrective',
      'target',
      'maintenance',
    ]);
    for (const b of json.units.flatMap((x: { blockers: unknown[] }) => x.blockers)) {
      expect(b).toEqual(
        expect.objectContaining({
          rank: expect.any(Number),
          code: expect.any(String),
          file: expect.any(String),
          message: { vi: expect.any(String), en: expect.any(String) },
        }),
      );
    }
  });
});

describe('CSV and Markdown', () => {
  it('CSV: BOM, header of stable ids, one CRLF row per unit', () => {
    const csv = renderReadiness(report, 'csv', 'vi');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(units.length + 1);
    expect(lines[1]).toMatch(
      /^examples\/city\/huyen-thanh-tri,huyen-thanh-tri,UBND huyện Thanh Trì,huyen,,needs-maintenance,cần duy trì,/,
    );
  });

  it('Markdown: indicators, districts, every unit, and the details of each', () => {
    const md = renderReadiness(report, 'md', 'en');
    expect(md).toMatch(/^# Readiness for ISO 9001 certification/);
    expect(md).toContain('## Programme indicators');
    expect(md).toContain('## Districts and their communes');
    expect(md).toContain('## UBND xã Vĩnh Quỳnh (examples/city/xa-vinh-quynh)');
    expect(md).toContain('`qms.yaml`');
  });
});
