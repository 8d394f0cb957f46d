import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditUnit } from '../../src/core/audit/unit-scope.js';
import { parseYaml } from '../../src/core/yaml/parse-yaml.js';
import { fillCsv } from '../core/audit/fill.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'build', 'xa-dai-mo');
const temp = tempDir('qms-audit-');
afterAll(() => temp.cleanup());
let n = 0;
function freshUnit(): string {
  const dir = join(temp.dir, `unit-${++n}`);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('round trip: checklist CSV → fill → import → validate → readiness (spawned)', () => {
  const unit = freshUnit();
  const blank = join(temp.dir, 'blank.csv');
  const filled = join(temp.dir, 'filled.csv');
  const findings = join(unit, 'audits', 'DGNB-2012-01.yaml');

  it('prints a checklist, imports the filled copy, and the unit still validates', () => {
    const c = runCli([
      'checklist',
      unit,
      '--process',
      'QT-HT-01',
      '--format',
      'csv',
      '--output',
      blank,
      '--date',
      '2012-09-10',
    ]);
    expect(c.code, c.stderr).toBe(0);
    writeFileSync(
      filled,
      fillCsv(readFileSync(blank, 'utf8'), {
        'QT-HT-01/T-01': ['Hồ sơ 12/2012: nhận 14:50, trả ngày hôm sau, không có phiếu hẹn', 'NC nhẹ'],
        'QT-HT-01/Q-7.5.5-01': ['Nên có túi hồ sơ đi kèm phiếu kiểm soát', 'Lưu ý'],
      }),
    );
    const i = runCli([
      'audit',
      'import',
      unit,
      filled,
      '--date',
      '2012-09-10',
      '--auditor',
      'Vũ Thị Giang',
      '--auditor',
      'Ngô Thị Hà',
    ]);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stderr).toContain('DGNB-2012-01:');
    expect(i.stderr).toContain('1 NC nhẹ, 1 lưu ý');
    const text = readFileSync(findings, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(text.split('\n')[0]).toMatch(/schemas\/audit\.schema\.json$/);
    const audit = parseYaml(text).data as {
      scope: { procedures: string[]; clauses: string[] };
      findings: Array<{ id: string; clause: string; grade: string }>;
    };
    expect(audit.scope.procedures).toEqual(['QT-HT-01']);
    expect(audit.findings.map((f) => [f.id, f.clause, f.grade])).toEqual([
      ['NC-01', '8.2.3', 'minor'],
      ['OBS-01', '7.5.5', 'observation'],
    ]);
    const v = runCli(['validate', unit, '--as-of', '2012-09-30']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it('lets readiness see the audit', () => {
    const r = runCli(['readiness', unit, '--as-of', '2012-09-30', '--format', 'json']);
    expect(r.stdout).toContain('DGNB-2012-01');
  });

  it('then reports the nonconformity once it is past due and still open (QMS040)', () => {
    writeFileSync(
      findings,
      readFileSync(findings, 'utf8').replace('grade: minor\n', 'grade: minor\n    due: 2012-10-15\n'),
    );
    const v = runCli(['validate', unit, '--as-of', '2012-11-01']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/audits\/DGNB-2012-01\.yaml:\d+:\d+ error QMS040\/nonconformity-overdue NC-01/);
  });

  it('never replaces the findings file silently; --dry-run writes nothing; --force replaces', async () => {
    const before = readFileSync(findings, 'utf8');
    const again = await runInProcess([
      'audit',
      'import',
      unit,
      filled,
      '--id',
      'DGNB-2012-01',
      '--date',
      '2012-09-11',
      '--auditor',
      'Vũ Thị Giang',
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('audits/DGNB-2012-01.yaml đã có trong đơn vị');
    expect(readFileSync(findings, 'utf8')).toBe(before);
    const dry = await runInProcess([
      'audit',
      'import',
      unit,
      filled,
      '--date',
      '2012-09-11',
      '--auditor',
      'Vũ Thị Giang',
      '--dry-run',
      '--force', // the same checklist again is a re-import (test/cli/audit-reimport.test.ts); --force asks for a second audit
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('id: DGNB-2012-02');
    expect(existsSync(join(unit, 'audits', 'DGNB-2012-02.yaml'))).toBe(false);
    const forced = await runInProcess([
      'audit',
      'import',
      unit,
      filled,
      '--id',
      'DGNB-2012-01',
      '--date',
      '2012-09-11',
      '--auditor',
      'Vũ Thị Giang',
      '--force',
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(findings, 'utf8')).toContain('date: 2012-09-11');
  });
});

describe('audit import: a bad CSV is refused with row and column (spawned)', () => {
  const unit = freshUnit();
  const write = (name: string, content: string | Buffer) => {
    const file = join(temp.dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('a wrong header', () => {
    const file = write('header.csv', '\ufeffTT,Mã,Điều khoản,Câu hỏi,Kết luận\r\n1,Q-4.1-01,4.1,?,Phù hợp\r\n');
    const r = runCli(['audit', 'import', unit, file, '--auditor', 'Vũ Thị Giang']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_CSV');
    expect(r.stderr).toContain('hàng 1 (tiêu đề) thiếu cột «Mã câu hỏi», «Kết quả», «Bằng chứng / ghi chép»');
    expect(existsSync(join(unit, 'audits'))).toBe(false);
  });

  it('an unknown result value, in English too', async () => {
    const file = write(
      'result.csv',
      'TT,Mã câu hỏi,Điều khoản,Câu hỏi,Bằng chứng cần xem,Bằng chứng / ghi chép,Kết quả\n1,Q-4.1-01,4.1,?,?,,OK\n',
    );
    const r = await runInProcess(['audit', 'import', unit, file, '--auditor', 'Vũ Thị Giang', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'row 2, column G "Kết quả": result "OK" is not valid; write one of: Conforming, Major NC, Minor NC, Observation',
    );
  });

  it('a file saved in a legacy encoding (not UTF-8)', async () => {
    const header = Buffer.from(
      'TT,Mã câu hỏi,Điều khoản,Câu hỏi,Bằng chứng cần xem,Bằng chứng / ghi chép,Kết quả\r\n',
      'utf8',
    );
    const file = write(
      'latin1.csv',
      Buffer.concat([header, Buffer.from('1,Q-4.1-01,4.1,?,?,caf\xe9,Ph\xf9 h\xf3p\r\n', 'latin1')]),
    );
    const r = await runInProcess(['audit', 'import', unit, file, '--auditor', 'Vũ Thị Giang']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_ENCODING');
    expect(r.stderr).toMatch(/latin1\.csv:2:\d+/);
    expect(r.stderr).toContain('CSV UTF-8');
  });

  it('no auditor named', async () => {
    const file = write('ok.csv', 'Mã câu hỏi,Kết quả,Bằng chứng / ghi chép\nQ-4.1-01,Phù hợp,\n');
    const r = await runInProcess(['audit', 'import', unit, file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--auditor');
  });
});

describe('qms audit plan', () => {
  it.each(['xa-tam-hiep', 'huyen-thanh-tri', 'so-tu-phap', 'xa-vinh-quynh'])(
    'covers every procedure and applicable clause of %s',
    async (id) => {
      const r =
        id === 'xa-tam-hiep'
          ? runCli(['audit', 'plan', `examples/city/${id}`, '--year', '2014', '--rounds', '2', '--format', 'json'])
          : await runInProcess([
              'audit',
              'plan',
              `examples/city/${id}`,
              '--year',
              '2014',
              '--rounds',
              '2',
              '--format',
              'json',
            ]);
      expect(r.code, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout) as {
        rounds: Array<{ items: Array<{ key: string }> }>;
        coverage: Array<{ rounds: number[] }>;
      };
      const keys = plan.rounds.flatMap((x) => x.items.map((it) => it.key));
      for (const p of loadAuditUnit(`examples/city/${id}`).procedures) expect(keys).toContain(p.code);
      expect(plan.coverage.every((c) => c.rounds.length > 0)).toBe(true);
    },
  );

  it('stops with exit 1 and writes nothing when independence is impossible', async () => {
    const out = join(temp.dir, 'plan.md');
    const r = await runInProcess([
      'audit',
      'plan',
      'examples/city/xa-tam-hiep',
      '--year',
      '2014',
      '--auditor',
      'Trần Văn Quang',
      '--output',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_INDEPENDENCE');
    expect(existsSync(out)).toBe(false);
    // Summarised (issue 17): how many areas, the first few, who is kept out, and one change that works.
    expect(r.stderr).toMatch(
      /\d+ quá trình không có đánh giá viên đứng ngoài công việc \(NL, QT-01, QT-02, QT-03 và \d+ quá trình khác\)/,
    );
    expect(r.stderr).toContain('Trần Văn Quang (Thư ký ISO, Công chức Văn phòng – Thống kê) không được đánh giá');
    expect(r.stderr).toMatch(/Thêm một đánh giá viên: --auditor "[^"]+"/);
    const suggested = /--auditor "([^"]+)" \(không làm/.exec(r.stderr)![1];
    const fixed = await runInProcess([
      'audit',
      'plan',
      'examples/city/xa-tam-hiep',
      '--year',
      '2014',
      '--auditor',
      'Trần Văn Quang',
      '--auditor',
      suggested,
      '--format',
      'json',
    ]);
    expect(fixed.code, fixed.stderr).toBe(0);
  });

  it('without --year: a usage error in Vietnamese (exit 2) pointing at the help', async () => {
    const r = await runInProcess(['audit', 'plan', 'examples/city/xa-tam-hiep']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lỗi E_USAGE: .*thiếu tùy chọn bắt buộc --year/);
    expect(r.stderr).toContain('--help');
  });

  it('--max-per-day spreads the audits; the notes name the missing training list and calendar data', async () => {
    const r = await runInProcess([
      'audit',
      'plan',
      'examples/city/so-tu-phap',
      '--year',
      '2030',
      '--max-per-day',
      '1',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { rounds: Array<{ items: Array<{ date: string; auditor: string }> }> };
    const pairs = plan.rounds.flatMap((x) => x.items.map((it) => `${it.auditor}|${it.date}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(r.stderr).toContain('lưu ý: hồ sơ đào tạo chưa ghi ai là đánh giá viên nội bộ');
    expect(r.stderr).toContain('milestones.training[].auditors');
    expect(r.stderr).toContain('lưu ý: chưa có dữ liệu ngày nghỉ Tết, Giỗ Tổ Hùng Vương và ngày làm bù năm 2030');
    const bad = await runInProcess([
      'audit',
      'plan',
      'examples/city/so-tu-phap',
      '--year',
      '2014',
      '--max-per-day',
      '0',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-per-day "0" phải là số nguyên từ 1 đến 10');
  });

  it('writes a DOCX programme', async () => {
    const out = join(temp.dir, 'plan.docx');
    const r = await runInProcess(['audit', 'plan', 'examples/city/huyen-thanh-tri', '--year', '2013', '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
