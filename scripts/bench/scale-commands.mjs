// Benchmark of the commands other than validate and build on a large tree and a large unit (issue 16:
// "memory flat in the size of a unit and of a tree for every command"). Each run is a fresh process
// (in-process `run`, output to a sink; CPU and peak RSS count the worker threads), with `qms validate`
// of the same input in the same run as the floor:
// - a tree of communes (lib/readiness-corpus.mjs: milestones, audits and reviews in five profiles;
//   copied past the first 60 by lib/clone-tree.mjs), its first 600 units and the whole: readiness
//   (roll-up printed as text; the whole tree also as JSON, written unit by unit, measured against the
//   600-unit text run, to an --output file), its --merge (text, and JSON to a file), validate's JSON
//   of the whole tree (to an --output file, against the 600-unit validate) and model diff
//   (summary table). Goals: readiness ≤ 1.2 × validate
//   (wall and CPU) on 600 units; peak RSS ≤ 400 MB and flat (the whole tree's peak ≤ 1.1 × the
//   600-unit one); time per unit linear (≤ 1.1 × the 600-unit figure).
// - the 10,000-procedure unit (lib/big-unit.mjs): readiness, checklist of one process and of every
//   clause, audit plan, model diff, model update --dry-run. Goal: peak RSS ≤ 400 MB each.
// Options: --units N (or QMS_BENCH_COMMANDS_UNITS; default 3000), --base N (default 600),
// --procedures N (or QMS_BENCH_PROCEDURES; default 10000), --rounds N (default 1),
// --corpus DIR (reuse what a run with --keep generated; kept), --keep.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateBigUnit } from './lib/big-unit.mjs';
import { cloneTree } from './lib/clone-tree.mjs';
import { arg, childRun, measureRun, median, seconds } from './lib/measure.mjs';
import { generateReadinessCorpus } from './lib/readiness-corpus.mjs';

const self = fileURLToPath(import.meta.url);
const PER_DISTRICT = 20; // lib/corpus.mjs
const TREE_AS_OF = '2014-12-31'; // the readiness corpus takes effect on 2012-06-01 (readiness.mjs uses this date)
const UNIT_AS_OF = '2013-06-01'; // the big unit takes effect on 2012-06-01 (scale-validate-unit.mjs)
const MB = 400;

