import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlNode } from '../diagnostics/xml.js';
import { repoRoot, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const tmp = tempDir('qms-examples-');
afterAll(tmp.cleanup);

/** Every `# expect: QMSnnn` marker in examples/invalid names a rule that is reported in that file. */
function markers(list: string): Array<{ file: string; rule: string }> {
  const out: Array<{ file: string; rule: string }> = [];
  const report = JSON.parse(list) as { units: Array<{ dir: string; diagnostics: Array<{ file: string }> }> };
  for (const unit of report.units) {
    const files = new Set(unit.diagnostics.map((d) => d.file));
    for (const file of files) {
      const text = readFileSync(join(repoRoot, unit.dir, file)).toString('latin1');
      for (const m of text.matchAll(/# expect: ((?:QMS\d{3}[ ,]*(?:\([^)]*\))?[ ,]*)+)/g)) {
        for (const r of m[1].matchAll(/QMS\d{3}/g)) out.push({ file: `${unit.dir}/${file}`, rule: r[0] });
      }
    }
  }
  return out;
}

describe('examples/invalid', async () => {
  const json = await runInProcess(['validate', 'examples/invalid', '--json']);
  const report = JSON.parse(json.stdout);
  const diagnostics = report.units.flatMap((u: { diagnostics: unknown[] }) => u.diagnostics) as Array<{
    rule: string;
    unit: string;
    file: string;
    line: number;
    col: number;
    waived?: unknown;
  }>;
  const rules = [...new Set(diagnostics.map((d) => d.rule))].sort();

  it('fails with exit 1 and exercises at least 8 different rules', () => {
    expect(json.code).toBe(1);
    expect(rules.length).toBeGreaterThanOrEqual(8);
  });

  it('reports every rule its files mark with "# expect:"', () => {
    const got = new Set(diagnostics.map((d) => `${d.unit}/${d.file} ${d.rule}`));
    const marks = markers(json.stdout);
    expect(marks.length).toBeGreaterThanOrEqual(20);
    for (const m of marks) expect(got, `${m.file} should report ${m.rule}`).toContain(`${m.file} ${m.rule}`);
  });

  it('shows each rule with line and column in text, github, junit and sarif', async () => {
    const text = (await runInProcess(['validate', 'examples/invalid'])).stdout;
    const github = (await runInProcess(['validate', 'examples/invalid', '--format', 'github'])).stdout;
    await runInProcess([
      'validate',
      'examples/invalid',
      '-f',
      'junit',
      '-o',
      join(tmp.dir, 'j.xml'),
      '-f',
      'sarif',
      '-o',
      join(tmp.dir, 's.sarif'),
    ]);
    const junit = parseXml(readFileSync(join(tmp.dir, 'j.xml'), 'utf8'));
    const junitText = junit.children
      .flatMap((s: XmlNode) => s.children)
      .flatMap((c: XmlNode) => c.children)
      .map((x: XmlNode) => x.text)
      .join('\n');
    const sarif = JSON.parse(readFileSync(join(tmp.dir, 's.sarif'), 'utf8'));
    for (const rule of rules) {
      const d = diagnostics.find((x) => x.rule === rule && !x.waived)!;
      const where = `${d.unit}/${d.file}:${d.line}:${d.col}`;
      expect(text, rule).toMatch(new RegExp(`^${escape(where)} (error|warning|info) ${rule}/`, 'm'));
      expect(github, rule).toContain(`file=${d.unit}/${d.file},line=${d.line},col=${d.col},title=${rule}/`);
      expect(junitText, rule).toContain(`${where} `);
      expect(
        sarif.runs[0].results.some(
          (r: {
            ruleId: string;
            locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
          }) =>
            r.ruleId === rule &&
            r.locations[0].physicalLocation.region.startLine === d.line &&
            r.locations[0].physicalLocation.region.startColumn === d.col,
        ),
        rule,
      ).toBe(true);
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
