// Run the built `qms` as a user does (a fresh process), timed, with its peak RSS (lib/peak-rss.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(resolve(here, '..', '..', '..'), 'bin', 'qms.js');
const preload = pathToFileURL(join(here, 'peak-rss.mjs')).href;

/** `qms …args`: { ms, rssMb, cpuMs (all threads), stderr }; throws when the exit code is not `expect` (default 0). */
export function runQms(args, { expect = 0 } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'qms-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CI: '1', QMS_BENCH_RSS_FILE: rssFile },
    });
    const ms = performance.now() - t0;
    if (r.status !== expect) throw new Error(`qms ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr}`);
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
    return { ms, rssMb: usage.maxRSS / 1024, cpuMs: usage.cpu / 1000, stderr: r.stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
