import { Chalk, type ChalkInstance } from 'chalk';
import type { Text } from '../core/text.js';

export type Lang = 'vi' | 'en';

/** Where a command prints, in which language, with or without colour. The only chalk import. */
export interface Io {
  lang: Lang;
  color: ChalkInstance;
  /** stderr is a terminal (progress displays only then). */
  interactive: boolean;
  out(line: string): void;
  err(line: string): void;
  /** Pick the message in the user's language. */
  t(message: Text): string;
  /** The working directory command-line paths are relative to (the process's, unless a test gives one). */
  cwd: string;
  /** The environment the command reads (QMS_*, SOURCE_DATE_EPOCH, CI…), never process.env directly. */
  env: NodeJS.ProcessEnv;
  /** --debug: stack traces of internal errors. */
  debug: boolean;
}

export interface IoOptions {
  lang?: Lang;
  color?: 'auto' | 'always' | 'never';
  stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  debug?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR or TERM=dumb (chalk does not read NO_COLOR itself). */
export function colorLevel(option: IoOptions['color'], isTTY: boolean, env: NodeJS.ProcessEnv): 0 | 1 {
  if (option === 'always') return 1;
  if (option === 'never') return 0;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return 1;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

export function createIo(options: IoOptions = {}): Io {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  const lang: Lang = options.lang ?? (env.QMS_LANG === 'en' ? 'en' : 'vi');
  const level = colorLevel(options.color, Boolean(stdout.isTTY), env);
  return {
    lang,
    color: new Chalk({ level }),
    interactive: Boolean(stderr.isTTY) && !env.CI,
    out: (line) => void stdout.write(`${line}\n`),
    err: (line) => void stderr.write(`${line}\n`),
    t: (message) => message[lang],
    cwd: options.cwd ?? process.cwd(),
    env,
    debug: options.debug ?? false,
  };
}
