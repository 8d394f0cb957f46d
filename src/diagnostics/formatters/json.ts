import type { Formatter } from './types.js';

/** The versioned JSON shape of docs/validate-json.md: both languages, every diagnostic (waived ones marked). */
export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2);
