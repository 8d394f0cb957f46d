// Start-up of `qms` installed outside the clone (README "Installing"): `npm install -g .` into a
// temporary prefix (the same link `npm link` makes), then `qms --version` from another folder
// against `node -e 0`, medians of --rounds (default 11). Goal: ≤ 2 × node -e 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const i = process.argv.indexOf('--rounds');
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 11;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const prefix = mkdtempSync(join(tmpdir(), 'qms-bench-global-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    ['install', '-g', '--prefix', prefix, '--ignore-scripts', '--offline', '--no-audit', '--no-fund', root],
    { encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`npm install -g failed: ${install.stderr}`);
  const qms = join(prefix, 'bin', 'qms');
  const time = (cmd, args) => {
    const xs = [];
    for (let k = 0; k < rounds; k++) {
      const t0 = performance.now();
      const r = spawnSync(cmd, args, { cwd: tmpdir() });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  const node = time(process.execPath, ['-e', '0']);
  const version = time(qms, ['--version']);
  const ratio = version / node;
  console.log(
    `startup: installed qms --version ${version.toFixed(0)} ms, node -e 0 ${node.toFixed(0)} ms: ratio ${ratio.toFixed(2)} (goal ≤ 2)`,
  );
  process.exitCode = ratio <= 2 ? 0 : 1;
} finally {
  rmSync(prefix, { recursive: true, force: true });
}
