import { Option, type Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function declareInit(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  program
    .command('init')
    .argument('<dir>', vi ? 'thư mục đơn vị sẽ tạo' : 'the unit folder to create')
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
        ? 'ngày ban hành, hiệu lực của tài liệu (YYYY-MM-DD, mặc định hôm nay)'
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
    --person mot-cua="Phạm Thị Dung" --person tu-phap-ho-tich="Hoàng Văn Em"
  qms init xa-dai-mo --answers tra-loi.yaml --yes      lấy câu trả lời từ tệp
  qms init xa-dai-mo --answers tra-loi.yaml --yes --dry-run`
        : `
Examples:
  qms init xa-dai-mo                                   asks step by step (at a terminal)
  qms init xa-dai-mo --yes --type xa --name "UBND xã Đại Mỗ" --parent "UBND huyện Từ Liêm" \\
    --person lanh-dao="Nguyễn Văn An" --person thu-ky-iso="Lê Văn Cường" …
  qms init xa-dai-mo --answers answers.yaml --yes      answers from a file
  qms init xa-dai-mo --answers answers.yaml --yes --dry-run`,
    )
    .action(async (dir: string, options) => {
      const { runInit } = await import('../commands/init.js');
      result.code = await runInit({ dir, ...options }, io);
    });
}
