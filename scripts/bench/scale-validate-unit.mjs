// Benchmark of `qms validate` on one very large unit (issue 16): a commune of the benchmark corpus whose
// operational procedures are copied under new codes until it has 10,000 procedures
// (lib/big-unit.mjs, the unit the build benchmark uses), validated in a fresh process (in-process:
// one unit), the findings printed as text to a sink. Figures: wall and CPU time, time per procedure,
// peak RSS. Goal: peak RSS ≤ 400 MB.
// Options: --procedures N (or QMS_BENCH_PROCEDURES; default 10000), --rounds N (default 1),
// --corpus DIR (reuse what a run with --keep generated; kept), --keep (keep the generated unit).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateBigUnit } from './lib/big-unit.mjs';
import { arg, childRun, measureRun, median, seconds } from './lib/measure.mjs';

const self = fileURLToPath(import.meta.url);
// lib/big-unit.mjs writes the unit on the 2008 line, effective 2012-06-01: checked a year later.
const AS_OF = '2013-06-01';

export default async function benchValidateUnit() {
  const started = performance.now();
  let procedures = Number(arg('--procedures', process.env.QMS_BENCH_PROCEDURES ?? '10000'));
  const rounds = Number(arg('--rounds', '1'));
  const given = arg('--corpus');
  const corpus = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'qms-bench-unit-'));
  try {
    const unit = join(corpus, 'huyen-01', 'xa-001');
    if (!given) {
      const t = performance.now();
      const made = await generateBigUnit(corpus, procedures);
      console.log(
        `scale-validate-unit: a unit of ${made.procedures} procedures in ${unit} (generated in ${seconds(performance.now() - t)})`,
      );
    }
    procedures = readdirSync(join(unit, 'procedures')).length;
    const runs = Array.from({ length: rounds }, () =>
      measureRun(self, ['validate', unit, '--quiet', '--as-of', AS_OF]),
    );
    const ms = median(runs.map((r) => r.ms));
    const cpuMs = median(runs.map((r) => r.cpuMs));
    const rssMb = Math.max(...runs.map((r) => r.rssMb));
    console.log(
      `scale-validate-unit: qms validate, ${procedures} procedures  ${seconds(ms)} (CPU ${seconds(cpuMs)}; ${(ms / procedures).toFixed(2)} ms per procedure)   peak RSS ${rssMb.toFixed(0)} MB   findings printed ${runs[0].outMb.toFixed(1)} MB`,
    );
    console.log(
      `scale-validate-unit: peak RSS goal ≤ 400 MB: ${rssMb <= 400 ? 'met' : 'NOT met'}; ${rounds === 1 ? 'one run' : `median of ${rounds} runs`}, fresh process; bench took ${seconds(performance.now() - started)}`,
    );
    return { procedures, ms, cpuMs, rssMb };
  } finally {
    if (!given && !process.argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await childRun(process.argv.slice(3));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchValidateUnit();
