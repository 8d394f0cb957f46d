import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src/core/fs/read-text-file.js';
import { tempDir } from '../../helpers/run-cli.js';

const tmp = tempDir();
afterAll(tmp.cleanup);
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
};
const code = (path: string) => {
  const r = readTextFile(path);
  return r.ok ? 'ok' : r.problem.code;
};

describe('readTextFile', () => {
  it('strips a UTF-8 BOM and keeps CRLF text intact', () => {
    const r = readTextFile(
      file('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('tên: Đại Mỗ\r\n')])),
    );
    expect(r.ok && r.text).toBe('tên: Đại Mỗ\r\n');
  });
  it('names the line and column of a byte that is not UTF-8', () => {
    const r = readTextFile(
      file('latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0x31, 0x0a, 0x62, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a])),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.problem.code, r.problem.line, r.problem.col]).toEqual(['E_ENCODING', 2, 7]);
  });
  it('refuses UTF-16, CR-only line endings, big files, symlinks, folders and FIFOs without hanging', () => {
    expect(code(file('utf16.yaml', Buffer.from([0xff, 0xfe, 0x61, 0x00])))).toBe('E_ENCODING');
    expect(code(file('cr.yaml', 'a: 1\rb: 2\r'))).toBe('E_LINE_ENDINGS');
    expect(code(file('big.yaml', Buffer.alloc(1024 * 1024 + 1, 0x61)))).toBe('E_TOO_BIG');
    symlinkSync('/dev/zero', join(tmp.dir, 'zero.yaml'));
    expect(code(join(tmp.dir, 'zero.yaml'))).toBe('E_SYMLINK');
    mkdirSync(join(tmp.dir, 'dir.yaml'));
    expect(code(join(tmp.dir, 'dir.yaml'))).toBe('E_NOT_FILE');
    execFileSync('mkfifo', [join(tmp.dir, 'fifo.yaml')]);
    expect(code(join(tmp.dir, 'fifo.yaml'))).toBe('E_NOT_FILE');
    expect(code(join(tmp.dir, 'missing.yaml'))).toBe('E_NOT_FOUND');
  });
});
