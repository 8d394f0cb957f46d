import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/core/standard/catalogue.js';
import { docxParts, paragraphs } from '../core/render/docx-reader.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const UNIT = 'examples/city/xa-tam-hiep';
const temp = tempDir('qms-checklist-');
afterAll(() => temp.cleanup());

describe('qms checklist (spawned)', () => {
  it('--all on a real commune lists every clause, the exclusions with their reasons', () => {
    const r = runCli(['checklist', UNIT, '--all', '--date', '2014-07-14']);
    expect(r.code, r.stderr).toBe(0);
    for (const c of loadCatalogue().clauses) expect(r.stdout, c.number).toContain(` ${c.number}`);
    expect(r.stdout).toContain('NGOẠI LỆ: đơn vị loại trừ 7.3 — Không áp dụng thiết kế và phát triển');
    expect(r.stdout).toContain('NGOẠI LỆ: đơn vị loại trừ 7.6 — Không áp dụng kiểm soát thiết bị theo dõi và đo lường');
  });

  it('never says an instrument is in force when the legal register does not know (status unknown)', async () => {
    const r = await runInProcess([
      'checklist',
      'examples/city/huyen-thanh-tri',
      '--process',
      'QT-02',
      '--date',
      '2014-07-14',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.includes('111/2004/NĐ-CP'))!;
    expect(row).toContain('chưa xác định được văn bản còn hiệu lực');
    expect(row).not.toContain(': văn bản còn hiệu lực ngày');
    const superseded = r.stdout.split('\n').find((l) => l.includes('34/2001/PL-UBTVQH10'))!;
    expect(superseded).toContain('đã hết hiệu lực từ 01/07/2012');
  });

  it("--process writes a DOCX with the procedure's own questions; the same bytes twice", () => {
    const files = ['a.docx', 'b.docx'].map((n) => join(temp.dir, n));
    for (const file of files) {
      const r = runCli([
        'checklist',
        UNIT,
        '--process',
        'QT-HT-01',
        '--auditor',
        'Hà Thị Yến',
        '--date',
        '2014-07-14',
        '--output',
        file,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('Phiếu ghi chép UBND xã Tam Hiệp:');
    }
    const [a, b] = files.map((f) => readFileSync(f));
    expect(a.equals(b)).toBe(true);
    const body = paragraphs(docxParts(a)['word/document.xml']).join('\n');
    expect(body).toContain('Thành phần hồ sơ «Tờ khai đăng ký khai sinh» (01 bản chính)');
    expect(body).toContain('Thời hạn giải quyết trong ngày (tiếp nhận đến 15 giờ');
    expect(body).toContain('Công chức Tư pháp – Hộ tịch (Nguyễn Thị Thủy, Đào Văn Sơn)');
    expect(body).toContain('«Sổ đăng ký khai sinh» do');
  });

  it('prints the same CSV bytes to stdout as it writes with --output (BOM, CRLF)', () => {
    const file = join(temp.dir, 'p.csv');
    const printed = runCli(['checklist', UNIT, '--process', 'QT-HT-01', '--date', '2014-07-14', '--format', 'csv']);
    const written = runCli(['checklist', UNIT, '--process', 'QT-HT-01', '--date', '2014-07-14', '--output', file]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(written.code, written.stderr).toBe(0);
    expect(printed.stdout.startsWith('\ufeffTT,Mã câu hỏi,Điều khoản,Câu hỏi,')).toBe(true);
    expect(Buffer.from(printed.stdout, 'utf8').equals(readFileSync(file))).toBe(true);
  });
});

describe('qms checklist: refusals', () => {
  it('needs exactly one scope', async () => {
    expect((await runInProcess(['checklist', UNIT])).code).toBe(2);
    const both = await runInProcess(['checklist', UNIT, '--all', '--clause', '4.1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('chỉ chọn một trong --all, --clause, --process');
  });

  it('needs --output for DOCX', async () => {
    const r = await runInProcess(['checklist', UNIT, '--all', '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output');
  });

  it('does not overwrite an existing file unless --force', async () => {
    const file = join(temp.dir, 'taken.md');
    writeFileSync(file, 'hand-written notes\n');
    const r = await runInProcess(['checklist', UNIT, '--clause', '8.2.2', '--output', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_EXISTS');
    expect(readFileSync(file, 'utf8')).toBe('hand-written notes\n');
    const forced = await runInProcess(['checklist', UNIT, '--clause', '8.2.2', '--output', file, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('8.2.2');
  });

  it('names an unknown clause, procedure, date or folder', async () => {
    for (const [args, needle] of [
      [['--clause', '9.9'], '9.9'],
      [['--process', 'QT-ZZ-01'], 'QT-ZZ-01'],
      [['--all', '--date', '2014-02-30'], '2014-02-30'],
    ] as const) {
      const r = await runInProcess(['checklist', UNIT, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(needle);
    }
    const none = await runInProcess(['checklist', 'examples/city', '--all']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('qms.yaml');
  });
});
