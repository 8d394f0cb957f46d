import { CommanderError } from 'commander';
import { QmsError } from '../core/errors.js';
import { createIo, type Io, type IoOptions, type Lang } from './io.js';
import { buildProgram } from './program.js';

/** What a run of the CLI is given: its arguments, and (for tests in-process) its own cwd, env and streams. */
export interface RunOptions extends IoOptions {
  argv: string[];
}

/**
 * Run the CLI with the given arguments and return the exit code:
 * 0 ok, 1 findings, 2 usage or input error, 3 internal error, 130 interrupted.
 * Commands read the working directory, environment and streams from here, never from `process`.
 */
export async function run({ argv, ...ioOptions }: RunOptions): Promise<number> {
  const lang: Lang =
    langFrom(argv) ?? ioOptions.lang ?? ((ioOptions.env ?? process.env).QMS_LANG === 'en' ? 'en' : 'vi');
  const color = argv.includes('--no-color') ? 'never' : (colorFrom(argv) ?? ioOptions.color);
  const debug = argv.includes('--debug');
  const io = createIo({ ...ioOptions, lang, color, debug });
  quietOnBrokenPipe();
  const result = { code: 0 };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    return report(error, io, debug);
  }
}

function report(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (help, version, unknown option…).
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return 0;
    return 2;
  }
  if (error instanceof QmsError) {
    const where = error.where
      ? `${error.where.file}${error.where.line ? `:${error.where.line}:${error.where.col ?? 1}` : ''}: `
      : '';
    io.err(
      `${io.color.red(io.lang === 'vi' ? 'lỗi' : 'error')} ${error.code}: ${where && !io.t(error.text).startsWith(error.where!.file) ? where : ''}${io.t(error.text)}`,
    );
    if (error.hint) io.err(`  ${io.lang === 'vi' ? 'Cách xử lý' : 'What to do'}: ${io.t(error.hint)}`);
    if (debug && error.stack) io.err(error.stack);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`${io.lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${message.split('\n')[0]}`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  else
    io.err(
      io.lang === 'vi'
        ? '  Chạy lại với --debug để xem chi tiết và báo lỗi cho nhóm phát triển.'
        : '  Re-run with --debug for details and report the bug.',
    );
  return 3;
}

function langFrom(argv: string[]): Lang | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : value === 'vi' ? 'vi' : undefined;
}

function colorFrom(argv: string[]): IoOptions['color'] | undefined {
  const i = argv.findIndex((a) => a === '--color' || a.startsWith('--color='));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'always' || value === 'never' || value === 'auto' ? value : undefined;
}

let pipeGuardInstalled = false;
/** `qms … | head` closes the pipe early: that is not an error, so leave quietly. */
function quietOnBrokenPipe(): void {
  if (pipeGuardInstalled) return;
  pipeGuardInstalled = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
