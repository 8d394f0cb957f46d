// Benchmark of `qms validate` on a national-size tree (issue 16): 10,000 communes generated as the
// validate benchmark's corpus is (lib/corpus.mjs: the newest model, 20 communes per district folder,
// checked a year after they take effect), validated whole and, for the per-unit baseline, its first
// 600 communes (the first 30 district folders) — each in a fresh process, --jobs by default, the
// findings printed as text to a sink. Goals: peak RSS ≤ 400 MB; time per unit ≤ 1.1 × the 600-unit
// figure (linear). Options: --units N (or QMS_BENCH_TREE_UNITS; default 10000), --base N (default 600),
// --rounds N (default 1), --corpus DIR (reuse what a run with --keep generated; kept), --keep.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCommunes } from './lib/corpus.mjs';
import { arg, childRun, measureRun, median, seconds } from './lib/measure.mjs';

const self = fileURLToPath(import.meta.url);
const PER_DISTRICT = 20; // lib/corpus.mjs

export default async function benchValidateTree() {
  const started = performance.now();
  const units = Number(arg('--units', process.env.QMS_BENCH_TREE_UNITS ?? '10000'));
  const base = Number(arg('--base', '600'));
  const rounds = Number(arg('--rounds', '1'));
  const given = arg('--corpus');
  const corpus = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'qms-bench-tree-'));
  try {
    if (!given) {
      const t = performance.now();
      const { files, bytes, effectiveDate } = await generateCommunes(corpus, units);
      writeFileSync(join(corpus, '.as-of'), `${Number(effectiveDate.slice(0, 4)) + 1}${effectiveDate.slice(4)}`);
      console.log(
        `scale-validate-tree: ${units} units, ${files} files, ${(bytes / 1e6).toFixed(0)} MB in ${corpus} (generated in ${seconds(performance.now() - t)})`,
      );
    }
    const asOf = readFileSync(join(corpus, '.as-of'), 'utf8').trim();
    const districts = readdirSync(corpus)
      .filter((d) => d.startsWith('huyen-'))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
    const count = (ds) => ds.reduce((n, d) => n + readdirSync(join(corpus, d)).length, 0);
    const total = count(districts);
    const firstDistricts = districts.slice(0, Math.ceil(base / PER_DISTRICT));
    const baseUnits = count(firstDistricts);
    const first = firstDistricts.map((d) => join(corpus, d));
    const run = (paths) => {
      const rs = Array.from({ length: rounds }, () =>
        measureRun(self, ['validate', ...paths, '--quiet', '--as-of', asOf]),
      );
      return {
        ms: median(rs.map((r) => r.ms)),
        cpuMs: median(rs.map((r) => r.cpuMs)),
        rssMb: Math.max(...rs.map((r) => r.rssMb)),
        outMb: rs[0].outMb,
      };
    };
    const small = run(first);
    const all = run([corpus]);
    const row = (name, n, m) =>
      console.log(
        `scale-validate-tree: ${name.padEnd(30)} ${seconds(m.ms).padStart(8)} (CPU ${seconds(m.cpuMs)}; ${(m.ms / n).toFixed(1)} ms per unit)   peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB   findings printed ${m.outMb.toFixed(1)} MB`,
      );
    row(`qms validate, ${baseUnits} units`, baseUnits, small);
    row(`qms validate, ${total} units`, total, all);
    const ratio = all.ms / total / (small.ms / baseUnits);
    console.log(
      `scale-validate-tree: per unit ${ratio.toFixed(2)} × the ${baseUnits}-unit figure (goal ≤ 1.1): ${ratio <= 1.1 ? 'met' : 'NOT met'}; peak RSS goal ≤ 400 MB: ${all.rssMb <= 400 ? 'met' : 'NOT met'}; ${rounds === 1 ? 'one run each' : `medians of ${rounds} runs`}, fresh processes; bench took ${seconds(performance.now() - started)}`,
    );
    return { units: total, base: baseUnits, small, all, ratio };
  } finally {
    if (!given && !process.argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await childRun(process.argv.slice(3));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchValidateTree();
