import { Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { CliResult } from '../helpers/run-cli.js';

/** Run the CLI in this process (shared caches: fast), capturing stdout and stderr; no terminal, no colour. */
export async function runInProcess(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await run({
    argv: args,
    ...(cwd ? { cwd } : {}),
    stdout: Object.assign(
      sink((s) => {
        stdout += s;
      }),
      { isTTY: false },
    ),
    stderr: Object.assign(
      sink((s) => {
        stderr += s;
      }),
      { isTTY: false },
    ),
    env: { CI: '1', ...env },
  });
  return { code, stdout, stderr };
}