export default async function benchCommands() {
  const started = performance.now();
  const units = Number(arg('--units', process.env.QMS_BENCH_COMMANDS_UNITS ?? '3000'));
  const base = Number(arg('--base', '600'));
  const procedures = Number(arg('--procedures', process.env.QMS_BENCH_PROCEDURES ?? '10000'));
  const rounds = Number(arg('--rounds', '1'));
  const given = arg('--corpus');
  const corpus = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'qms-bench-commands-'));
  let tree = join(corpus, 'tree');
  let big = join(corpus, 'unit');
  try {
    if (!existsSync(tree)) {
      const t = performance.now();
      mkdirSync(tree, { recursive: true });
      const { files, bytes } = await cloneTree(tree, units, generateReadinessCorpus);
      console.log(
        `scale-commands: tree of ${units} units, ${files} files, ${(bytes / 1e6).toFixed(0)} MB (made in ${seconds(performance.now() - t)})`,
      );
    }
    if (!existsSync(big)) {
      const t = performance.now();
      const made = await generateBigUnit(big, procedures);
      console.log(`scale-commands: unit of ${made.procedures} procedures (made in ${seconds(performance.now() - t)})`);
    }
    // qms never follows a link: a reused corpus may link to its tree and unit.
    [tree, big] = [realpathSync(tree), realpathSync(big)];
    const unit = join(big, 'huyen-01', 'xa-001');
    const districts = readdirSync(tree)
      .filter((d) => d.startsWith('huyen-'))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
    const count = (ds) => ds.reduce((n, d) => n + readdirSync(join(tree, d)).length, 0);
    const firstDistricts = districts.slice(0, Math.ceil(base / PER_DISTRICT));
    const first = firstDistricts.map((d) => join(tree, d));
    const [small, total] = [count(firstDistricts), count(districts)];
    const run = (args) => {
      const rs = Array.from({ length: rounds }, () => measureRun(self, args));
      return {
        ms: median(rs.map((r) => r.ms)),
        cpuMs: median(rs.map((r) => r.cpuMs)),
        rssMb: Math.max(...rs.map((r) => r.rssMb)),
      };
    };
    const row = (name, m, n) =>
      console.log(
        `scale-commands: ${name.padEnd(44)} ${seconds(m.ms).padStart(8)} (CPU ${seconds(m.cpuMs)}${n ? `; ${(m.cpuMs / n).toFixed(1)} ms CPU per unit` : ''})   peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB`,
      );
    const verdict = (ok) => (ok ? 'met' : 'NOT met');
    const [whole, merged] = [join(corpus, 'readiness.json'), join(corpus, 'merged.json')];
    const validateOut = join(corpus, 'validate.json');

    // The tree: readiness and model diff, 600 units and the whole, validate of the 600 as the floor.
    const r = {
      validate: run(['validate', ...first, '--quiet', '--as-of', TREE_AS_OF]),
      readiness: run(['readiness', ...first, '--as-of', TREE_AS_OF]),
      readinessAll: run(['readiness', tree, '--as-of', TREE_AS_OF]),
      // A tree's validate JSON is written unit by unit (~100 KB a unit here: ~90 findings each).
      validateJson: run(['validate', tree, '--as-of', TREE_AS_OF, '--format', 'json', '-o', validateOut, '--force']),
      readinessJson: run(['readiness', tree, '--as-of', TREE_AS_OF, '--format', 'json', '-o', whole, '--force']),
      // --merge of the whole run's file (a result without a shard mark is shard 1/1): read a unit at a time.
      merge: run(['readiness', '--merge', whole]),
      mergeJson: run(['readiness', '--merge', whole, '--format', 'json', '-o', merged, '--force']),
      diff: run(['model', 'diff', ...first]),
      diffAll: run(['model', 'diff', tree]),
      // JSON prints every document a unit changed (~370 KB a unit): printed a unit at a time, not held.
      diffJson: run(['model', 'diff', ...first, '--format', 'json']),
    };
    row(`qms validate, ${small} units (floor)`, r.validate, small);
    row(`qms readiness, ${small} units`, r.readiness, small);
    row(`qms readiness, ${total} units`, r.readinessAll, total);
    row(`qms readiness --format json, ${total} units`, r.readinessJson, total);
    row(`qms validate --format json, ${total} units`, r.validateJson, total);
    row(`qms readiness --merge (text), ${total} units`, r.merge, total);
    row(`qms readiness --merge --format json, ${total} units`, r.mergeJson, total);
    // Compared 1 MiB at a time: two ~300 MB files read whole would raise this process's RSS, and Linux
    // passes a parent's peak RSS on to the children it starts (every later run's maxRSS would read ~600 MB).
    const { sameFileBytes } = await import(
      pathToFileURL(join(dirname(self), '..', '..', 'dist', 'core', 'write-files.js')).href
    );
    console.log(
      `scale-commands: the merged JSON is the whole run's, byte for byte: ${sameFileBytes(whole, merged) ? 'yes' : 'NO'}`,
    );
    row(`qms model diff, ${small} units`, r.diff, small);
    row(`qms model diff, ${total} units`, r.diffAll, total);
    row(`qms model diff --format json, ${small} units`, r.diffJson, small);
    const wall = r.readiness.ms / r.validate.ms;
    const cpu = r.readiness.cpuMs / r.validate.cpuMs;
    console.log(
      `scale-commands: readiness / validate on ${small} units: ${wall.toFixed(2)} wall, ${cpu.toFixed(2)} CPU (goal ≤ 1.2): ${verdict(wall <= 1.2 && cpu <= 1.2)}; peak RSS ${(r.readiness.rssMb / r.validate.rssMb).toFixed(2)} × validate's`,
    );
    for (const [name, a, b, timed] of [
      ['readiness', r.readiness, r.readinessAll],
      ['validate --format json --output', r.validate, r.validateJson],
      ['readiness --format json --output', r.readiness, r.readinessJson],
      // A merge does other work than an assessment: only its memory is compared.
      ['readiness --merge', r.readiness, r.merge, false],
      ['readiness --merge --format json --output', r.readiness, r.mergeJson, false],
      ['model diff', r.diff, r.diffAll],
    ]) {
      const flat = b.rssMb / a.rssMb;
      const linear = b.cpuMs / total / (a.cpuMs / small);
      const time = `; CPU per unit ${linear.toFixed(2)} × (goal ≤ 1.1): ${verdict(linear <= 1.1)}`;
      console.log(
        `scale-commands: ${name}, ${total} vs ${small} units: peak RSS ${flat.toFixed(2)} × (goal ≤ 1.1, and ≤ ${MB} MB): ${verdict(flat <= 1.1 && b.rssMb <= MB)}${timed === false ? '' : time}`,
      );
    }

    // The 10,000-procedure unit: every command that reads a unit, validate as the floor.
    const u = {
      validate: run(['validate', unit, '--quiet', '--as-of', UNIT_AS_OF]),
      readiness: run(['readiness', unit, '--as-of', UNIT_AS_OF]),
      checklistProcess: run(['checklist', unit, '--process', 'QT-AA-01', '--date', UNIT_AS_OF]),
      checklistAll: run(['checklist', unit, '--all', '--date', UNIT_AS_OF]),
      plan: run(['audit', 'plan', unit, '--year', UNIT_AS_OF.slice(0, 4)]),
      diff: run(['model', 'diff', unit]),
      update: run(['model', 'update', unit, '--dry-run', '--date', '2026-01-05']),
    };
    const names = {
      validate: 'qms validate (floor)',
      readiness: 'qms readiness',
      checklistProcess: 'qms checklist --process QT-AA-01',
      checklistAll: 'qms checklist --all',
      plan: 'qms audit plan',
      diff: 'qms model diff',
      update: 'qms model update --dry-run',
    };
    for (const [k, m] of Object.entries(u)) row(`${names[k]}, ${procedures} procedures`, m);
    const over = Object.entries(u).filter(([, m]) => m.rssMb > MB);
    console.log(
      `scale-commands: ${procedures}-procedure unit, peak RSS goal ≤ ${MB} MB: ${over.length === 0 ? 'met' : `NOT met (${over.map(([k]) => names[k]).join(', ')})`}; ${rounds === 1 ? 'one run each' : `medians of ${rounds} runs`}, fresh processes; bench took ${seconds(performance.now() - started)}`,
    );
    return { tree: r, unit: u, ratio: { wall, cpu } };
  } finally {
    if (!given && !process.argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await childRun(process.argv.slice(3));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchCommands();
