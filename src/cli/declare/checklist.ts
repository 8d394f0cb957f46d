import type { Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

export function declareChecklist(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('checklist')
    .argument('<unit>', vi ? 'thư mục đơn vị' : 'the unit folder')
    .description(
      vi
        ? 'phiếu ghi chép (danh mục câu hỏi) đánh giá nội bộ: theo điều khoản của tiêu chuẩn đơn vị áp dụng (TCVN ISO 9001:2008 hoặc 2015) hoặc theo quy trình'
        : "internal audit checklist: by clause of the unit's standard (ISO 9001:2008 or 2015), or derived from a procedure",
    )
    .option(
      '--all',
      vi
        ? 'mọi điều khoản (điều khoản loại trừ được ghi kèm lý do của đơn vị)'
        : "every clause (excluded ones listed with the unit's reason)",
    )
    .option(
      '--clause <n...>',
      vi
        ? 'điều khoản, ví dụ 4.2.3 8.2.2 (7.5 gồm cả 7.5.1–7.5.5)'
        : 'clauses, e.g. 4.2.3 8.2.2 (7.5 includes 7.5.1–7.5.5)',
      collect,
    )
    .option(
      '--process <code...>',
      vi
        ? 'mã quy trình, ví dụ QT-HT-01: câu hỏi rút ra từ chính quy trình'
        : 'procedure codes, e.g. QT-HT-01: questions derived from the procedure',
      collect,
    )
    .option(
      '-f, --format <format>',
      vi
        ? 'docx, md, csv hoặc json (mặc định theo đuôi tệp --output, không có thì md)'
        : 'docx, md, csv or json (default: from the --output extension, else md)',
    )
    .option(
      '-o, --output <file>',
      vi
        ? 'ghi ra tệp (bắt buộc với docx); không có thì in ra màn hình'
        : 'write to a file (required for docx); otherwise print',
    )
    .option(
      '--separator <sep>',
      vi
        ? "dấu phân cách cột của CSV: ';' cho Excel đặt ngôn ngữ Tiếng Việt (vi-VN, dấu phân cách danh sách là ';'), ',' (mặc định) cho Excel tiếng Anh (en-US); qms audit import đọc được cả hai"
        : "CSV column separator: ';' for Excel set to Vietnamese (vi-VN, list separator ';'), ',' (default) for Excel in English (en-US); qms audit import reads both",
    )
    .option('--auditor <name>', vi ? 'họ tên đánh giá viên ghi trên phiếu' : 'auditor name printed on the checklist')
    .option(
      '--date <YYYY-MM-DD>',
      vi
        ? 'ngày đánh giá (mặc định hôm nay); căn cứ pháp lý được xét hiệu lực vào ngày này'
        : 'audit date (default today); legal bases are judged in force on it',
    )
    .option('--force', vi ? 'ghi đè tệp --output đã có' : 'overwrite an existing --output file')
    .addHelpText(
      'after',
      vi
        ? `
Ngôn ngữ của phiếu theo --lang (vi mặc định, en).
CSV: UTF-8 có BOM (Excel mở đúng tiếng Việt), cột TT, Mã câu hỏi, Điều khoản, Câu hỏi, Bằng chứng cần xem,
Bằng chứng / ghi chép, Kết quả. Điền hai cột cuối (Kết quả: Phù hợp, NC nặng, NC nhẹ, Lưu ý) rồi nhập bằng
qms audit import. Nếu Excel không tách cột (máy cài định dạng vùng dùng dấu ";"), mở bằng Data → From Text/CSV.

Ví dụ:
  qms checklist examples/city/xa-tam-hiep --all --format docx --output phieu-ghi-chep.docx
  qms checklist examples/city/xa-tam-hiep --clause 4.2.3 8.2.2
  qms checklist examples/city/xa-tam-hiep --process QT-HT-01 --auditor "Hà Thị Yến" --date 2014-07-14
  qms checklist examples/city/xa-tam-hiep --process QT-HT-01 QT-HT-02 --format csv --output ho-tich.csv`
        : `
The checklist's language follows --lang (vi by default, en).
CSV: UTF-8 with a BOM (Excel shows Vietnamese correctly), columns No., Question id, Clause, Question,
Evidence to look for, Evidence / notes, Result. Fill in the last two (Result: Conforming, Major NC, Minor NC,
Observation) and load it with qms audit import.

Examples:
  qms checklist examples/city/xa-tam-hiep --all --format docx --output checklist.docx
  qms checklist examples/city/xa-tam-hiep --clause 4.2.3 8.2.2
  qms checklist examples/city/xa-tam-hiep --process QT-HT-01 --auditor "Hà Thị Yến" --date 2014-07-14 --lang en
  qms checklist examples/city/xa-tam-hiep --process QT-HT-01 QT-HT-02 --format csv --output civil-status.csv`,
    )
    .action(async (unit: string, options) => {
      const { runChecklist } = await import('../commands/checklist.js');
      result.code = await runChecklist({ unit, ...options }, io);
    });
}
