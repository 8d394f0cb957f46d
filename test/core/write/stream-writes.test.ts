import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareTarget,
  planTargets,
  refuseReadOnly,
  startWrites,
  StreamWriter,
} from '../../../src/core/write/stream-writes.js';
import { tempDir } from '../../helpers/run-cli.js';

/** Issue 16: generated files checked from their paths first, then written one at a time as they are made. */
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('planTargets', () => {
  it('finds what is there, and read-only files, without reading or writing anything', () => {
    mkdirSync(join(tmp.dir, 'md'));
    writeFileSync(join(tmp.dir, 'md', 'A.md'), 'cũ\n');
    writeFileSync(join(tmp.dir, 'md', 'B.md'), 'đã ký\n');
    chmodSync(join(tmp.dir, 'md', 'B.md'), 0o444);
    const plan = planTargets(tmp.dir, ['md/A.md', 'md/B.md', 'docx/C.docx']);
    expect(plan.targets).toEqual([
      { relPath: 'md/A.md', exists: true, readOnly: false },
      { relPath: 'md/B.md', exists: true, readOnly: true },
      { relPath: 'docx/C.docx', exists: false, readOnly: false },
    ]);
    expect(existsSync(join(tmp.dir, 'docx'))).toBe(false);
  });

  it('refuses, before anything is made, a path through a link, outside the folder, or onto a folder', () => {
    const elsewhere = join(tmp.dir, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(join(tmp.dir, 'out'));
    symlinkSync(elsewhere, join(tmp.dir, 'out', 'md'));
    expect(() => planTargets(join(tmp.dir, 'out'), ['docx/A.docx', 'md/A.md'])).toThrow(
      expect.objectContaining({ code: 'E_SYMLINK' }),
    );
    expect(() => planTargets(join(tmp.dir, 'out'), ['../A.md'])).toThrow(expect.objectContaining({ code: 'E_PATH' }));
    mkdirSync(join(tmp.dir, 'out', 'html', 'A.html'), { recursive: true });
    expect(() => planTargets(join(tmp.dir, 'out'), ['html/A.html'])).toThrow(
      expect.objectContaining({ code: 'E_NOT_FILE' }),
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('startWrites', () => {
  it('removes our temp files of a killed run when writing starts, and reports others', () => {
    mkdirSync(join(tmp.dir, 'md'));
    writeFileSync(join(tmp.dir, 'md', 'A.md.qms-999999999-0123456789ab.tmp'), 'dở');
    writeFileSync(join(tmp.dir, 'md', 'A.md.swp.tmp'), 'của trình soạn thảo');
    const plan = planTargets(tmp.dir, ['md/A.md']);
    expect(existsSync(join(tmp.dir, 'md', 'A.md.qms-999999999-0123456789ab.tmp'))).toBe(true);
    const notes = startWrites(plan);
    expect(notes.removedTemps).toEqual([join(tmp.dir, 'md', 'A.md.qms-999999999-0123456789ab.tmp')]);
    expect(notes.foreignTemps).toEqual([join(tmp.dir, 'md', 'A.md.swp.tmp')]);
    expect(readdirSync(join(tmp.dir, 'md'))).toEqual(['A.md.swp.tmp']);
  });
});

describe('StreamWriter', () => {
  const tmpFiles = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'));

  it('writes more files than it keeps under way, each whole once finished; identical bytes are left alone', async () => {
    mkdirSync(join(tmp.dir, 'md'));
    writeFileSync(join(tmp.dir, 'md', 'F0.md'), 'tệp 0\n');
    chmodSync(join(tmp.dir, 'md', 'F0.md'), 0o600);
    writeFileSync(join(tmp.dir, 'md', 'F1.md'), 'tệp 1\n');
    const before = statSync(join(tmp.dir, 'md', 'F1.md')).ino;
    const writer = new StreamWriter(tmp.dir, { depth: 3 });
    const actions = [];
    for (let i = 0; i < 20; i++) actions.push(await writer.write(`md/F${i}.md`, `tệp ${i === 0 ? 'mới' : i}\n`));
    await writer.finish();
    expect(actions.slice(0, 3)).toEqual(['overwrite', 'unchanged', 'create']);
    expect(actions.filter((a) => a === 'create')).toHaveLength(18);
    for (let i = 1; i < 20; i++) expect(readFileSync(join(tmp.dir, 'md', `F${i}.md`), 'utf8')).toBe(`tệp ${i}\n`);
    expect(readFileSync(join(tmp.dir, 'md', 'F0.md'), 'utf8')).toBe('tệp mới\n');
    expect(statSync(join(tmp.dir, 'md', 'F0.md')).mode & 0o777).toBe(0o600);
    expect(statSync(join(tmp.dir, 'md', 'F1.md')).ino).toBe(before);
    expect(tmpFiles(tmp.dir)).toEqual([]);
  });

  it('a write that fails once under way is reported by finish, the file in its way kept, no temp file left', async () => {
    const writer = new StreamWriter(tmp.dir);
    expect(await writer.write('md/A.md', 'mới\n')).toBe('create');
    // Another program creates the file before ours is put in place: ours is not linked over it.
    writeFileSync(join(tmp.dir, 'md', 'A.md'), 'của người khác\n');
    await expect(writer.finish()).rejects.toMatchObject({ code: 'E_EXISTS' });
    expect(readFileSync(join(tmp.dir, 'md', 'A.md'), 'utf8')).toBe('của người khác\n');
    expect(tmpFiles(tmp.dir)).toEqual([]);
  });

  it('refuses a read-only file with other content unless forced (keeping its mode), and names it', async () => {
    mkdirSync(join(tmp.dir, 'md'));
    writeFileSync(join(tmp.dir, 'md', 'A.md'), 'đã ký\n');
    chmodSync(join(tmp.dir, 'md', 'A.md'), 0o444);
    await expect(new StreamWriter(tmp.dir).write('md/A.md', 'khác\n')).rejects.toMatchObject({ code: 'E_READONLY' });
    expect(readFileSync(join(tmp.dir, 'md', 'A.md'), 'utf8')).toBe('đã ký\n');
    expect(await new StreamWriter(tmp.dir).write('md/A.md', 'đã ký\n')).toBe('unchanged');
    expect(() => refuseReadOnly(tmp.dir, ['md/A.md'])).toThrow(/md\/A\.md/);
    expect(compareTarget(tmp.dir, 'md/A.md', 'khác\n')).toBe('overwrite');
    const forced = new StreamWriter(tmp.dir, { force: true });
    expect(await forced.write('md/A.md', 'khác\n')).toBe('overwrite');
    await forced.finish();
    expect(readFileSync(join(tmp.dir, 'md', 'A.md'), 'utf8')).toBe('khác\n');
    expect(statSync(join(tmp.dir, 'md', 'A.md')).mode & 0o777).toBe(0o444);
  });
});
