import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Texts kept on disk by key (a merged unit's JSON, by folder), to be read back one at a time in another
 * order: a file in the system's temporary folder, and ~100 bytes in memory per text. A key given again
 * points to its later text. `dispose` removes the file.
 */
export class TextSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'qms-merge-'));
  private fd: number | undefined = openSync(join(this.dir, 'texts'), 'w+', 0o600);
  private size = 0;
  private readonly spans = new Map<string, [number, number]>();

  add(key: string, text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd!, bytes, 0, bytes.length, this.size);
    this.spans.set(key, [this.size, bytes.length]);
    this.size += bytes.length;
  }

  get(key: string): string {
    const [at, length] = this.spans.get(key)!;
    const bytes = Buffer.allocUnsafe(length);
    for (let got = 0, n; got < length; got += n) {
      n = readSync(this.fd!, bytes, got, length - got, at + got);
      if (n === 0) throw new Error(`spool ended early: ${key}`);
    }
    return bytes.toString('utf8');
  }

  dispose(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
