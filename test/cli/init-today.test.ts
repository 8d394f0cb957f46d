import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from './run-in-process.js';

/**
 * Issue 15: an officer who installs the tool on any day from 2019 on and runs `qms init` with the
 * defaults (no date, no model version) gets a unit that `qms validate` passes with no error. "Today" is
 * pinned to dates across the TCVN ISO 9001:2015 line; each type in force on that day is created.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);
afterEach(() => {
  vi.useRealTimers();
});

const COMMON = [
  'lanh-dao=A Văn',
  'pho-lanh-dao=B Thị',
  'dai-dien-lanh-dao=B Thị',
  'thu-ky-iso=C Văn',
  'van-phong=D Thị',
  'mot-cua=E Văn',
];
const PEOPLE: Record<string, string[]> = {
  xa: [
    ...COMMON,
    'tu-phap-ho-tich=F Thị',
    'dia-chinh-xay-dung=G Văn',
    'van-hoa-xa-hoi=H Thị',
    'tai-chinh-ke-toan=I Văn',
  ],
  huyen: [
    ...COMMON,
    'phong-tu-phap=F Thị',
    'phong-tnmt=G Văn',
    'phong-qldt=H Thị',
    'phong-tckh=I Văn',
    'phong-ldtbxh=K Thị',
    'phong-noi-vu=L Văn',
  ],
  so: [...COMMON, 'phong-hctp=F Thị', 'phong-bttp=G Văn', 'phong-lltp=H Thị', 'phong-kiem-soat-tthc=I Văn'],
};
const NAMES: Record<string, string> = { xa: 'UBND xã Đại Mỗ', huyen: 'UBND huyện Thanh Trì', so: 'Sở Tư pháp' };

/** [pinned today, model version expected, types in force]. */
const DAYS: Array<[string, string, string[]]> = [
  ['2019-03-01', '3.0.0', ['xa', 'huyen', 'so']],
  ['2020-10-15', '3.0.0', ['xa', 'huyen', 'so']],
  ['2022-06-01', '3.1.0', ['xa', 'huyen', 'so']],
  ['2025-03-15', '3.1.0', ['xa', 'huyen', 'so']],
  ['2025-07-01', '3.2.0', ['xa', 'so']],
  ['2026-12-03', '3.2.0', ['xa', 'so']],
];

function pin(day: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T09:00:00`));
}

function initArgs(dir: string, type: string, withParent: boolean) {
  return [
    'init',
    dir,
    '--yes',
    '--type',
    type,
    '--name',
    NAMES[type],
    ...(withParent ? ['--parent', 'UBND huyện Từ Liêm'] : []),
    ...PEOPLE[type].flatMap((p) => ['--person', p]),
  ];
}

describe('qms init with the defaults on the day it is run', () => {
  for (const [day, version, types] of DAYS) {
    for (const type of types) {
      it(`${day}: a ${type} unit from model ${version} on TCVN ISO 9001:2015 validates with 0 errors`, async () => {
        pin(day);
        const dir = join(tmp.dir, `${day}-${type}`);
        // A commune has a district above it only before two-level local government (01/07/2025).
        const init = await runInProcess(initArgs(dir, type, type === 'xa' && day < '2025-07-01'));
        expect(init.stderr).toContain(`theo mô hình hanoi-qms ${version}`);
        expect(init.code).toBe(0);
        const manifest = parse(readFileSync(join(dir, 'qms.yaml'), 'utf8')) as Record<string, unknown>;
        expect(manifest.model).toEqual({ id: 'hanoi-qms', version });
        expect(manifest.standard).toBe('TCVN ISO 9001:2015');
        for (const file of ['context.yaml', 'risks.yaml', 'process-map.yaml', 'policy.yaml'])
          expect(readFileSync(join(dir, file), 'utf8')).toContain(`effectiveDate: ${day}`);
        const validate = await runInProcess(['validate', dir, '--format', 'json']);
        const report = JSON.parse(validate.stdout) as { summary: { error: number; warning: number } };
        expect(report.summary.error, validate.stdout.slice(0, 2000)).toBe(0);
        expect(validate.code).toBe(0);
      });
    }
  }

  it('refuses a district (cấp huyện) from 01/07/2025, saying why, and writes nothing', async () => {
    pin('2025-07-01');
    const dir = join(tmp.dir, 'huyen-2025');
    const r = await runInProcess(initArgs(dir, 'huyen', false));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không còn từ ngày 2025-07-01');
    expect(r.stderr).toContain('hai cấp');
    expect(r.stderr).toContain('120/2025/NĐ-CP');
    expect(() => readFileSync(join(dir, 'qms.yaml'))).toThrow();
  });

  it('still creates a district dated before 01/07/2025 when the date is given', async () => {
    pin('2026-12-03');
    const dir = join(tmp.dir, 'huyen-2024');
    const r = await runInProcess([...initArgs(dir, 'huyen', false), '--effective-date', '2024-12-31']);
    expect(r.code).toBe(0);
    expect((parse(readFileSync(join(dir, 'qms.yaml'), 'utf8')) as { model: unknown }).model).toEqual({
      id: 'hanoi-qms',
      version: '3.1.0',
    });
  });
});
