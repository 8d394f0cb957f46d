// Benchmark behind BUILD_WORKER_LIMITS (src/cli/commands/build-run.ts, issue 16): the DOCX of 2 communes
// built in one process with V8's semi-spaces at 2, 8 and 16 MB — a worker's young generation of 8 MB (the
// old cap), 24 MB and 48 MB (V8's main-thread default, the one kept) — median of --rounds (default 3) of
// CPU time, scavenges and peak RSS. CPU time, not wall: the machine may be shared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCommunes } from './lib/corpus.mjs';
import { median } from './lib/run-qms.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;

/** In the child: build every DOCX of the units given; print { cpuMs, scavenges, rssMb }. */
async function child(units) {
  const { loadUnit } = await import(dist('core/unit/load-unit.js'));
  const { planOutputs } = await import(dist('core/render/render-unit.js'));
  const { buildDocx } = await import(dist('core/render/docx/build-docx.js'));
  let scavenges = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.detail?.kind === 1) scavenges++;
  }).observe({ entryTypes: ['gc'] });
  const before = process.cpuUsage();
  let documents = 0;
  for (const dir of units)
    for (const doc of planOutputs(loadUnit(dir), { formats: ['docx'] }).docs) {
      await buildDocx(doc.view());
      documents++;
    }
  await new Promise((r) => setTimeout(r, 20)); // the last GC entries
  const cpu = process.cpuUsage(before);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, scavenges, rssMb, documents }));
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else {
  const i = process.argv.indexOf('--rounds');
  const rounds = Number(i >= 0 ? process.argv[i + 1] : 3);
  const work = mkdtempSync(join(tmpdir(), 'qms-bench-build-young-'));
  try {
    await generateCommunes(work, 2, { effectiveDate: '2012-06-01' });
    const units = ['xa-001', 'xa-002'].map((u) => join(work, 'huyen-01', u));
    const semis = [2, 8, 16];
    const runs = Object.fromEntries(semis.map((s) => [s, []]));
    for (let r = 0; r < rounds; r++)
      for (const s of semis) {
        const args = [`--max-semi-space-size=${s}`, fileURLToPath(import.meta.url), '--child', ...units];
        const out = spawnSync(process.execPath, args, { encoding: 'utf8' });
        if (out.status !== 0) throw new Error(out.stderr);
        runs[s].push(JSON.parse(out.stdout.trim().split('\n').pop()));
      }
    const stat = (s, key) => median(runs[s].map((x) => x[key]));
    console.log(
      `build-young: ${runs[16][0].documents} DOCX of 2 communes in one process, load ${loadavg()[0].toFixed(1)}`,
    );
    for (const s of semis)
      console.log(
        `build-young: semi-spaces ${String(s).padStart(2)} MB (young generation ${3 * s} MB)  ${(stat(s, 'cpuMs') / 1000).toFixed(1)} s CPU (${(stat(s, 'cpuMs') / stat(16, 'cpuMs')).toFixed(2)}×), ${stat(s, 'scavenges')} scavenges, peak RSS ${stat(s, 'rssMb').toFixed(0)} MB (median of ${rounds})`,
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
