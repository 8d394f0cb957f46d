import { relative, resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { escapeForDisplay, text, type Text } from '../../core/text.js';
import { writeOutputFile } from '../../core/write/output-file.js';
import type { Io } from '../io.js';
import { printWriteNotes } from './write-notes.js';

export interface OutputOptions {
  output?: string;
  force?: boolean;
}

/** The format from --format, else from the --output file's extension, else the default. */
export function formatFrom<F extends string>(
  given: string | undefined,
  output: string | undefined,
  formats: readonly F[],
  fallback: F,
): F {
  const wanted = (given ?? /\.([a-z]+)$/i.exec(output ?? '')?.[1] ?? fallback).toLowerCase();
  const format = formats.find((f) => f === wanted);
  if (!format) {
    throw new QmsError(
      'E_USAGE',
      text(`định dạng không hỗ trợ: ${escapeForDisplay(wanted)}`, `unsupported format: ${escapeForDisplay(wanted)}`),
      text(`Dùng --format với ${formats.join(', ')}.`, `Use --format with ${formats.join(', ')}.`),
    );
  }
  return format;
}

/**
 * Print text to stdout, or write the file given with --output (core/write/output-file.ts: atomic, a
 * regular file only, never into a unit folder, an existing file with other content kept unless --force).
 */
export function emit(content: string | Uint8Array, options: OutputOptions, io: Io, done: Text): void {
  if (!options.output) {
    if (typeof content !== 'string') throw new Error('binary output needs --output');
    // io.out ends with "\n": a CSV's last "\r\n" stays exact by printing everything before its "\n".
    io.out(content.endsWith('\n') ? content.slice(0, -1) : content);
    return;
  }
  const target = resolve(options.output);
  const { action, notes } = writeOutputFile(target, content, { force: options.force, given: options.output });
  printWriteNotes(notes, io);
  const shown = relative(process.cwd(), target) || target;
  const what =
    action === 'unchanged'
      ? text('không đổi', 'unchanged')
      : action === 'overwrite'
        ? text('ghi đè', 'overwritten')
        : text('tạo mới', 'created');
  io.err(`${io.color.green('✓')} ${io.t(done)} → ${shown} (${io.t(what)})`);
}
