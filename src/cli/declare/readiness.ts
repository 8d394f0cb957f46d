import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareReadiness(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('readiness')
    .argument(
      '[paths...]',
      vi
        ? 'thư mục đơn vị hoặc thư mục chứa nhiều đơn vị (cả thành phố); với --merge: các tệp JSON; mặc định "."'
        : 'unit folders or folders of units (a whole city); with --merge: JSON files; default "."',
    )
    .description(
      vi
        ? 'mức sẵn sàng chứng nhận / công bố HTQLCL: các bước, điểm, việc cần làm; tổng hợp toàn thành phố'
        : 'readiness for certification / announcement: stages, score, what to do next; city roll-up',
    )
    .addOption(
      new Option('-f, --format <format>', vi ? 'định dạng' : 'format')
        .choices(['text', 'json', 'md', 'html', 'csv'])
        .default('text'),
    )
    .option(
      '-o, --output <file>',
      vi
        ? 'ghi ra tệp (không ghi đè tệp khác nội dung nếu không có --force)'
        : 'write to a file (an existing different file only with --force)',
    )
    .option('--force', vi ? 'cho phép ghi đè tệp --output đã có' : 'allow replacing an existing --output file')
    .option(
      '--as-of <date>',
      vi
        ? 'đánh giá tại ngày này (YYYY-MM-DD, mặc định hôm nay); chế độ chứng nhận đến 17/05/2014, tự công bố từ 18/05/2014'
        : 'assess as of this date (YYYY-MM-DD, default today); certification until 2014-05-17, self-announcement from 2014-05-18',
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
      vi ? 'chỉ đánh giá phần thứ i trong n phần của danh sách đơn vị' : 'assess only slice i of n of the units',
    )
    .option(
      '--merge',
      vi
        ? 'gộp các kết quả JSON (các đối số là tệp .json) và tính lại phần tổng hợp'
        : 'merge JSON results (the arguments are .json files) and recompute the roll-up',
    )
    .option(
      '--allow-partial',
      vi
        ? 'gộp cả khi thiếu phần (chỉ cảnh báo); mặc định thiếu hoặc trùng phần là lỗi'
        : 'merge even when shards are missing (a warning); by default a missing or repeated shard is an error',
    )
    .option(
      '--fail-under <score>',
      vi ? 'mã thoát 1 nếu có đơn vị dưới số điểm này (cho CI)' : 'exit 1 when a unit scores below this (for CI)',
    )
    .option('-q, --quiet', vi ? 'không hiện tiến độ' : 'no progress display')
    .addHelpText(
      'after',
      vi
        ? `
Các bước: 1 Ban chỉ đạo ISO, Đại diện lãnh đạo → 2 đào tạo → 3 ban hành tài liệu (đủ, hợp lệ theo qms validate,
cập nhật khi văn bản pháp luật bị thay thế, mọi TTHC có quy trình) → 4 áp dụng ít nhất 3 tháng → 5 đánh giá nội bộ
mọi quy trình và điều khoản trong 12 tháng → 6 xem xét của lãnh đạo đủ đầu vào 5.6.2 → 7 khắc phục xong điểm không
phù hợp → 8 chứng nhận (đến 17/05/2014) hoặc công bố (QĐ 19/2014, từ 18/05/2014) → 9 duy trì.
Trạng thái: chưa triển khai, đang xây dựng, đang áp dụng, sẵn sàng đánh giá, đã chứng nhận, đã công bố, cần duy trì.

Mã thoát: 0 đã lập báo cáo (đơn vị chưa sẵn sàng không phải là lỗi), 1 có đơn vị dưới --fail-under,
2 không chạy được (sai tham số, không có đường dẫn, không tìm thấy đơn vị, từ chối ghi đè), 3 lỗi nội bộ.

Ví dụ:
  qms readiness examples/city/xa-tam-hiep --as-of 2014-12-31       một đơn vị: các bước, bằng chứng, việc cần làm
  qms readiness examples/city --as-of 2014-12-31                   cả thành phố: bảng, tổng hợp, chỉ tiêu
  qms readiness examples/city --format html --output bao-cao.html  trang tổng hợp mở bằng trình duyệt, in A4 ngang
  qms readiness examples/city --format csv --output ket-qua.csv    mở bằng Excel
  qms readiness examples/city --shard 1/2 --format json -o phan-1.json
  qms readiness --merge phan-1.json phan-2.json --format html -o bao-cao.html
  qms readiness examples/city/xa-tam-hiep --fail-under 80           cho CI`
        : `
Stages: 1 steering committee, management representative → 2 training → 3 documents issued (complete, valid by
qms validate, updated when their legal basis is superseded, every TTHC covered) → 4 applied for 3 months or more →
5 internal audit of every procedure and clause in 12 months → 6 management review with every 5.6.2 input →
7 nonconformities closed → 8 certified (until 2014-05-17) or announced (QĐ 19/2014, from 2014-05-18) → 9 maintenance.
Statuses: not started, building, applying, ready for assessment, certified, announced, needs maintenance.

Exit codes: 0 report made (a unit not being ready is not an error), 1 a unit scored below --fail-under,
2 cannot run (bad flag, missing path, no unit found, refused to overwrite), 3 internal error.

Examples:
  qms readiness examples/city/xa-tam-hiep --as-of 2014-12-31       one unit: stages, evidence, what to do
  qms readiness examples/city --as-of 2014-12-31                   a city: table, roll-up, indicators
  qms readiness examples/city --format html --output report.html  a dashboard to open in a browser, A4 landscape
  qms readiness examples/city --format csv --output results.csv   for a spreadsheet
  qms readiness examples/city --shard 1/2 --format json -o part-1.json
  qms readiness --merge part-1.json part-2.json --format html -o report.html
  qms readiness examples/city/xa-tam-hiep --fail-under 80           for CI`,
    )
    .action(async (paths: string[], options) => {
      const { runReadiness } = await import('../commands/readiness.js');
      result.code = await runReadiness({ paths, ...options }, io);
    });
}
