import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../src/diagnostics/formatters/text.js';
import type { ValidationReport } from '../../src/diagnostics/report.js';
import { RULES } from '../../src/core/validate/rules/index.js';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

// `qms validate` prints its text report unit by unit as the units are done (nothing of a unit is
// kept once printed). What it prints must be the whole report's text, line for line: the report of
// the same run as JSON, formatted at once by formatText, is the oracle.
const tmp = tempDir('qms-validate-stream-');
const tree = join(tmp.dir, 'tree');

beforeAll(() => {
  // The example city (waivers, warnings, clean units) and the broken examples, in nested folders,
  // with a link that is not followed (the "skipped" lines of the total).
  cpSync(join('examples', 'city'), join(tree, 'city'), { recursive: true });
  cpSync(join('examples', 'invalid'), join(tree, 'b-invalid'), { recursive: true });
  symlinkSync(join(tree, 'city'), join(tree, 'a-link'));
});
afterAll(tmp.cleanup);

describe('the streamed text report equals the whole report', () => {
  it.each([
    ['default', []],
    ['quiet', ['--quiet']],
    ['show waived, English', ['--show-waived', '--lang', 'en']],
    ['two jobs', ['--jobs', '2']],
    ['fail on warnings', ['--fail-on', 'warning']],
  ])('%s', async (_name, extra) => {
    const args = ['validate', tree, '--as-of', '2015-06-01', ...extra];
    const streamed = await runInProcess(args);
    const whole = await runInProcess([...args, '--format', 'json']);
    const report = JSON.parse(whole.stdout) as ValidationReport;
    expect(report.units.length).toBe(7);
    expect(report.skipped.length).toBe(1);
    const lang = extra.includes('en') ? 'en' : 'vi';
    const text = formatText(report, {
      lang,
      quiet: extra.includes('--quiet'),
      showWaived: extra.includes('--show-waived'),
      failOn: extra.includes('warning') ? 'warning' : 'error',
      rules: RULES,
    });
    expect(streamed.stdout).toBe(`${text}\n`);
    expect(streamed.code).toBe(whole.code);
    expect(streamed.code).toBe(1); // the broken examples have errors
  });
});
