import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlProblems, junitSchemaErrors, sarifSchemaErrors } from '../helpers/consumers.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const tmp = tempDir('qms-consumers-');
afterAll(tmp.cleanup);

describe('each output format is accepted by its consumer', () => {
  it('validate --format sarif on examples/invalid: valid SARIF 2.1.0, rules with help a reader can follow', () => {
    const r = runCli(['validate', 'examples/invalid', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    // SARIF1004: a top-level uriBaseId must be absolute, so %SRCROOT% is not declared with "./".
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).not.toBe('./');
    expect(run.tool.driver.informationUri).toMatch(/^file:\/\/\/.*\/README\.md$/);
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`));
      // The installed page exists: the link resolves wherever the tool is installed.
      expect(readFileSync(new URL(rule.helpUri), 'utf8')).toContain(`# ${rule.id}`);
      expect(rule.help.markdown).toContain(`# ${rule.id}`);
      expect(rule.fullDescription.text).toMatch(/\.$/);
      expect(rule.defaultConfiguration.level).toMatch(/^(error|warning|note)$/);
      expect(rule.properties.tags[0]).toBe(`ISO 9001:2008 ${rule.properties.clause}`);
    }
    for (const result of run.results) {
      const loc = result.locations[0].physicalLocation.artifactLocation;
      expect(loc.uri).toMatch(/^examples\/invalid\//); // relative to the checkout, as code scanning expects
      expect(loc.uriBaseId).toBe('%SRCROOT%');
    }
  });

  it('QMS_DOCS_URL points the rule links at a published copy', () => {
    const r = runCli(['validate', 'examples/invalid', '--format', 'sarif'], {
      env: { QMS_DOCS_URL: 'https://qms.example.vn/docs-root' },
    });
    const driver = JSON.parse(r.stdout).runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://qms.example.vn/docs-root/README.md');
    expect(driver.rules[0].helpUri).toBe('https://qms.example.vn/docs-root/docs/rules/QMS001.md');
  });

  it('validate --format junit on examples/invalid: valid against the JUnit XML schema Jenkins reads', async () => {
    const r = runCli(['validate', 'examples/invalid', '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(await junitSchemaErrors(r.stdout)).toEqual([]);
  });

  it('the JUnit check can fail: a report with a stray attribute is rejected', async () => {
    const bad =
      '<?xml version="1.0"?><testsuites><testsuite name="x" tests="1" bogus="1"><testcase name="a"/></testsuite></testsuites>';
    expect((await junitSchemaErrors(bad)).join('\n')).toMatch(/bogus/);
  });

  it('the SARIF check can fail: a log with a relative top-level base and a bad level is rejected', () => {
    const bad = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'x' } }] }],
    };
    expect(sarifSchemaErrors(bad).join('\n')).toMatch(/level|allowed/);
  });

  it('build --format html and the readiness dashboard pass html-validate (standard preset)', async () => {
    const out = join(tmp.dir, 'dist');
    expect(runCli(['build', 'examples/city/xa-tam-hiep', '--out', out, '--format', 'html']).code).toBe(0);
    const pages = readdirSync(join(out, 'html')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const page of pages)
      problems.push(...(await htmlProblems(readFileSync(join(out, 'html', page), 'utf8'), page)));
    const dashboard = join(tmp.dir, 'dashboard.html');
    expect(runCli(['readiness', 'examples/city', '--as-of', '2015-12-31', '-f', 'html', '-o', dashboard]).code).toBe(0);
    problems.push(...(await htmlProblems(readFileSync(dashboard, 'utf8'), 'dashboard.html')));
    expect(problems).toEqual([]);
    expect(
      (
        await htmlProblems(
          '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><img src="a.png"><p id="a"></p><p id="a"></p></body></html>',
          'bad.html',
        )
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('qms rules <id>', () => {
  it('prints the rule page (by id or alias) and fails with exit 2 on an unknown rule', () => {
    const page = runCli(['rules', 'QMS024']);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^# QMS024 `legal-basis-current`/);
    expect(page.stdout).toContain('**Cách xử lý:**');
    expect(runCli(['rules', 'legal-basis-current']).stdout).toBe(page.stdout);
    const unknown = runCli(['rules', 'QMS999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('QMS999');
  });
});
