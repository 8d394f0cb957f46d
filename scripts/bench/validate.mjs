// Benchmark of `qms validate` (issue 3 "Speed"). Generates a city-size corpus with the tool's own model
// (in-process `qms init` logic, not one process per unit) in a temp folder, then times, each in a fresh
// process with its peak RSS: r0 reading every file; a1 read + `yaml` parse (one thread); a2 read +
// js-yaml 4 parse; b `qms validate` of the whole corpus; c the same again, unchanged, with --cache; and
// `qms --version` against `node -e 0`. Goals: b ≤ 1.0 × a2, c ≤ 3 × r0, peak RSS ≤ 400 MB,
// --version ≤ 2 × node -e 0. CPU time (all threads) is printed too: b's CPU against a2's says how much
// work validate does beyond a parse, whatever the other load on the machine.
// Options: --units N (default 600 communes), --rounds N (default 3), --quick (skip a1, the slow one),
// --corpus DIR (reuse a corpus; it is kept), --keep (keep the generated corpus).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { generateCommunes } from './lib/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const self = fileURLToPath(import.meta.url);
// Units take effect on the newest model's release date (its citations are in force then); checked a
// year later. Written into the corpus folder so that child processes and --corpus reuse agree.
const asOfFile = (corpus) => join(corpus, '.as-of');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(name);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every file under dir (no links followed), sorted. */
function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** 600 communes (every TTHC group) on the newest model's release date; checked a year later. */
async function generate(dir, communes) {
  mkdirSync(dir, { recursive: true });
  const result = await generateCommunes(dir, communes);
  const d = result.effectiveDate;
  writeFileSync(asOfFile(dir), `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`);
  return result;
}

/** One measurement in this (fresh) process: prints { ms, rssMb }. */
async function child(mode, corpus, extra) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const t0 = performance.now();
  if (mode === 'read' || mode === 'yaml' || mode === 'jsyaml') {
    const parse =
      mode === 'yaml'
        ? (await import('yaml')).parse
        : mode === 'jsyaml'
          ? createRequire(join(root, 'package.json'))('js-yaml').load
          : () => {};
    for (const file of walk(corpus)) if (file.endsWith('.yaml')) parse(decoder.decode(readFileSync(file)));
  } else {
    const { run } = await import(dist('cli/main.js'));
    const asOf = readFileSync(asOfFile(corpus), 'utf8').trim();
    const args = ['validate', corpus, '--quiet', '--as-of', asOf, ...(extra ? extra.split(' ') : [])];
    const code = await run({ argv: args });
    if (code !== 0) throw new Error(`qms ${args.join(' ')} exited ${code}`);
  }
  const ms = performance.now() - t0;
  const use = process.resourceUsage();
  // CPU time of every thread (workers included): on a shared machine a steadier figure than wall time.
  const cpuMs = (use.userCPUTime + use.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ ms, cpuMs, rssMb: use.maxRSS / 1024 }));
}

function measure(mode, corpus, extra = '') {
  const r = spawnSync(process.execPath, [self, '--child', mode, corpus, extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.slice(r.stdout.lastIndexOf('{')));
}

function startup(args, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
    times.push(performance.now() - t);
  }
  return median(times);
}

export default async function benchValidate() {
  const rounds = Number(arg('--rounds', '3'));
  const given = arg('--corpus');
  const corpus = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'qms-bench-validate-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'qms-bench-cache-'));
  try {
    let files;
    let bytes;
    if (!given) {
      const t = performance.now();
      ({ files, bytes } = await generate(corpus, Number(arg('--units', '600'))));
      console.log(
        `validate: corpus ${files} files, ${(bytes / 1e6).toFixed(0)} MB in ${corpus} (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
    } else {
      const all = walk(corpus).filter((f) => f.endsWith('.yaml'));
      files = all.length;
      bytes = all.reduce((n, f) => n + readFileSync(f).length, 0);
      console.log(`validate: corpus ${files} files, ${(bytes / 1e6).toFixed(0)} MB in ${corpus}`);
    }
    const runs = (mode, n, extra) => {
      const rs = Array.from({ length: n }, () => measure(mode, corpus, extra));
      return {
        ms: median(rs.map((r) => r.ms)),
        cpuMs: median(rs.map((r) => r.cpuMs)),
        rssMb: Math.max(...rs.map((r) => r.rssMb)),
      };
    };
    const r0 = runs('read', rounds);
    const a1 = flag('--quick') ? undefined : runs('yaml', 1);
    const a2 = runs('jsyaml', rounds);
    const b = runs('validate', rounds);
    measure('validate', corpus, `--cache --cache-location ${cacheDir}`); // fills the cache
    const c = runs('validate', rounds, `--cache --cache-location ${cacheDir}`);
    const version = startup([join(root, 'bin', 'qms.js'), '--version'], 11);
    const node = startup(['-e', '0'], 11);
    const row = (name, m, extra = '') =>
      console.log(
        `validate: ${name.padEnd(44)} ${(m.ms / 1000).toFixed(2).padStart(7)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s)   peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB${extra}`,
      );
    row('r0 read every file (floor)', r0);
    if (a1) row('a1 read + yaml parse, one thread', a1);
    row('a2 read + js-yaml 4 parse, one thread', a2);
    row(
      'b  qms validate (all rules, --jobs = cores)',
      b,
      `   b/a2 = ${(b.ms / a2.ms).toFixed(2)} (goal ≤ 1.0), CPU ${(b.cpuMs / a2.cpuMs).toFixed(2)}`,
    );
    row('c  qms validate again, unchanged (--cache)', c, `   c/r0 = ${(c.ms / r0.ms).toFixed(2)} (goal ≤ 3)`);
    console.log(
      `validate: qms --version ${version.toFixed(0)} ms, node -e 0 ${node.toFixed(0)} ms: ratio ${(version / node).toFixed(2)} (goal ≤ 2)`,
    );
    console.log(
      `validate: peak RSS goal ≤ 400 MB: ${Math.max(b.rssMb, c.rssMb) <= 400 ? 'met' : 'NOT met'} (b ${b.rssMb.toFixed(0)} MB, c ${c.rssMb.toFixed(0)} MB); medians of ${rounds} runs${a1 ? ', a1 once' : ''}`,
    );
    return { files, bytes, r0, a1, a2, b, c, version, node };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    if (!given && !flag('--keep')) rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5]);
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchValidate();
