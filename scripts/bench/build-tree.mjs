// Benchmark of `qms build` over a tree (issue 16): 20 communes of the 2008 line (every TTHC group and its
// one-stop forms: 144 documents each, 2,880 DOCX) built with --jobs 1 and with --jobs 2, each in a fresh process as a user runs
// it, median of --rounds; peak RSS of the whole process (worker threads included) and CPU time of every
// thread. Goals: --jobs 2 ≤ 0.6 × the wall time of --jobs 1 on 2 cores; peak RSS ≤ 300 MB. The two output
// trees must be byte-identical (checked). With --debug, build says how long a thread was idle at the end. Options: --units N (default 20), --rounds N (default 3),
// --format LIST (default docx).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCommunes } from './lib/corpus.mjs';
import { median, runQms } from './lib/run-qms.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const units = Number(arg('--units', '20'));
const rounds = Number(arg('--rounds', '3'));
const format = arg('--format', 'docx');

function files(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) files(join(dir, e.name), out);
    else out.push(join(dir, e.name));
  }
  return out.sort();
}

const work = mkdtempSync(join(tmpdir(), 'qms-bench-build-tree-'));
try {
  const corpus = join(work, 'units');
  await generateCommunes(corpus, units, { effectiveDate: '2012-06-01' });
  const runs = { 1: [], 2: [] };
  for (let r = 0; r < rounds; r++) {
    for (const jobs of [1, 2]) {
      const out = join(work, `out-${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const run = runQms(['build', corpus, '--out', out, '--format', format, '--jobs', String(jobs), '--debug']);
      // --debug: "idle at the end X s", the time from the first thread with nothing left to do to the end.
      run.idleMs = 1000 * Number(/idle at the end ([0-9.]+) s/.exec(run.stderr)?.[1] ?? NaN);
      runs[jobs].push(run);
    }
  }
  const [a, b] = [files(join(work, 'out-1')), files(join(work, 'out-2'))];
  const same =
    a.length === b.length &&
    a.every((f, i) => f.slice(f.indexOf('out-1') + 5) === b[i].slice(b[i].indexOf('out-2') + 5)) &&
    a.every((f, i) => readFileSync(f).equals(readFileSync(b[i])));
  const docx = a.filter((f) => f.endsWith('.docx')).length;
  const stat = (jobs, key) => median(runs[jobs].map((x) => x[key]));
  const [w1, w2] = [stat(1, 'ms'), stat(2, 'ms')];
  console.log(
    `build-tree: ${units} communes, ${a.length} files (${docx} DOCX), ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`,
  );
  for (const jobs of [1, 2])
    console.log(
      `build-tree: --jobs ${jobs}  ${(stat(jobs, 'ms') / 1000).toFixed(1)} s wall, ${(stat(jobs, 'cpuMs') / 1000).toFixed(1)} s CPU, peak RSS ${stat(jobs, 'rssMb').toFixed(0)} MB, a thread idle for the last ${(stat(jobs, 'idleMs') / 1000).toFixed(2)} s (median of ${rounds})`,
    );
  // On a shared machine the wall ratio needs free cores: the CPU ratio says what the second worker costs
  // (module loading, a second JIT warm-up); the wall ratio can reach at best that ratio / 2.
  const load = loadavg()[0];
  console.log(
    `build-tree: CPU --jobs 2 / --jobs 1 ${(stat(2, 'cpuMs') / stat(1, 'cpuMs')).toFixed(2)} (best wall ratio on 2 free cores ≈ ${(stat(2, 'cpuMs') / stat(1, 'cpuMs') / 2).toFixed(2)})${load > availableParallelism() ? `; load ${load.toFixed(1)} > ${availableParallelism()} cores: the wall ratio below is not the 2-core figure` : ''}`,
  );
  console.log(
    `build-tree: ratio --jobs 2 / --jobs 1 ${(w2 / w1).toFixed(2)} (goal ≤ 0.6)   peak RSS ${Math.max(stat(1, 'rssMb'), stat(2, 'rssMb')).toFixed(0)} MB (goal ≤ 300)   outputs ${same ? 'identical' : 'DIFFERENT'}`,
  );
  if (!same) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
