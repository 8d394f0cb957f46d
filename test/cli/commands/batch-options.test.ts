import { describe, expect, it } from 'vitest';
import { IN_PROCESS_UNITS, jobsFrom } from '../../../src/cli/commands/batch-options.js';

describe('default --jobs follows the amount of work', () => {
  it('a small tree runs in-process whatever the cores (60 units: workers cost more than they save)', () => {
    for (const cores of [2, 4, 16]) {
      expect(jobsFrom(undefined, 1, cores)).toBe(1);
      expect(jobsFrom(undefined, 60, cores)).toBe(1);
      expect(jobsFrom(undefined, IN_PROCESS_UNITS - 1, cores)).toBe(1);
    }
  });

  it('a city gets workers, at most one per core', () => {
    expect(jobsFrom(undefined, 2 * IN_PROCESS_UNITS, 4)).toBe(2);
    expect(jobsFrom(undefined, 3000, 2)).toBe(2);
    expect(jobsFrom(undefined, 3000, 8)).toBe(8);
  });

  it('an explicit --jobs wins', () => {
    expect(jobsFrom('3', 10, 2)).toBe(3);
  });
});
