// Benchmark of `qms build` on one very large unit (issue 16): a commune with 10,000 procedures
// (lib/big-unit.mjs: the model's procedures copied under new codes), built to DOCX in a fresh process;
// time and peak RSS. Goal: peak RSS ≤ 300 MB whatever the size of the unit: each document is written as it
// is made; the peak comes with the largest document, the register of every document (docs/architecture.md,
// What `qms build` holds). `qms validate` of the same unit is timed alongside: the build checks the unit
// first (its gate), so the build's peak is at least the check's. QMS_BENCH_PROCEDURES=N for a quicker run
// (default 10000); --format LIST (default docx).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBigUnit } from './lib/big-unit.mjs';
import { runQms } from './lib/run-qms.mjs';

const size = Number(process.env.QMS_BENCH_PROCEDURES ?? 10000);
const i = process.argv.indexOf('--format');
const format = i >= 0 ? process.argv[i + 1] : 'docx';

const work = mkdtempSync(join(tmpdir(), 'qms-bench-build-large-'));
try {
  const { unit, procedures } = await generateBigUnit(join(work, 'units'), size);
  const out = join(work, 'out');
  const check = runQms(['validate', unit, '--quiet', '--as-of', '2012-06-01']);
  const build = runQms(['build', unit, '--out', out, '--format', format]);
  const made = readdirSync(join(out, format.split(',')[0])).length;
  console.log(
    `build-large: one unit, ${procedures} procedures, ${made} documents (${format}); load ${loadavg()[0].toFixed(1)}`,
  );
  console.log(
    `build-large: qms build     ${(build.ms / 1000).toFixed(1)} s wall, ${(build.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${build.rssMb.toFixed(0)} MB (goal ≤ 300)`,
  );
  console.log(
    `build-large: qms validate  ${(check.ms / 1000).toFixed(1)} s wall, ${(check.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${check.rssMb.toFixed(0)} MB (the build's gate)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
