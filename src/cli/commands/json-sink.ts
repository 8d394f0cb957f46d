import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpooledReport } from '../../core/write/output-file.js';
import type { Io } from '../io.js';

/**
 * Where the JSON report of a tree goes while its units are checked or assessed (`qms validate` and
 * `qms readiness --format json`): written as it comes, so that no unit's JSON text is kept. To stdout, line by line (`io.out` ends each line; a
 * line is only printed once whole). With `--output`, to a spool file outside the tree, whose bytes
 * are copied into the report file at the end by the rules of every report (`writeOutputFile`: atomic,
 * never a half-written file, an existing different file kept without --force), never read whole into
 * memory (10,000 units make ~300 MB of readiness JSON, ~1 GB of validate JSON with ~90 findings a unit); a failed run leaves nothing.
 */
export interface JsonSink {
  write(chunk: string): void;
  /** The spool file (`--output`), closed once the last chunk is written; nothing for stdout. */
  finish(): SpooledReport | undefined;
  /** Drop the spool: after a failed run, or once the report file is written. */
  discard(): void;
}

export function stdoutSink(io: Io, beforePrint?: () => void): JsonSink {
  let carry = '';
  return {
    write(chunk) {
      const text = carry + chunk;
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        carry = text;
        return;
      }
      beforePrint?.();
      io.out(text.slice(0, end));
      carry = text.slice(end + 1);
    },
    finish() {
      // The report ends with a line break: nothing is left over.
      if (carry) io.out(carry);
      return undefined;
    },
    discard() {
      carry = '';
    },
  };
}

export function spoolSink(): JsonSink {
  const dir = mkdtempSync(join(tmpdir(), 'qms-readiness-'));
  const file = join(dir, 'report.json');
  let fd: number | undefined = openSync(file, 'w', 0o600);
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(chunk) {
      writeSync(fd!, chunk);
    },
    finish() {
      close();
      return { spooled: file };
    },
    discard() {
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
