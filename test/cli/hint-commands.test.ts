import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createIo } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/program.js';
import { RULES } from '../../src/core/validate/rules/index.js';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * Every `qms …` command named in a user-facing string (rule hints, error hints, help examples) must
 * be one the real program accepts: the sub-command exists and every flag is one of its options.
 */

const SUBCOMMANDS = 'init|new|validate|build|checklist|audit|readiness|model|rules';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.includes('.generated.')
        ? [join(dir, e.name)]
        : [],
  );
}

/** `qms audit plan <unit> --year 2014, or …` → the command up to where the sentence goes on. */
export function commandsIn(textWithCommands: string): string[] {
  const plain = textWithCommands.replace(/\$\{[^}]*\}/g, 'X').replace(/\\n/g, '\n');
  const found: string[] = [];
  for (const m of plain.matchAll(new RegExp(`qms (?:${SUBCOMMANDS})\\b[^\\n\`'"]*`, 'g'))) {
    const cut = m[0].split(/,\s|;\s|\.\s|\.$|:\s|\)| {2,}| hoặc | or | rồi | then | \(/)[0];
    found.push(cut.trim());
  }
  return found;
}

const program = buildProgram(createIo({ lang: 'en' }), { code: 0 });

function flagsOf(command: Command): Set<string> {
  const flags = new Set<string>(['--help', '-h']);
  for (const c of [command, program]) {
    for (const o of c.options) {
      if (o.long) flags.add(o.long);
      if (o.short) flags.add(o.short);
      if (o.negate && o.long) flags.add(o.long.replace(/^--no-/, '--'));
    }
  }
  return flags;
}

/** The problem with one command line, or undefined when the real program accepts its shape. */
function problemWith(line: string): string | undefined {
  const tokens = line.split(/\s+/).slice(1);
  let command: Command = program;
  while (tokens.length > 0) {
    const sub = command.commands.find((c) => c.name() === tokens[0]);
    if (!sub) break;
    command = sub;
    tokens.shift();
  }
  if (command === program) return `no sub-command in "${line}"`;
  if (command.commands.length > 0 && tokens.length > 0 && !tokens[0].startsWith('-') && tokens[0] !== 'X')
    return `"${command.name()} ${tokens[0]}" is not a sub-command`;
  const flags = flagsOf(command);
  for (const token of tokens) {
    if (!/^--?[a-z]/i.test(token)) continue;
    const flag = token.split('=')[0];
    if (!flags.has(flag)) return `${command.name()} has no option ${flag}`;
  }
  return undefined;
}

const fromSources = sourceFiles(join(repoRoot, 'src')).flatMap((file) =>
  commandsIn(readFileSync(file, 'utf8'))
    .filter((c) => c.split(/\s+/).some((t) => t.startsWith('-')) || /^qms (audit|model|new) \S+/.test(c))
    .map((c) => [file.slice(repoRoot.length + 1), c] as const),
);
const fromRules = RULES.flatMap((r) =>
  [r.hint.vi, r.hint.en, r.description.vi, r.description.en].flatMap((t) =>
    commandsIn(t).map((c) => [r.id, c] as const),
  ),
);

describe('commands named in hints and messages', () => {
  it('finds the commands to check (the extractor works)', () => {
    expect(commandsIn('Tạo quy trình: qms new procedure --unit <thư mục> --tthc <mã>, hoặc thêm')).toEqual([
      'qms new procedure --unit <thư mục> --tthc <mã>',
    ]);
    expect(problemWith('qms new procedure --unit <thư mục> --tthc <mã>')).toBe('procedure has no option --tthc');
    expect(problemWith('qms audit plan X --year 2014')).toBeUndefined();
    expect(fromSources.length).toBeGreaterThan(40);
  });

  it.each([...fromRules, ...fromSources])('%s: %s', (_where, line) => {
    expect(problemWith(line)).toBeUndefined();
  });
});
