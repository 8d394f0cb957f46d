import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function declareInit(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('init')
    .argument(
      '[dir]',
      vi
        ? 'thư mục đơn vị sẽ tạo (mặc định "."; trong một đơn vị, --skip-existing dùng câu trả lời của đơn vị)'
        : 'the unit folder to create (default "."; inside a unit, --skip-existing uses its own answers)',
    )
    .description(vi ? 'khởi tạo HTQLCL của một đơn vị từ mô hình chung' : "create a unit's QMS from the city model")
    .addOption(new Option('--type <type>', vi ? 'loại đơn vị' : 'unit type').choices(['xa', 'huyen', 'so']))
    .option('--name <name>', vi ? 'tên đơn vị, ví dụ "UBND xã Đại Mỗ"' : 'unit name, e.g. "UBND xã Đại Mỗ"')
    .option('--id <id>', vi ? 'mã đơn vị (mặc định lấy từ tên)' : 'unit id (default: from the name)')
    .option('--parent <name>', vi ? 'đơn vị cấp trên (với xã: huyện)' : 'parent unit (for a commune: its district)')
    .option(
      '--superior <name>',
      vi ? 'cơ quan chủ quản ghi trên tiêu đề văn bản' : 'superior body printed in document headers',
    )
    .option('--city <name>', vi ? 'tỉnh, thành phố' : 'province or city', 'Hà Nội')
    .option('--model <id|path>', vi ? 'mô hình chung (mã hoặc đường dẫn)' : 'city model (id or path)')
    .option(
      '--model-version <semver>',
      vi
        ? 'phiên bản mô hình (mặc định: phiên bản có hiệu lực vào ngày ban hành tài liệu)'
        : 'model version (default: the one in force on the effective date)',
    )
    .option('--answers <file>', vi ? 'tệp YAML chứa câu trả lời' : 'YAML file with the answers')
    .option(
      '--print-answers',
      vi
        ? 'in mẫu tệp câu trả lời cho --type để điền (qms init --print-answers --type xa > tra-loi.yaml)'
        : 'print an answers template for --type to fill in (qms init --print-answers --type xa > answers.yaml)',
    )
    .option(
      '--person <role=names>',
      vi
        ? 'người đảm nhiệm vai trò, lặp lại được: --person lanh-dao="Nguyễn Văn An"'
        : 'people in a role, repeatable: --person lanh-dao="Nguyễn Văn An"',
      collect,
    )
    .option(
      '--groups <ids>',
      vi ? 'các nhóm TTHC, cách nhau bởi dấu phẩy (mặc định: tất cả)' : 'TTHC groups, comma-separated (default: all)',
    )
    .option(
      '--effective-date <date>',
      vi
        ? 'ngày ban hành, hiệu lực của tài liệu (YYYY-MM-DD hoặc DD/MM/YYYY, mặc định hôm nay)'
        : 'issue and effective date of the documents (default: today)',
    )
    .option('-y, --yes', vi ? 'không hỏi; lấy giá trị từ tham số và mặc định' : 'do not ask; take flags and defaults')
    .option('--force', vi ? 'ghi đè tệp đã có' : 'overwrite existing files')
    .option(
      '--skip-existing',
      vi ? 'giữ nguyên tệp đã có, chỉ tạo tệp mới' : 'keep existing files, create only new ones',
    )
    .option('--dry-run', vi ? 'chỉ in kế hoạch, không ghi tệp' : 'print the plan, write nothing')
    .addHelpText(
      'after',
      vi
        ? `
Ví dụ:
  qms init xa-dai-mo                                   hỏi từng bước (tại terminal)
  qms init xa-dai-mo --yes --type xa --name "UBND xã Đại Mỗ" --parent "UBND huyện Từ Liêm" \\
    --person lanh-dao="Nguyễn Văn An" --person pho-lanh-dao="Trần Thị Bình" \\
    --person dai-dien-lanh-dao="Trần Thị Bình" --person thu-ky-iso="Lê Văn Cường" \\
    --person van-phong="Đỗ Thị Lan" --person mot-cua="Phạm Thị Dung" \\
    --person tu-phap-ho-tich="Hoàng Văn Em" --person dia-chinh-xay-dung="Vũ Văn Hùng" \\
    --person van-hoa-xa-hoi="Ngô Thị Hà" --person tai-chinh-ke-toan="Bùi Văn Khoa"
  qms init --print-answers --type xa > tra-loi.yaml    mẫu tệp câu trả lời để điền
  qms init xa-dai-mo --answers tra-loi.yaml --yes      lấy câu trả lời từ tệp
  qms init --skip-existing                             trong một đơn vị: tạo lại tài liệu đã xóa
  qms init xa-dai-mo --answers tra-loi.yaml --yes --dry-run`
        : `
Examples:
  qms init xa-dai-mo                                   asks step by step (at a terminal)
  qms init xa-dai-mo --yes --type xa --name "UBND xã Đại Mỗ" --parent "UBND huyện Từ Liêm" \\
    --person lanh-dao="Nguyễn Văn An" --person pho-lanh-dao="Trần Thị Bình" \\
    --person dai-dien-lanh-dao="Trần Thị Bình" --person thu-ky-iso="Lê Văn Cường" \\
    --person van-phong="Đỗ Thị Lan" --person mot-cua="Phạm Thị Dung" \\
    --person tu-phap-ho-tich="Hoàng Văn Em" --person dia-chinh-xay-dung="Vũ Văn Hùng" \\
    --person van-hoa-xa-hoi="Ngô Thị Hà" --person tai-chinh-ke-toan="Bùi Văn Khoa"
  qms init --print-answers --type xa > answers.yaml    an answers file to fill in
  qms init xa-dai-mo --answers answers.yaml --yes      answers from a file
  qms init --skip-existing                             inside a unit: re-create deleted documents
  qms init xa-dai-mo --answers answers.yaml --yes --dry-run`,
    )
    .action(async (dir: string | undefined, options) => {
      const { runInit } = await import('../commands/init.js');
      result.code = await runInit({ dir, ...options }, io);
    });
}
