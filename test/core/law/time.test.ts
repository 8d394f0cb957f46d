import { describe, expect, it } from 'vitest';
import { describeLegal, legalHours, longerThan } from '../../../src/core/law/time.js';

const session = { value: 1, unit: 'same_session' } as const;
const sameDay = { value: 1, unit: 'same_day' } as const;
const after15 = { value: 1, unit: 'same_day', cutoffHour: 15 } as const;
const after14 = { value: 1, unit: 'same_day', cutoffHour: 14 } as const;
const oneDay = { value: 1, unit: 'working_day' } as const;
const threeDays = { value: 3, unit: 'working_day' } as const;
const threeCalendar = { value: 3, unit: 'day' } as const;

describe('legal times compared by the deadline of a dossier received at any moment (QMS034)', () => {
  it('orders “trong buổi” < “trong ngày” < “trong ngày, sau 15 giờ ngày hôm sau” < 01 ngày làm việc < 03 ngày', () => {
    const order = [session, sameDay, after15, oneDay, threeDays];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(longerThan(order[i], order[j]), `${i} vs ${j}`).toBe(i > j);
      }
    }
  });

  it('a unit answering “trong ngày, sau 15 giờ ngày hôm sau” where NĐ 79/2007 said “trong buổi làm việc” is longer', () => {
    // Its 2-hour step budget is smaller than the session's 4 hours: working hours alone would miss it.
    expect(legalHours(after15)).toBeLessThan(legalHours(session));
    expect(longerThan(after15, session)).toBe(true);
    expect(longerThan(session, after15)).toBe(false);
  });

  it('an earlier cut-off hour sends more dossiers to the next day', () => {
    expect(longerThan(after14, after15)).toBe(true);
    expect(longerThan(after15, after14)).toBe(false);
  });

  it('days compare as before: calendar days like working days', () => {
    expect(longerThan(threeCalendar, threeDays)).toBe(false);
    expect(longerThan({ value: 5, unit: 'working_day' }, threeDays)).toBe(true);
  });
});

describe('how a legal time is said', () => {
  it('prints the 15-giờ rule only when the time has a cut-off hour', () => {
    expect(describeLegal(after15, 'vi')).toBe('trong ngày (tiếp nhận đến 15 giờ, còn 2 giờ đến 17 giờ)');
    expect(describeLegal(sameDay, 'vi')).not.toContain('15 giờ');
    expect(describeLegal(session, 'vi')).toBe('trong buổi làm việc (4 giờ)');
    expect(describeLegal(session, 'en')).toBe('within the working session (4 h)');
  });
});
