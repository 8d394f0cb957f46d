import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES, validateUnit } from '../../src/core/validate/index.js';
import { FORMATTERS } from '../../src/diagnostics/formatters/index.js';
import { buildReport, hasFailures } from '../../src/diagnostics/report.js';
import { REPORT_JSON_SCHEMA } from '../../src/diagnostics/report-schema.js';
import { cleanUnit, FIXTURE_MODEL, obj, removeUnits, writeUnit } from '../core/validate/unit-builder.js';
import { junitSchemaErrors, sarifSchemaErrors } from '../helpers/consumers.js';
import { parseXml, type XmlNode } from './xml.js';

afterAll(removeUnits);

function sampleReport() {
  const files = cleanUnit();
  const p = obj(files, 'procedures/QT-HT-01.yaml');
  p.steps[0].forms = ['BM-HT-01-09']; // QMS014 error
  delete p.steps[2].time; // QMS018 warning
  p.title = 'Quy trình <đăng ký> & "khai sinh"'; // XML special characters in a value
  obj(files, 'policy.yaml').statement = 'Phục vụ'.normalize('NFD'); // QMS005 warning
  obj(files, 'manual.yaml').titel = 'x'; // QMS003
  obj(files, 'qms.yaml').waivers = [
    { rule: 'QMS018', reason: 'Đang xây dựng định mức', approvedBy: 'Nguyễn Văn An', expires: '2013-12-31' },
  ];
  const dir = writeUnit(files);
  const result = validateUnit(dir, { modelOverride: FIXTURE_MODEL, asOf: '2013-01-01' });
  const diagnostics = result.diagnostics.map((d) => ({ ...d, unit: 'city/xa-thu' }));
  return buildReport(
    [
      { ...result, dir: 'city/xa-thu', diagnostics },
      { dir: 'city/xa-sach', files: 3, diagnostics: [] },
    ],
    { version: '0.1.0', asOf: '2013-01-01', skipped: ['city/link'] },
  );
}

const report = sampleReport();
const options = { lang: 'vi' as const, rules: RULES, failOn: 'error' as const };

describe('formatters', () => {
  it('the sample has errors, warnings and a waived finding', () => {
    expect(report.summary).toMatchObject({ units: 2, unitsWithErrors: 1, waived: 1 });
    expect(report.summary.error).toBeGreaterThanOrEqual(2);
    expect(hasFailures(report, 'error')).toBe(true);
  });

  it('json: parses back, matches the documented schema, round-trips', () => {
    const json = JSON.parse(FORMATTERS.json(report, options));
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    const validate = ajv.compile(REPORT_JSON_SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('text: path:line:col severity id/alias message, then the hint; summaries; waived hidden unless asked', () => {
    const out = FORMATTERS.text(report, options);
    expect(out).toMatch(
      /^city\/xa-thu\/procedures\/QT-HT-01\.yaml:\d+:\d+ error QMS014\/form-listed biểu mẫu "BM-HT-01-09"/m,
    );
    expect(out).toMatch(/^ {4}cách xử lý: /m);
    expect(out).toContain('✔ city/xa-sach: đạt, 3 tệp');
    expect(out).toContain('city/link: bỏ qua (liên kết tượng trưng)');
    expect(out).toMatch(/^Theo quy tắc: QMS003 ×1, QMS005 ×1, QMS014 ×1$/m);
    expect(out).toMatch(/^Tổng: 2 đơn vị, \d+ tệp: \d+ lỗi, \d+ cảnh báo, 0 thông tin, 1 được chấp thuận$/m);
    expect(out).not.toContain('QMS018');
    expect(FORMATTERS.text(report, { ...options, showWaived: true })).toMatch(
      /QMS018\/step-time-present .*\[được chấp thuận: Đang xây dựng định mức\]/,
    );
    const quiet = FORMATTERS.text(report, { ...options, quiet: true });
    expect(quiet).not.toContain('Tổng');
    expect(quiet).not.toContain('xa-sach');
    expect(out).not.toMatch(/\u001b\[/); // eslint-disable-line no-control-regex
    expect(FORMATTERS.text(report, { ...options, lang: 'en' })).toMatch(
      /error QMS014\/form-listed form "BM-HT-01-09" is not listed/,
    );
  });

  it('junit: well-formed XML, one case per file with a diagnostic, failures counted', async () => {
    expect(await junitSchemaErrors(FORMATTERS.junit(report, options))).toEqual([]);
    const xml = parseXml(FORMATTERS.junit(report, options));
    expect(xml.name).toBe('testsuites');
    const suites = xml.children;
    expect(suites.map((s) => s.attrs.name)).toEqual(['city/xa-sach', 'city/xa-thu (UBND xã Thử)']);
    const failing = suites[1].children.filter((c: XmlNode) => c.children.some((x) => x.name === 'failure'));
    expect(failing.map((c) => c.attrs.name)).toEqual([
      'city/xa-thu/manual.yaml',
      'city/xa-thu/procedures/QT-HT-01.yaml',
    ]);
    expect(Number(xml.attrs.failures)).toBe(2);
    expect(failing[1].children[0].text).toMatch(/QMS014\/form-listed/);
    expect(suites[0].attrs.failures).toBe('0');
  });

  it('sarif: 2.1.0 with the rule catalogue, 1-based regions, waived as suppressions', () => {
    const sarif = JSON.parse(FORMATTERS.sarif(report, options));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'QMS001',
      name: 'file-readable',
      properties: { clause: '4.2.3', docs: 'docs/rules/QMS001.md' },
    });
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.locations[0].physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const waived = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0].ruleId).toBe('QMS018');
  });

  it('github: one escaped workflow command per diagnostic', () => {
    const lines = FORMATTERS.github(report, options).split('\n');
    expect(lines.length).toBe(report.summary.error + report.summary.warning + report.summary.info);
    for (const line of lines)
      expect(line).toMatch(
        /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=QMS\d{3}%3A?.*::.+$|^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=QMS\d{3}\/[a-z-]+::[^\n]+$/,
      );
    expect(lines.join('\n')).toContain('%0A');
  });
});
