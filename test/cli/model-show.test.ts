import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

describe('qms model show: a legal time the model could not verify', () => {
  it('says so next to the time, as it does for a fee whose amount is not verified', async () => {
    const vi = await runInProcess(['model', 'show', 'hanoi-qms', '--model-version', '2.5.0', '--type', 'xa']);
    expect(vi.code).toBe(0);
    const line = (out: string, id: string) => out.split('\n').find((l) => l.includes(`[${id}]`)) ?? '';
    expect(line(vi.stdout, 'xa-ht-dang-ky-lai-khai-tu')).toContain('5 ngày làm việc (thời hạn chưa kiểm chứng)');
    // Verified with its article (NĐ 123/2015/NĐ-CP, khoản 3 Điều 22): no mark.
    expect(line(vi.stdout, 'xa-ht-xac-nhan-tinh-trang-hon-nhan')).not.toContain('chưa kiểm chứng)');
    const en = await runInProcess([
      'model',
      'show',
      'hanoi-qms',
      '--model-version',
      '2.5.0',
      '--type',
      'xa',
      '--lang',
      'en',
    ]);
    expect(line(en.stdout, 'xa-ht-dang-ky-lai-khai-tu')).toContain('5 working days (time not verified)');
  });
});
