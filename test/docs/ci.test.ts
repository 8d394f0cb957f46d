import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli, tempDir } from '../helpers/run-cli.js';

/**
 * docs/ci.md is a promise to the people who copy it into their CI: both files parse, and every `qms`
 * command they run exists with those flags and does what the workflow needs — run here on examples/city
 * split into two shards, then merged, in the order the jobs run.
 */
const doc = readFileSync(join(repoRoot, 'docs', 'ci.md'), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

interface Step {
  run?: string;
}
type Job = { steps?: Step[]; script?: string[] };

function commands(workflow: Record<string, unknown>): { check: string[]; report: string[] } {
  const jobs = (workflow.jobs ?? workflow) as Record<string, Job>;
  const lines = (job: Job | undefined): string[] =>
    [...(job?.steps?.map((s) => s.run ?? '') ?? []), ...(job?.script ?? [])].filter((l) => l.startsWith('qms '));
  return { check: lines(jobs.check), report: lines(jobs.report) };
}

/** The shell line as the job would run it for shard i of n, split into arguments (no quoting is used). */
function argv(line: string, i: number, n: number): { args: string[]; tolerated: number[] } {
  const tolerated = line.includes('|| test $? -eq 1') ? [0, 1] : [0];
  const command = line
    .replace(/\s*\|\|.*$/, '')
    .replaceAll('${{ matrix.shard }}', String(i))
    .replaceAll('$SHARDS', String(n))
    .replaceAll('$CI_NODE_INDEX', String(i))
    .replaceAll('$CI_NODE_TOTAL', String(n));
  return { args: command.split(/\s+/).slice(1), tolerated };
}

const tmp = tempDir('qms-ci-doc-');
afterAll(tmp.cleanup);

describe('docs/ci.md', () => {
  it('has a GitHub Actions workflow and a GitLab CI file that parse', () => {
    expect(blocks).toHaveLength(2);
    const [github, gitlab] = blocks.map((b) => parse(b) as Record<string, unknown>);
    expect(Object.keys(github.jobs as object)).toEqual(['check', 'report']);
    expect((gitlab.check as { parallel: number }).parallel).toBeGreaterThan(1);
  });

  it.each([
    ['GitHub Actions', 0],
    ['GitLab CI', 1],
  ])('%s: the shard and merge commands run as written and give the whole run', { timeout: 180_000 }, (_name, index) => {
    const dir = join(tmp.dir, String(index));
    cpSync(join(repoRoot, 'examples', 'city'), join(dir, 'units'), { recursive: true });
    const { check, report } = commands(parse(blocks[index]) as Record<string, unknown>);
    expect(check.length).toBeGreaterThanOrEqual(2);
    expect(report.length).toBeGreaterThanOrEqual(2);
    for (const shard of [1, 2])
      for (const line of check) {
        const { args, tolerated } = argv(line, shard, 2);
        const r = runCli(args, { cwd: dir });
        expect(tolerated, `${args.join(' ')}\n${r.stderr}`).toContain(r.code);
      }
    for (const line of report) {
      // The shell expands the globs; the test does it from the shard numbers.
      const { args } = argv(line, 0, 2);
      const expanded = args.flatMap((a) => (a.includes('*') ? [1, 2].map((s) => a.replace('*', String(s))) : [a]));
      const r = runCli(expanded, { cwd: dir });
      expect([0, 1], `${expanded.join(' ')}\n${r.stderr}`).toContain(r.code);
      for (let k = 0; k < expanded.length; k++)
        if (expanded[k] === '--output') expect(existsSync(join(dir, expanded[k + 1])), expanded[k + 1]).toBe(true);
    }
    // The merged readiness equals one whole run over the tree.
    const whole = runCli(['readiness', 'units', '--format', 'json'], { cwd: dir });
    const merged = JSON.parse(readFileSync(join(dir, 'readiness.json'), 'utf8'));
    expect(merged.units).toEqual(JSON.parse(whole.stdout).units);
    expect(readFileSync(join(dir, 'qms.sarif'), 'utf8')).toContain('"version": "2.1.0"');
  });
});
