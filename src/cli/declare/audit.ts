import type { Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function declareAudit(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  const audit = program
    .command('audit')
    .description(
      vi
        ? 'đánh giá nội bộ: chương trình năm, nhập kết quả từ phiếu ghi chép'
        : "internal audit: the year's programme, findings from a filled-in checklist",
    );
  audit
    .command('plan')
    .argument('<unit>', vi ? 'thư mục đơn vị' : 'the unit folder')
    .description(
      vi
        ? 'lập chương trình đánh giá nội bộ năm: mọi quy trình, mọi điều khoản áp dụng, đánh giá viên độc lập'
        : "the year's audit programme: every procedure and applicable clause, independent auditors",
    )
    .requiredOption('--year <YYYY>', vi ? 'năm của chương trình' : 'the programme year')
    .option('--rounds <n>', vi ? 'số đợt đánh giá trong năm (1–6)' : 'audit rounds in the year (1–6)', '1')
    .option(
      '--auditor <name>',
      vi
        ? 'đánh giá viên (lặp lại được, thay cho danh sách đã đào tạo); mặc định những người được đào tạo đánh giá viên nội bộ (milestones.training[].auditors) trừ lãnh đạo; người ngoài đơn vị là đánh giá viên bên ngoài'
        : 'an auditor (repeatable, replaces the trained list); default: the people trained as internal auditors (milestones.training[].auditors) but the head; someone outside the unit is an outside auditor',
      collect,
    )
    .option(
      '--max-per-day <n>',
      vi
        ? 'số quá trình tối đa một đánh giá viên đánh giá trong một ngày (1–10)'
        : 'most areas one auditor audits in a day (1–10)',
      '3',
    )
    .option(
      '-f, --format <format>',
      vi
        ? 'docx, md hoặc json (mặc định theo đuôi tệp --output, không có thì md)'
        : 'docx, md or json (default: from the --output extension, else md)',
    )
    .option('-o, --output <file>', vi ? 'ghi ra tệp (bắt buộc với docx)' : 'write to a file (required for docx)')
    .option('--force', vi ? 'ghi đè tệp --output đã có' : 'overwrite an existing --output file')
    .addHelpText(
      'after',
      vi
        ? `
Không ai đánh giá quá trình mà vai trò của mình thực hiện bước hoặc lưu hồ sơ (kể cả các quy trình hệ thống).
Khi không thể bảo đảm điều đó, lệnh dừng với mã thoát 1 và nêu quá trình nào không có người đánh giá độc lập.

Ví dụ:
  qms audit plan examples/city/xa-tam-hiep --year 2014
  qms audit plan examples/city/xa-tam-hiep --year 2014 --max-per-day 2
  qms audit plan examples/city/huyen-thanh-tri --year 2014 --rounds 2 --format docx --output chuong-trinh-2014.docx
  qms audit plan examples/city/xa-tam-hiep --year 2014 --auditor "Hà Thị Yến" --auditor "Nguyễn Văn Khách" --format json`
        : `
Nobody audits an area whose steps or records their own role holds (system procedures included). When
that cannot be arranged the command stops with exit code 1 and names the areas without an independent auditor.

Examples:
  qms audit plan examples/city/xa-tam-hiep --year 2014
  qms audit plan examples/city/huyen-thanh-tri --year 2014 --rounds 2 --format docx --output programme-2014.docx
  qms audit plan examples/city/xa-tam-hiep --year 2014 --auditor "Hà Thị Yến" --auditor "Outside Auditor" --format json`,
    )
    .action(async (unit: string, options) => {
      const { runAuditPlan } = await import('../commands/audit-plan.js');
      result.code = await runAuditPlan({ unit, ...options }, io);
    });
  audit
    .command('import')
    .argument('<unit>', vi ? 'thư mục đơn vị' : 'the unit folder')
    .argument(
      '<csv>',
      vi
        ? 'phiếu ghi chép đã điền (CSV từ qms checklist --format csv)'
        : 'the filled-in checklist (CSV from qms checklist --format csv)',
    )
    .description(
      vi
        ? 'nhập phiếu ghi chép đã điền thành tệp kết quả đánh giá audits/<mã>.yaml'
        : 'turn a filled-in checklist into the findings file audits/<id>.yaml',
    )
    .option(
      '--id <id>',
      vi
        ? 'mã cuộc đánh giá, ví dụ DGNB-2014-01 (mặc định: số tiếp theo của năm)'
        : "audit id, e.g. DGNB-2014-01 (default: the year's next number)",
    )
    .option('--date <YYYY-MM-DD>', vi ? 'ngày đánh giá (mặc định hôm nay)' : 'audit date (default today)')
    .option(
      '--auditor <name>',
      vi ? 'đánh giá viên (lặp lại được; người đầu là trưởng đoàn)' : 'an auditor (repeatable; the first leads)',
      collect,
    )
    .option('--dry-run', vi ? 'in tệp sẽ ghi, không ghi gì' : 'print the file it would write; write nothing')
    .option('--force', vi ? 'ghi đè tệp kết quả đã có cùng mã' : 'replace an existing findings file with the same id')
    .addHelpText(
      'after',
      vi
        ? `
Cột Kết quả: Phù hợp, NC nặng, NC nhẹ, Lưu ý (viết hoa, thường hay không dấu đều được); để trống nếu chưa đánh giá.
Hàng NC nặng, NC nhẹ, Lưu ý thành phát hiện (cần ghi ở cột Bằng chứng / ghi chép); phạm vi là các điều khoản, quy
trình của những hàng đã có kết quả. Lỗi trong tệp CSV được báo theo hàng và cột như Excel hiển thị.

Ví dụ:
  qms checklist examples/city/xa-tam-hiep --process QT-HT-01 --format csv --output phieu.csv
  qms audit import examples/city/xa-tam-hiep phieu.csv --date 2014-07-14 --auditor "Hà Thị Yến" --dry-run
  qms audit import examples/city/xa-tam-hiep phieu.csv --id DGNB-2014-02 --date 2014-07-14 --auditor "Hà Thị Yến"`
        : `
Result column: Conforming, Major NC, Minor NC, Observation (Vietnamese labels too, any case, with or without
diacritics); empty when not assessed. Major, minor and observation rows become findings (they need a note in
Evidence / notes); the scope is the clauses and procedures of the rows with a result. CSV errors name the row
and column as Excel shows them.

Examples:
  qms checklist examples/city/xa-tam-hiep --process QT-HT-01 --format csv --output checklist.csv --lang en
  qms audit import examples/city/xa-tam-hiep checklist.csv --date 2014-07-14 --auditor "Hà Thị Yến" --dry-run`,
    )
    .action(async (unit: string, csv: string, options) => {
      const { runAuditImport } = await import('../commands/audit-import.js');
      result.code = await runAuditImport({ unit, csv, ...options }, io);
    });
}
