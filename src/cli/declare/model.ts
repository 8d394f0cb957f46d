import { Option, type Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareModel(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  const model = program
    .command('model')
    .description(vi ? 'xem mô hình chung và danh mục TTHC' : 'browse the city model and its catalogue');
  model
    .command('list')
    .description(vi ? 'liệt kê các mô hình và phiên bản' : 'list models and versions')
    .addOption(
      new Option('--format <format>', vi ? 'định dạng' : 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      vi
        ? '\nVí dụ:\n  qms model list\n  qms model list --format json'
        : '\nExamples:\n  qms model list\n  qms model list --format json',
    )
    .action(async (options) => {
      const { runModelList } = await import('../commands/model-list.js');
      result.code = runModelList(options, io);
    });
  model
    .command('show')
    .argument('[id]', vi ? 'mã mô hình hoặc đường dẫn' : 'model id or path', 'hanoi-qms')
    .description(vi ? 'xem danh mục TTHC và tài liệu của một mô hình' : "show a model's catalogue and documents")
    .option('--model-version <semver>', vi ? 'phiên bản (mặc định: mới nhất)' : 'version (default: latest)')
    .addOption(
      new Option('--type <type>', vi ? 'chỉ một loại đơn vị' : 'one unit type only').choices(['xa', 'huyen', 'so']),
    )
    .addOption(
      new Option('--format <format>', vi ? 'định dạng' : 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      vi
        ? '\nVí dụ:\n  qms model show\n  qms model show hanoi-qms --type xa\n  qms model show --format json'
        : '\nExamples:\n  qms model show\n  qms model show hanoi-qms --type xa\n  qms model show --format json',
    )
    .action(async (id: string, options) => {
      const { runModelShow } = await import('../commands/model-show.js');
      result.code = runModelShow({ id, ...options }, io);
    });
  model
    .command('diff')
    .argument('[paths...]', vi ? 'thư mục đơn vị hoặc thư mục chứa các đơn vị' : 'unit folders or folders of units', [
      '.',
    ])
    .description(
      vi
        ? 'so sánh đơn vị với phiên bản mô hình mới: mô hình thay đổi gì, đơn vị đã sửa gì'
        : 'compare units with a newer model version: what the model changes, what the unit changed',
    )
    .option('--to <semver>', vi ? 'phiên bản đích (mặc định: mới nhất)' : 'target version (default: latest)')
    .option(
      '--model <id|path>',
      vi ? 'mô hình thay cho mô hình ghi trong qms.yaml' : 'model to use instead of the one qms.yaml names',
    )
    .option('-v, --verbose', vi ? 'liệt kê cả các thay đổi bản địa hóa' : 'list localisation changes too')
    .option(
      '--full',
      vi
        ? 'in đầy đủ giá trị trước và sau (mặc định: giá trị dài chỉ in phần thay đổi, dạng [-cũ-]{+mới+})'
        : 'print whole values before and after (default: long values show only the changed words, [-old-]{+new+})',
    )
    .addOption(
      new Option('--format <format>', vi ? 'định dạng' : 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      vi
        ? `
Mã thoát: 0 mọi đơn vị khớp mô hình, 1 có đơn vị chậm phiên bản, có tài liệu ban hành theo phiên bản cũ hơn hoặc sửa nội dung do mô hình quy định, 2 lỗi.

Ví dụ:
  qms model diff examples/city                      bảng tổng hợp cả thành phố
  qms model diff examples/city/xa-tam-hiep          chi tiết từng trường của một đơn vị
  qms model diff examples/city/xa-tam-hiep --to 1.1.0 --format json`
        : `
Exit codes: 0 every unit in sync, 1 some unit behind, with documents issued under older versions or with edits of model-controlled fields, 2 error.

Examples:
  qms model diff examples/city                      summary of a whole city
  qms model diff examples/city/xa-tam-hiep          one unit, field by field
  qms model diff examples/city/xa-tam-hiep --to 1.1.0 --format json`,
    )
    .action(async (paths: string[], options) => {
      const { runModelDiff } = await import('../commands/model-diff.js');
      result.code = runModelDiff({ paths, ...options }, io);
    });
  model
    .command('update')
    .argument('<paths...>', vi ? 'thư mục đơn vị' : 'unit folder(s)')
    .description(
      vi
        ? 'cập nhật đơn vị lên phiên bản mô hình mới, giữ nguyên phần đơn vị đã sửa (gộp ba chiều)'
        : 'update units to a newer model version, keeping their own edits (three-way merge)',
    )
    .option('--to <semver>', vi ? 'phiên bản đích (mặc định: mới nhất)' : 'target version (default: latest)')
    .option(
      '--model <id|path>',
      vi ? 'mô hình thay cho mô hình ghi trong qms.yaml' : 'model to use instead of the one qms.yaml names',
    )
    .option(
      '--date <YYYY-MM-DD>',
      vi
        ? 'ngày ban hành, hiệu lực của tài liệu ban hành lại (mặc định hôm nay)'
        : 'issue and effective date of re-issued documents (default: today)',
    )
    .option('--dry-run', vi ? 'chỉ in kế hoạch, không ghi tệp' : 'print the plan, write nothing')
    .addOption(
      new Option('--format <format>', vi ? 'định dạng' : 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      vi
        ? `
Thay đổi của mô hình được đưa vào những trường đơn vị không sửa; phần đơn vị sửa và chú thích được giữ
nguyên; trường cả hai cùng sửa khác nhau được giữ giá trị của đơn vị và đánh dấu bằng khối chú thích
"# <<<<<<< … # >>>>>>>" ngay trên trường đó. Mỗi tài liệu thay đổi được ban hành lại (lần ban hành + 1,
ngày hiệu lực --date, thêm dòng theo dõi sửa đổi); TTHC mới được tạo; TTHC bị bãi bỏ được đánh dấu, không xóa.

Mã thoát: 0 đã cập nhật (hoặc không có gì để cập nhật), 1 còn xung đột đánh dấu trong tệp, 2 lỗi.

Ví dụ:
  qms model update examples/city/xa-tam-hiep --dry-run
  qms model update examples/city/xa-tam-hiep --to 1.1.0 --date 2012-09-03`
        : `
Model changes go into fields the unit did not edit; the unit's edits and comments stay; a field both
changed differently keeps the unit's value and gets a "# <<<<<<< … # >>>>>>>" comment block above it.
Every changed document is re-issued (issue + 1, effective on --date, a revision-table row); new TTHC
procedures are created; abolished ones are flagged, not deleted.

Exit codes: 0 updated (or nothing to do), 1 conflicts left marked in the files, 2 error.

Examples:
  qms model update examples/city/xa-tam-hiep --dry-run
  qms model update examples/city/xa-tam-hiep --to 1.1.0 --date 2012-09-03`,
    )
    .action(async (paths: string[], options) => {
      const { runModelUpdate } = await import('../commands/model-update.js');
      result.code = runModelUpdate({ paths, ...options }, io);
    });
}
