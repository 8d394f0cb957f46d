import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { FIXTURE, fileOf } from './fixture.js';

const root = mkdtempSync(join(tmpdir(), 'qms-time-text-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Section 5.4 of the fixture's birth registration, rendered with `processingTime` replaced. */
async function section54(processingTime: Record<string, unknown>): Promise<string[]> {
  const dir = mkdtempSync(join(root, 'u-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'procedures', 'QT-HT-01.yaml');
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, stringify({ ...data, processingTime }));
  const md = fileOf(await renderUnit(loadUnit(dir), { formats: ['md'], only: ['QT-HT-01'] }), 'md/QT-HT-01.md');
  const text = String(md);
  return text
    .slice(text.indexOf('### 5.4'), text.indexOf('### 5.5'))
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
}

describe('5.4 Thời gian xử lý, as printed', () => {
  it('“trong buổi làm việc” (NĐ 79/2007) prints no 15-giờ rule', async () => {
    expect(await section54({ value: 1, unit: 'same_session' })).toEqual(['Ngay trong buổi làm việc tiếp nhận hồ sơ.']);
  });

  it('the 15-giờ sentence only where the law sets that hour (cutoffHour)', async () => {
    expect(await section54({ value: 1, unit: 'same_day' })).toEqual(['Trong ngày làm việc.']);
    expect(await section54({ value: 1, unit: 'same_day', cutoffHour: 15 })).toEqual([
      'Trong ngày làm việc (hồ sơ nhận sau 15 giờ được trả trong ngày làm việc tiếp theo).',
    ]);
  });

  it('says the limit once when the authored note already says it, and the extension once', async () => {
    const note =
      'Ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trường hợp cần xác minh thì không quá 03 ngày làm việc.';
    const extension = { value: 3, unit: 'working_day', reason: 'cần xác minh nhân thân' };
    expect(await section54({ value: 1, unit: 'same_day', cutoffHour: 15, note, extension })).toEqual([note]);
  });

  it('an extension reason written as a sentence reads “Trường hợp cùng lúc …”, never “Trường hợp Cùng lúc”', async () => {
    const lines = await section54({
      value: 1,
      unit: 'same_day',
      cutoffHour: 15,
      extension: { value: 2, unit: 'working_day', reason: 'Cùng lúc nhiều loại bản chính, bản chính có nhiều trang' },
    });
    expect(lines[1]).toBe(
      'Trường hợp cùng lúc nhiều loại bản chính, bản chính có nhiều trang: kéo dài thêm không quá 2 ngày làm việc.',
    );
  });
});
