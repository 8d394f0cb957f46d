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

export function declareBuild(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('build')
    .argument(
      '<paths...>',
      vi ? 'thư mục đơn vị, hoặc thư mục chứa nhiều đơn vị' : 'a unit folder, or a folder of units',
    )
    .description(
      vi
        ? 'xuất tài liệu của đơn vị: Word (DOCX) để ký ban hành, Markdown và HTML'
        : "render a unit's documents: Word (DOCX) to sign and issue, Markdown and HTML",
    )
    .option(
      '-o, --out <dir>',
      vi ? 'thư mục kết quả (mặc định: dist/ trong thư mục đơn vị)' : 'output folder (default: dist/ inside the unit)',
    )
    .option(
      '-f, --format <list>',
      vi ? 'định dạng, cách nhau bởi dấu phẩy: docx,md,html' : 'formats, comma-separated: docx,md,html',
      'docx,md,html',
    )
    .option(
      '--only <code...>',
      vi
        ? 'chỉ xuất các tài liệu có mã hiệu hoặc loại này (ví dụ QT-HT-01 CSCL corrective-action)'
        : 'only the documents with these codes or kinds (e.g. QT-HT-01 CSCL corrective-action)',
      collect,
    )
    .option(
      '--dry-run',
      vi
        ? 'chỉ in kế hoạch (tạo mới / ghi đè / không đổi), không ghi tệp'
        : 'print the plan (create / overwrite / unchanged), write nothing',
    )
    .option('--force', vi ? 'xuất cả khi đơn vị còn lỗi kiểm tra' : 'build even when the unit has validation errors')
    .option(
      '-j, --jobs <n>',
      vi
        ? 'số luồng xuất song song: luồng chính và n − 1 luồng phụ, chia nhau từng tệp, kể cả của một đơn vị lớn (mặc định: theo khối lượng — cây nhỏ xuất trong một luồng)'
        : 'threads building in parallel: this one and n − 1 workers, sharing the files, even of one large unit (default: by the amount of work — a small tree builds on one thread)',
    )
    .addHelpText(
      'after',
      vi
        ? `
Kết quả: <thư mục ra>/docx/<mã hiệu>.docx, md/<mã hiệu>.md, html/<mã hiệu>.html cho mỗi quy trình, chính sách,
mục tiêu, sổ tay chất lượng, danh mục tài liệu nội bộ và danh mục văn bản pháp luật áp dụng; và các văn bản
đơn vị ban hành (thể thức Thông tư 01/2011/TT-BNV): quyết định thành lập Ban chỉ đạo ISO, cử Đại diện lãnh đạo,
ban hành hệ thống tài liệu, kế hoạch xây dựng, báo cáo đánh giá nội bộ, phiếu yêu cầu hành động khắc phục,
sổ theo dõi hành động khắc phục, thông báo họp, báo cáo và biên bản họp xem xét của lãnh đạo. Văn bản thiếu
dữ liệu được bỏ qua kèm tên tệp và trường cần điền.
Cùng dữ liệu thì cùng nội dung từng byte (thời điểm lấy từ ngày hiệu lực hoặc SOURCE_DATE_EPOCH), với mọi --jobs.
Mỗi tệp được ghi ngay khi xuất xong (không giữ cả bộ tài liệu trong bộ nhớ); ngắt giữa chừng (Ctrl+C) không để lại
tệp ghi dở. Một đơn vị không ghi được không làm dừng các đơn vị khác.
Mã thoát: 0 đã xuất, 1 có đơn vị bị từ chối vì lỗi kiểm tra (xem qms validate), 2 sai cách dùng hoặc không ghi
được, 3 lỗi nội bộ.

Ví dụ:
  qms build examples/city/xa-tam-hiep
  qms build examples/city/xa-tam-hiep --format docx --only QT-HT-01 QT-HT-02
  qms build examples/city/xa-tam-hiep --only corrective-action review-minutes
  qms build examples/city --out ban-in --dry-run
  qms build examples/city --out ban-in --jobs 2`
        : `
Output: <out>/docx/<code>.docx, md/<code>.md, html/<code>.html for every procedure, the policy, the
objectives, the quality manual, the internal document register and the register of legal documents; and the
documents the unit issued (TT 01/2011/TT-BNV frame): the steering-committee, management-representative and
issuing decisions, the build plan, internal-audit reports, corrective-action requests and log, management-review
notices, reports and minutes. A document whose data is missing is skipped, naming the file and field to fill.
The same data gives the same bytes (times come from the effective date or SOURCE_DATE_EPOCH), with any --jobs.
Each file is written as soon as it is made (the set is never held in memory); an interruption (Ctrl+C) leaves
no half-written file. A unit that cannot be written does not stop the others.
Exit codes: 0 built, 1 a unit was refused because of validation errors (see qms validate), 2 usage or a write
refused, 3 internal error.

Examples:
  qms build examples/city/xa-tam-hiep
  qms build examples/city/xa-tam-hiep --format docx --only QT-HT-01 QT-HT-02
  qms build examples/city/xa-tam-hiep --only corrective-action review-minutes
  qms build examples/city --out print --dry-run
  qms build examples/city --out print --jobs 2`,
    )
    .action(async (paths: string[], options) => {
      const { runBuild } = await import('../commands/build.js');
      result.code = await runBuild({ paths, ...options }, io);
    });
}
