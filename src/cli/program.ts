import { Command, Option } from 'commander';
import { helpConfiguration, outputConfiguration } from './commander-text.js';
import type { Io } from './io.js';
import { declareAudit } from './declare/audit.js';
import { declareBuild } from './declare/build.js';
import { declareChecklist } from './declare/checklist.js';
import { declareInit } from './declare/init.js';
import { declareModel } from './declare/model.js';
import { declareNew } from './declare/new.js';
import { declareReadiness } from './declare/readiness.js';
import { declareRules } from './declare/rules.js';
import { declareValidate } from './declare/validate.js';
import { VERSION } from './version.js';

/** Holds the exit code a command action decided on. */
export interface RunResult {
  code: number;
}

/**
 * The whole command tree. Declarations only: each action lazy-imports its command module, so
 * `qms --version` and `qms --help` load nothing heavy.
 */
export function buildProgram(io: Io, result: RunResult): Command {
  const vi = io.lang === 'vi';
  const program = new Command('qms')
    .description(
      vi
        ? 'Bộ công cụ HTQLCL theo TCVN ISO 9001:2008 cho cơ quan hành chính nhà nước: khởi tạo, kiểm tra, xuất văn bản, đánh giá nội bộ, mức sẵn sàng.'
        : 'ISO 9001:2008 quality-management systems for Vietnamese public administration: scaffold, validate, render, audit, readiness.',
    )
    .version(VERSION, '-V, --version', vi ? 'in phiên bản' : 'print the version')
    .helpOption('-h, --help', vi ? 'hướng dẫn sử dụng' : 'show help')
    .addOption(new Option('--lang <lang>', vi ? 'ngôn ngữ thông báo' : 'language of messages').choices(['vi', 'en']))
    .addOption(new Option('--color <when>', vi ? 'tô màu' : 'colour output').choices(['auto', 'always', 'never']))
    .option('--no-color', vi ? 'không tô màu' : 'no colour')
    .option('--debug', vi ? 'in chi tiết lỗi nội bộ' : 'print stack traces of internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp(helpConfiguration(io));
  program.configureOutput(outputConfiguration(io, program));
  program.addHelpCommand(
    vi ? 'help [command]' : 'help [command]',
    vi ? 'hướng dẫn của một lệnh' : 'help for a command',
  );
  program.addHelpText('after', vi ? HELP_AFTER_VI : HELP_AFTER_EN);

  const declares = [
    declareInit,
    declareNew,
    declareValidate,
    declareBuild,
    declareChecklist,
    declareAudit,
    declareReadiness,
    declareModel,
    declareRules,
  ];
  for (const declare of declares) declare(program, io, result);
  // Sub-commands: the root's error handling, output routing (errors naming their own command) and help words.
  for (const command of allCommands(program)) {
    command.exitOverride().configureOutput(outputConfiguration(io, command)).configureHelp(helpConfiguration(io));
    command.helpOption('-h, --help', vi ? 'hướng dẫn sử dụng' : 'show help');
    if (command.commands.length > 0)
      command.helpCommand('help [command]', vi ? 'hướng dẫn của một lệnh' : 'help for a command');
  }
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

const HELP_AFTER_VI = `
Mã thoát: 0 đạt, 1 có phát hiện, 2 sai cách dùng hoặc dữ liệu vào, 3 lỗi nội bộ, 130 bị ngắt.

Ví dụ:
  qms init xa-dai-mo                       khởi tạo đơn vị (hỏi từng bước tại terminal)
  qms validate examples/city               kiểm tra cả thành phố
  qms build examples/city/xa-tam-hiep        xuất văn bản Word, Markdown, HTML
  qms readiness examples/city --format html --output bao-cao.html
  qms <lệnh> --help                        hướng dẫn chi tiết của một lệnh`;

const HELP_AFTER_EN = `
Exit codes: 0 ok, 1 findings, 2 usage or input error, 3 internal error, 130 interrupted.

Examples:
  qms init xa-dai-mo                       create a unit (asks at a terminal)
  qms validate examples/city               check a whole city
  qms build examples/city/xa-tam-hiep        render Word, Markdown and HTML documents
  qms readiness examples/city --format html --output report.html
  qms <command> --help                     help for one command`;
