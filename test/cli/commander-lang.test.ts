import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/** Commander's own words (Usage, Options, default, its errors) follow --lang like every other string. */
const ENGLISH =
  /\b(Usage|Options|Commands|Arguments|default|choices|display help|error:|unknown option|not specified|missing required)\b/;

describe('help in Vietnamese has no English left from commander', () => {
  it.each([[[]], [['validate']], [['audit']], [['audit', 'plan']], [['init']], [['model', 'show']]])(
    'qms %j --help',
    async (args) => {
      const r = await runInProcess([...args, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Cách dùng:');
      expect(r.stdout).toContain('Tùy chọn:');
      expect(r.stdout).not.toMatch(ENGLISH);
    },
  );

  it('qms help audit (the help command) is Vietnamese too', async () => {
    const r = await runInProcess(['help', 'audit']);
    expect(r.stdout).toContain('Cách dùng:');
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('English help keeps English titles', async () => {
    const r = await runInProcess(['validate', '--help', '--lang', 'en']);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('default: "error")');
  });
});

describe('usage errors use the tool form: lỗi E_USAGE, then what to do', () => {
  it.each([
    [['validate', '--bogus'], 'tùy chọn không có: --bogus'],
    [['validate', '--fail-onn', 'error'], '--fail-on'],
    [['audit', 'plan', 'examples/city/xa-tam-hiep'], 'thiếu tùy chọn bắt buộc --year'],
    [['checklist'], 'thiếu đối số bắt buộc'],
    [['init', 'x', '--type', 'tinh'], '--type'],
    [['frobnicate'], 'lệnh không có: frobnicate'],
  ])('qms %j', async (args, words: string) => {
    const r = await runInProcess(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lỗi E_USAGE: /);
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain('Cách xử lý:');
    expect(r.stderr).toContain('--help');
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  it('in English: error E_USAGE with the hint (spawned)', () => {
    const r = runCli(['validate', '--bogus', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error E_USAGE: unknown option --bogus/);
    expect(r.stderr).toContain('What to do: see qms validate --help');
  });
});
