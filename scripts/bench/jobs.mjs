// Where worker threads start to pay (issue 11, item 28): `qms validate` of the first N units of a
// generated corpus with --jobs 1 and with --jobs <cores>, each a fresh process (as a user runs it),
// median of --rounds runs. Prints the table and the crossover, the figure behind the default --jobs
// (src/cli/commands/batch-options.ts: IN_PROCESS_UNITS). Options: --sizes 5,10,20,40,80,160 --rounds 5.
// Then the same for `qms build` (2008-line communes, DOCX): the figure behind UNITS_PER_BUILD_WORKER in
// src/cli/commands/build.ts. Options: --build-sizes 1,2,3,4 --build-rounds 3; --only build|validate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCommunes } from './lib/corpus.mjs';
import { runQms } from './lib/run-qms.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '5,10,20,40,80,160').split(',').map(Number);
const rounds = Number(arg('--rounds', '5'));
const cores = availableParallelism();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const only = arg('--only', undefined);

/** Units by name, sorted, under a corpus of district folders. */
const unitsOf = (corpus) =>
  readdirSync(corpus)
    .sort()
    .flatMap((d) =>
      readdirSync(join(corpus, d))
        .sort()
        .map((u) => join(corpus, d, u)),
    );

if (only !== 'build') await benchValidate();
if (only !== 'validate') await benchBuild();

async function benchValidate() {
  const corpus = mkdtempSync(join(tmpdir(), 'qms-bench-jobs-'));
  try {
    const { effectiveDate } = await generateCommunes(corpus, Math.max(...sizes));
    const asOf = `${Number(effectiveDate.slice(0, 4)) + 1}${effectiveDate.slice(4)}`;
    const units = unitsOf(corpus);
    const time = (n, jobs) => {
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          join(root, 'bin', 'qms.js'),
          'validate',
          ...units.slice(0, n),
          '--quiet',
          '--as-of',
          asOf,
          '--jobs',
          String(jobs),
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      if (r.status !== 0) throw new Error(`validate of ${n} units exited ${r.status}: ${r.stderr}`);
      return performance.now() - t0;
    };
    crossover('', sizes, rounds, time);
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

async function benchBuild() {
  const buildSizes = arg('--build-sizes', '1,2,3,4').split(',').map(Number);
  const buildRounds = Number(arg('--build-rounds', '3'));
  const corpus = mkdtempSync(join(tmpdir(), 'qms-bench-jobs-build-'));
  try {
    // One folder per size, built as a tree (units named one by one from elsewhere would all go to --out's top).
    for (const n of buildSizes) await generateCommunes(join(corpus, `n${n}`), n, { effectiveDate: '2012-06-01' });
    const time = (n, jobs) => {
      const out = join(corpus, 'out');
      rmSync(out, { recursive: true, force: true });
      const r = runQms(['build', join(corpus, `n${n}`), '--out', out, '--format', 'docx', '--jobs', String(jobs)]);
      rmSync(out, { recursive: true, force: true });
      return r.ms;
    };
    crossover('build: ', buildSizes, buildRounds, time);
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

/** Time each size with one thread and with one per core (median of `rounds`); print where workers start to pay. */
function crossover(label, sizes, rounds, time) {
  console.log(`${label}units  --jobs 1 (ms)  --jobs ${cores} (ms)  faster`);
  let from;
  for (const n of sizes) {
    const one = [];
    const many = [];
    for (let i = 0; i < rounds; i++) {
      one.push(time(n, 1));
      many.push(time(n, cores));
    }
    const a = median(one);
    const b = median(many);
    if (from === undefined && b < a) from = n;
    console.log(
      `${label}${String(n).padStart(5)}  ${a.toFixed(0).padStart(13)}  ${b.toFixed(0).padStart(13)}  ${b < a ? 'workers' : 'in-process'}`,
    );
  }
  console.log(
    from === undefined
      ? `${label}workers never faster up to ${Math.max(...sizes)} units on ${cores} cores`
      : `${label}crossover: workers faster from ${from} units on ${cores} cores (median of ${rounds})`,
  );
}
