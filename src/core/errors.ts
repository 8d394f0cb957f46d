import type { Text } from './text.js';

/**
 * "Cannot continue": bad usage, a missing unit, a refused write. The CLI maps it to an exit code
 * (2 by default) and prints message and hint; it is never a bug, so no stack trace.
 */
export class QmsError extends Error {
  constructor(
    readonly code: string,
    readonly text: Text,
    readonly hint?: Text,
    readonly exitCode = 2,
    /** The file (and position) the error is about, when there is one. */
    readonly where?: { file: string; line?: number; col?: number },
  ) {
    super(text.en);
    this.name = 'QmsError';
  }
}
