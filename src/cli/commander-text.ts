import { Help, type Command, type Option, type Argument, type OutputConfiguration } from 'commander';
import type { Io } from './io.js';

/**
 * Commander's own words follow `--lang`: help titles, "(default: …)", "[options]", and its usage
 * errors, which are rewritten into the tool's `lỗi E_USAGE: …` form with a hint to the command's help.
 */

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Đối số:',
  'Global Options:': 'Tùy chọn chung:',
};

/** Help that speaks Vietnamese: titles, usage placeholders, defaults and choices. */
export function helpConfiguration(io: Io): Partial<Help> {
  if (io.lang !== 'vi') return {};
  const base = new Help();
  return {
    styleTitle: (title: string) => TITLES[title] ?? title,
    commandUsage: (cmd: Command) =>
      base.commandUsage(cmd).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]'),
    subcommandTerm: (cmd: Command) =>
      base.subcommandTerm(cmd).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]'),
    optionDescription: (option: Option) => withExtras(option.description, option.argChoices, defaultShown(option)),
    argumentDescription: (argument: Argument) =>
      withExtras(
        argument.description,
        argument.argChoices,
        argument.defaultValue === undefined
          ? undefined
          : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)),
      ),
  };
}

function defaultShown(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (!shown || option.negate) return undefined;
  return option.defaultValueDescription ?? JSON.stringify(option.defaultValue);
}

function withExtras(description: string, choices: string[] | undefined, defaultValue: string | undefined): string {
  const extras = [
    ...(choices ? [`chọn: ${choices.map((c) => JSON.stringify(c)).join(', ')}`] : []),
    ...(defaultValue !== undefined ? [`mặc định: ${defaultValue}`] : []),
  ];
  return extras.length > 0 ? `${description} (${extras.join(', ')})`.trim() : description;
}

/** Where a command prints, with commander's usage errors rewritten in the tool's form. */
export function outputConfiguration(io: Io, command: Command): OutputConfiguration {
  return {
    writeOut: (s) => io.out(s.replace(/\n$/, '')),
    writeErr: (s) => io.err(s.replace(/\n$/, '')),
    outputError: (s, write) => write(usageError(s, io, commandPath(command))),
  };
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** One commander error message → "lỗi E_USAGE: …" and "Cách xử lý: …" lines (with the suggestion). */
export function usageError(raw: string, io: Io, path: string): string {
  const vi = io.lang === 'vi';
  const [first, ...rest] = raw.replace(/\n$/, '').split('\n');
  const message = first.replace(/^error: /, '');
  const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/.exec(rest.join(' '))?.[1];
  const said = vi ? translate(message) : english(message);
  const help = `${path} --help`;
  const hint = vi
    ? `${suggestion ? `có phải ${suggestion}? ` : ''}Xem: ${help}`
    : `${suggestion ? `did you mean ${suggestion}? ` : ''}see ${help}`;
  return `${io.color.red(vi ? 'lỗi' : 'error')} E_USAGE: ${said}\n  ${vi ? 'Cách xử lý' : 'What to do'}: ${hint}\n`;
}

const flagOf = (s: string) => s.split(/[ ,]/).filter((p) => p.startsWith('--'))[0] ?? s;

function english(message: string): string {
  return message.replace(/'([^']*)'/g, (_, x: string) => (x.startsWith('-') ? flagOf(x) : x));
}

function translate(message: string): string {
  const rules: Array<[RegExp, (...m: string[]) => string]> = [
    [/^unknown option '(.+)'$/, (o) => `tùy chọn không có: ${o}`],
    [/^unknown command '(.+)'$/, (c) => `lệnh không có: ${c}`],
    [/^missing required argument '(.+)'$/, (a) => `thiếu đối số bắt buộc <${a}>`],
    [/^required option '(.+)' not specified$/, (o) => `thiếu tùy chọn bắt buộc ${flagOf(o)}`],
    [/^option '(.+)' argument missing$/, (o) => `tùy chọn ${flagOf(o)} cần một giá trị`],
    [
      /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
      (o, v, c) => `giá trị "${v}" của ${flagOf(o)} không hợp lệ; chọn một trong: ${c}`,
    ],
    [/^option '(.+)' argument '(.*)' is invalid\.?(.*)$/, (o, v) => `giá trị "${v}" của ${flagOf(o)} không hợp lệ`],
    [
      /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
      (v, a, c) => `giá trị "${v}" của <${a}> không hợp lệ; chọn một trong: ${c}`,
    ],
    [
      /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (_c, e, g) => `thừa đối số: cần ${e}, nhận ${g}`,
    ],
    [/^(.+) cannot be used with (.+)$/, (a, b) => `${english(a)} không dùng cùng ${english(b)}`],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(message);
    if (m) return say(...m.slice(1));
  }
  return `sai cách dùng: ${english(message)}`;
}
