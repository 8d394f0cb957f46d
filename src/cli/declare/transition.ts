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
        ? 'chuyển đơn vị sang dòng mô hình 3.x: ban hành lại quy trình theo quy trình mẫu 3.x, ghi TTHC bãi bỏ, tạo context.yaml, risks.yaml, process-map.yaml (nếu chưa có), ghi nhận chuyển đổi vào qms.yaml'
        : 'move the unit onto the 3.x model line: re-issue its procedures from the 3.x ones, record withdrawn TTHC, create context.yaml, risks.yaml, process-map.yaml (when missing), record the transition in qms.yaml',
    )
    .option('--dry-run', vi ? 'với --apply: chỉ in kế hoạch ghi tệp' : 'with --apply: print the write plan only')
    .option(
      '--date <YYYY-MM-DD>',
      vi
        ? 'ngày chuyển đổi, ngày hiệu lực của các tài liệu ban hành lại (mặc định hôm nay)'
        : 'transition date, effective date of the re-issued documents (default today)',
    )
    .option(
      '--model <id|path>',
      vi
        ? 'mô hình có dòng 3.x để chuyển sang (mặc định mô hình của đơn vị)'
        : 'model whose 3.x line the unit moves to (default: the unit’s)',
    )
    .option('--force', vi ? 'ghi đè tệp --output đã có' : 'overwrite an existing --output file')
    .addHelpText(
      'after',
      vi
        ? `
Quy trình được hợp nhất ba chiều như qms model update: nội dung đơn vị tự sửa được giữ, xung đột được đánh dấu trong tệp
và báo (mã thoát 1). TTHC chưa có quy trình mẫu 3.x được giữ nguyên và liệt kê để đơn vị tự ban hành lại. Tài liệu
2015 đã có không bị ghi đè; qms.yaml được sửa tại chỗ (giữ chú thích và nội dung khác).
Sau khi --apply: qms validate <đơn vị>, rồi qms checklist <đơn vị> --all để đánh giá nội bộ theo 2015.

Ví dụ:
  qms transition examples/city/xa-tam-hiep --to 2015
  qms transition examples/city/xa-tam-hiep --to 2015 --format docx --output chuyen-doi.docx
  qms transition examples/city/xa-tam-hiep --to 2015 --apply --dry-run
  qms transition examples/city/xa-tam-hiep --to 2015 --apply --date 2026-12-03`
        : `
Procedures are merged three-way as in qms model update: the unit's own edits are kept, conflicts are marked in the
file and reported (exit 1). TTHC with no 3.x model procedure yet are kept and listed for the unit to re-issue. Existing
2015 documents are never overwritten; qms.yaml is edited in place (comments and other content kept).
After --apply: qms validate <unit>, then qms checklist <unit> --all for a 2015 internal audit.

Examples:
  qms transition examples/city/xa-tam-hiep --to 2015
  qms transition examples/city/xa-tam-hiep --to 2015 --format docx --output transition.docx
  qms transition examples/city/xa-tam-hiep --to 2015 --apply --dry-run
  qms transition examples/city/xa-tam-hiep --to 2015 --apply --date 2026-12-03`,
    )
    .action(async (unit: string, options) => {
      const { runTransition } = await import('../commands/transition.js');
      result.code = await runTransition({ unit, ...options }, io);
    });
}
