// Shared by the scale benchmarks (scale-validate-*.mjs): run `qms` in a fresh process, output thrown
// away (as a user sends it to a file), and report its wall time, CPU time and peak RSS. Not a benchmark
// itself (scripts/bench.mjs runs only the .mjs files directly in scripts/bench/).
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const main = pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href;

/** In the child: run `qms <args>`; print { ms, cpuMs, rssMb, outMb, code }. Exit codes 0 and 1 are results. */
export async function childRun(args) {
  const { run } = await import(main);
  let bytes = 0;
  const sink = () =>
    Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      }),
      { isTTY: false },
    );
  const t0 = performance.now();
  const code = await run({ argv: args, stdout: sink(), stderr: sink(), env: { ...process.env, CI: '1' } });
  const ms = performance.now() - t0;
  if (code !== 0 && code !== 1) throw new Error(`qms ${args.join(' ')} exited ${code}`);
  const use = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs: (use.userCPUTime + use.systemCPUTime) / 1000,
      rssMb: use.maxRSS / 1024,
      outMb: bytes / 1e6,
      code,
    }),
  );
}

/** In the parent: run `script --child <args>` in a fresh process and return what `childRun` printed. */
export function measureRun(script, args) {
  const r = spawnSync(process.execPath, [script, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`qms ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.slice(r.stdout.lastIndexOf('{')));
}

export function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
