import type { Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareNew(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  const command = program
    .command('new')
    .description(vi ? 'thêm tài liệu mới vào đơn vị' : 'add a new document to a unit');
  command
    .command('procedure')
    .argument(
      '[tthc-id]',
      vi
        ? 'mã TTHC trong danh mục của mô hình (xem: qms model show)'
        : 'TTHC id from the model catalogue (see: qms model show)',
    )
    .description(
      vi ? 'thêm một quy trình TTHC từ mô hình chung' : 'add an operational procedure from the model catalogue',
    )
    .option('--unit <dir>', vi ? 'thư mục đơn vị' : 'unit folder', '.')
    .option(
      '--blank',
      vi ? 'tạo quy trình trống (cần --code và --title)' : 'start an empty procedure (needs --code and --title)',
    )
    .option(
      '--code <code>',
      vi ? 'mã hiệu cho quy trình trống, ví dụ QT-VP-01' : 'code of the blank procedure, e.g. QT-VP-01',
    )
    .option('--title <title>', vi ? 'tên quy trình trống' : 'title of the blank procedure')
    .option('--effective-date <date>', vi ? 'ngày hiệu lực (mặc định hôm nay)' : 'effective date (default: today)')
    .option('--force', vi ? 'ghi đè tệp đã có' : 'overwrite an existing file')
    .option('--skip-existing', vi ? 'bỏ qua nếu tệp đã có' : 'do nothing if the file exists')
    .option('--dry-run', vi ? 'chỉ in kế hoạch' : 'print the plan, write nothing')
    .addHelpText(
      'after',
      vi
        ? `
Ví dụ:
  qms new procedure xa-ht-nuoi-con-nuoi --unit examples/city/xa-vinh-quynh
  qms new procedure --blank --code QT-VP-01 --title "Quy trình tiếp nhận đơn thư" --unit .`
        : `
Examples:
  qms new procedure xa-ht-nuoi-con-nuoi --unit examples/city/xa-vinh-quynh
  qms new procedure --blank --code QT-VP-01 --title "Quy trình tiếp nhận đơn thư" --unit .`,
    )
    .action(async (tthcId: string | undefined, options) => {
      const { runNewProcedure } = await import('../commands/new-procedure.js');
      result.code = await runNewProcedure({ tthcId, ...options }, io);
    });
}
