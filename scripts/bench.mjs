// `npm run bench`: run every scripts/bench/*.mjs in name order, each in its own process (so each one's
// peak memory is its own), passing the command-line options on, and print their figures.
// QMS_BENCH_ONLY=validate,scale-validate-unit runs only the files whose names start with those.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.env.QMS_BENCH_ONLY?.split(',');
let failed = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  console.log(`── ${name}`);
  const r = spawnSync(process.execPath, [join(dir, name), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`── ${name} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
