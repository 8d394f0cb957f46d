import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

// A tree's JSON, when it is the one output, is written unit by unit too (stdout, or a spool copied into
// --output): byte for byte the report made whole, which a run with a second output still makes.
describe('the streamed JSON report equals the whole report', () => {
  it.each([
    ['one thread', ['--jobs', '1']],
    ['two jobs, a shard', ['--jobs', '2', '--shard', '1/1']],
  ])('%s', async (_name, extra) => {
    const args = ['validate', tree, '--as-of', '2015-06-01', ...extra];
    const [wholeFile, streamedFile] = [
      join(tmp.dir, `whole${extra[1]}.json`),
      join(tmp.dir, `streamed${extra[1]}.json`),
    ];
    const whole = await runInProcess([
      ...args,
      '-f',
      'json',
      '-o',
      wholeFile,
      '-f',
      'text',
      '-o',
      join(tmp.dir, 'x.txt'),
      '--force',
    ]);
    const streamed = await runInProcess([...args, '-f', 'json', '-o', streamedFile]);
    const printed = await runInProcess([...args, '-f', 'json']);
    expect([whole.code, streamed.code, printed.code]).toEqual([1, 1, 1]);
    const expected = readFileSync(wholeFile, 'utf8');
    expect(JSON.parse(expected).units).toHaveLength(7);
    expect(readFileSync(streamedFile, 'utf8')).toBe(expected);
    expect(printed.stdout).toBe(expected);
    // The spool becomes the file by the rules of every report: unchanged, kept unless --force.
    expect((await runInProcess([...args, '-f', 'json', '-o', streamedFile])).code).toBe(1);
    writeFileSync(streamedFile, 'mine\n');
    expect((await runInProcess([...args, '-f', 'json', '-o', streamedFile])).code).toBe(2);
    expect(readFileSync(streamedFile, 'utf8')).toBe('mine\n');
  });
});
