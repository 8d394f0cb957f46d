import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function declareValidate(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('validate')
    .argument(
      '[paths...]',
      vi
        ? 'thư mục đơn vị, thư mục chứa nhiều đơn vị (cả thành phố), hoặc tệp; mặc định "."'
        : 'unit folders, folders of units (a whole city), or files; default "."',
    )
    .description(
      vi
        ? 'kiểm tra tài liệu HTQLCL theo lược đồ và các quy tắc (qms rules)'
        : 'check QMS documents against their schemas and the rules (qms rules)',
    )
    .option(
      '-f, --format <format>',
      vi
        ? 'định dạng: text, json, junit, sarif, github (lặp lại được, đi cặp với --output)'
        : 'format: text, json, junit, sarif, github (repeatable, pairs with --output)',
      collect,
    )
    .option(
      '-o, --output <file>',
      vi
        ? 'ghi kết quả ra tệp thay vì màn hình (lặp lại được)'
        : 'write the result to a file instead of stdout (repeatable)',
      collect,
    )
    .option(
      '--force',
      vi ? 'cho phép ghi đè tệp --output đã có, khác nội dung' : 'allow replacing an existing --output file',
    )
    .option('--json', vi ? 'như --format json' : 'same as --format json')
    .option(
      '-q, --quiet',
      vi ? 'chỉ in các phát hiện (không tổng kết, không tiến độ)' : 'print only problems (no summaries, no progress)',
    )
    .addOption(
      new Option('--fail-on <severity>', vi ? 'mức gây mã thoát 1' : 'severity that makes the exit code 1')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option('--show-waived', vi ? 'liệt kê cả phát hiện đã được chấp thuận sai lệch' : 'list waived findings too')
    .option(
      '--as-of <date>',
      vi
        ? 'ngày kiểm tra (YYYY-MM-DD, mặc định hôm nay) cho các quy tắc theo ngày'
        : 'check date (YYYY-MM-DD, default today) for date-based rules',
    )
    .option(
      '--model <id|path>',
      vi ? 'dùng mô hình này thay cho mô hình ghi trong qms.yaml' : 'use this model instead of the one in qms.yaml',
    )
    .option(
      '-j, --jobs <n>',
      vi
        ? 'số luồng xử lý song song (mặc định: theo khối lượng — cây nhỏ chạy trong một tiến trình)'
        : 'worker threads (default: by the amount of work — a small tree runs in-process)',
    )
    .option(
      '--shard <i/n>',
      vi
        ? 'chỉ kiểm tra phần thứ i trong n phần của danh sách đơn vị (cho CI chạy song song)'
        : 'validate only slice i of n of the units (for a CI matrix)',
    )
    .option(
      '--merge',
      vi
        ? 'gộp các tệp kết quả JSON (các đối số là tệp .json) thay vì kiểm tra'
        : 'merge JSON results (the arguments are .json files) instead of validating',
    )
    .option(
      '--allow-partial',
      vi
        ? 'gộp cả khi thiếu phần (chỉ cảnh báo); mặc định thiếu hoặc trùng phần là lỗi'
        : 'merge even when shards are missing (a warning); by default a missing or repeated shard is an error',
    )
    .option(
      '--cache',
      vi
        ? 'dùng lại kết quả của đơn vị không thay đổi (bộ nhớ đệm theo nội dung, lưu ngoài thư mục đơn vị)'
        : 'reuse results of unchanged units (content-hash cache, kept outside the units)',
    )
    .option('--no-cache', vi ? 'không dùng bộ nhớ đệm' : 'do not use the cache')
    .option(
      '--cache-location <dir>',
      vi
        ? 'thư mục lưu bộ nhớ đệm (mặc định $XDG_CACHE_HOME/qms hoặc ~/.cache/qms)'
        : 'cache folder (default $XDG_CACHE_HOME/qms or ~/.cache/qms)',
    )
    .addHelpText(
      'after',
      vi
        ? `
Mã thoát: 0 đạt (có thể có cảnh báo), 1 có phát hiện từ mức --fail-on, 2 không chạy được (sai tham số, không có đường dẫn, không tìm thấy đơn vị), 3 lỗi nội bộ.
Dòng kết quả: đường-dẫn:dòng:cột mức QMSnnn/tên-quy-tắc nội dung; dòng và cột tính từ 1.

Ví dụ:
  qms validate examples/city/xa-tam-hiep              một đơn vị
  qms validate examples/city                        cả thành phố (mọi thư mục có qms.yaml)
  qms validate don-vi/procedures/QT-HT-01.yaml      một tệp
  qms validate examples/city -f junit -o junit.xml -f text
  qms validate examples/city --shard 1/4 --json -o phan-1.json
  qms validate --merge phan-*.json --format sarif -o ket-qua.sarif
  qms validate examples/city --cache                lần sau chỉ kiểm tra đơn vị đã thay đổi`
        : `
Exit codes: 0 clean (warnings allowed), 1 findings at or above --fail-on, 2 cannot run (bad flag, missing path, no unit found), 3 internal error.
Result lines: path:line:col severity QMSnnn/alias message; lines and columns are 1-based.

Examples:
  qms validate examples/city/xa-tam-hiep              one unit
  qms validate examples/city                        a whole city (every folder with qms.yaml)
  qms validate unit/procedures/QT-HT-01.yaml        one file
  qms validate examples/city -f junit -o junit.xml -f text
  qms validate examples/city --shard 1/4 --json -o part-1.json
  qms validate --merge part-*.json --format sarif -o results.sarif
  qms validate examples/city --cache                next time, check only units that changed`,
    )
    .action(async (paths: string[], options) => {
      const { runValidate } = await import('../commands/validate.js');
      result.code = await runValidate({ paths, ...options }, io);
    });
}
