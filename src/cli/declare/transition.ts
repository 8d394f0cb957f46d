import type { Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareTransition(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('transition')
    .argument('<unit>', vi ? 'thư mục đơn vị đang áp dụng TCVN ISO 9001:2008' : 'a unit folder on ISO 9001:2008')
    .description(
      vi
        ? 'chuyển đổi HTQLCL từ TCVN ISO 9001:2008 sang TCVN ISO 9001:2015: phân tích khoảng cách theo điều khoản; --apply tạo tài liệu mới và ghi nhận chuyển đổi'
        : 'move a QMS from ISO 9001:2008 to ISO 9001:2015: gap analysis by clause; --apply scaffolds the new documents and records the transition',
    )
    .requiredOption('--to <standard>', vi ? 'tiêu chuẩn đích: 2015' : 'target standard: 2015')
    .option(
      '-f, --format <format>',
      vi
        ? 'text, md, json hoặc docx (mặc định theo đuôi tệp --output, không có thì text)'
        : 'text, md, json or docx (default: from the --output extension, else text)',
    )
    .option(
      '-o, --output <file>',
      vi ? 'ghi báo cáo ra tệp (bắt buộc với docx)' : 'write the report to a file (required for docx)',
    )
    .option(
      '--apply',
      vi
        ? 'tạo context.yaml, risks.yaml, process-map.yaml (nếu chưa có) và ghi standard, transition, yêu cầu không áp dụng vào qms.yaml'
        : 'create context.yaml, risks.yaml, process-map.yaml (when missing) and record standard, transition and non-applicable requirements in qms.yaml',
    )
    .option('--dry-run', vi ? 'với --apply: chỉ in kế hoạch ghi tệp' : 'with --apply: print the write plan only')
    .option('--date <YYYY-MM-DD>', vi ? 'ngày chuyển đổi (mặc định hôm nay)' : 'transition date (default today)')
    .option(
      '--model <id|path>',
      vi
        ? 'mô hình lấy mẫu tài liệu 2015 (mặc định mô hình của đơn vị)'
        : 'model for the 2015 templates (default: the unit’s)',
    )
    .option('--force', vi ? 'ghi đè tệp --output đã có' : 'overwrite an existing --output file')
    .addHelpText(
      'after',
      vi
        ? `
Tài liệu đã có của đơn vị không bao giờ bị ghi đè; qms.yaml được sửa tại chỗ (giữ chú thích và nội dung khác).
Sau khi --apply: qms validate <đơn vị>, rồi qms checklist <đơn vị> --all để đánh giá nội bộ theo 2015.

Ví dụ:
  qms transition examples/city/xa-tam-hiep --to 2015
  qms transition examples/city/xa-tam-hiep --to 2015 --format docx --output chuyen-doi.docx
  qms transition examples/city/xa-tam-hiep --to 2015 --apply --dry-run`
        : `
The unit's existing documents are never overwritten; qms.yaml is edited in place (comments and other content kept).
After --apply: qms validate <unit>, then qms checklist <unit> --all for a 2015 internal audit.

Examples:
  qms transition examples/city/xa-tam-hiep --to 2015
  qms transition examples/city/xa-tam-hiep --to 2015 --format docx --output transition.docx
  qms transition examples/city/xa-tam-hiep --to 2015 --apply --dry-run`,
    )
    .action(async (unit: string, options) => {
      const { runTransition } = await import('../commands/transition.js');
      result.code = await runTransition({ unit, ...options }, io);
    });
}
