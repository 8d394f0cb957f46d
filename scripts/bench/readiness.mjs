// Benchmark of `qms readiness` (issue 6 "Speed"): the city roll-up over a 600-unit corpus against
// `qms validate` of the same corpus, each timed in a fresh process (medians of --rounds runs), with
// peak RSS. Goal: readiness ≤ 1.2 × validate. The corpus is validate's (600 communes in 30 district
// folders, made with the model through the `qms init` logic), with milestones, audits and reviews
// added in five profiles (not started … announced) so every stage and the roll-up have work to do.
// Options: --units N (default 600), --rounds N (default 3), --corpus DIR (reuse; kept), --keep.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateReadinessCorpus as generate } from './lib/readiness-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const self = fileURLToPath(import.meta.url);
const AS_OF = '2014-12-31';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run in this (fresh) process: prints { ms, rssMb }. */
async function child(command, corpus) {
  const { run } = await import(dist('cli/main.js'));
  const sink = () =>
    Object.assign(
      new Writable({
        write(_c, _e, done) {
          done();
        },
      }),
      { isTTY: false },
    );
  const args =
    command === 'validate'
      ? ['validate', corpus, '--quiet', '--as-of', AS_OF]
      : ['readiness', corpus, '--quiet', '--as-of', AS_OF];
  const t0 = performance.now();
  const code = await run({ argv: args, stdout: sink(), stderr: sink(), env: { ...process.env, CI: '1' } });
  const ms = performance.now() - t0;
  if (code === 2 || code === 3) throw new Error(`qms ${args.join(' ')} exited ${code}`);
  const use = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: (use.userCPUTime + use.systemCPUTime) / 1000, rssMb: use.maxRSS / 1024 }),
  );
}

function measure(command, corpus) {
  const r = spawnSync(process.execPath, [self, '--child', command, corpus], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.slice(r.stdout.lastIndexOf('{')));
}

export default async function benchReadiness() {
  const rounds = Number(arg('--rounds', '3'));
  const given = arg('--corpus');
  const corpus = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'qms-bench-readiness-'));
  try {
    if (!given) {
      const t = performance.now();
      const files = await generate(corpus, Number(arg('--units', '600')));
      console.log(
        `readiness: corpus ${files} files in ${corpus} (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
    measure('readiness', corpus); // warm the file-system cache for both
    const v = [];
    const r = [];
    for (let i = 0; i < rounds; i++) {
      v.push(measure('validate', corpus));
      r.push(measure('readiness', corpus));
    }
    const vm = median(v.map((x) => x.ms));
    const rm = median(r.map((x) => x.ms));
    const vc = median(v.map((x) => x.cpuMs));
    const rc = median(r.map((x) => x.cpuMs));
    const row = (name, ms, cpu, rss) =>
      console.log(
        `readiness: ${name.padEnd(40)} ${(ms / 1000).toFixed(2).padStart(6)} s (CPU ${(cpu / 1000).toFixed(2)} s)   peak RSS ${rss.toFixed(0).padStart(4)} MB`,
      );
    row('qms validate (all rules, --jobs = cores)', vm, vc, Math.max(...v.map((x) => x.rssMb)));
    row('qms readiness (stages, roll-up, report)', rm, rc, Math.max(...r.map((x) => x.rssMb)));
    console.log(
      `readiness: ratio ${(rm / vm).toFixed(2)} wall, ${(rc / vc).toFixed(2)} CPU (goal ≤ 1.2): ${rm / vm <= 1.2 ? 'met' : 'NOT met'}; medians of ${rounds} runs, each in a fresh process`,
    );
    return { validateMs: vm, readinessMs: rm, ratio: rm / vm, cpuRatio: rc / vc };
  } finally {
    if (!given && !process.argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchReadiness();
