import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';

export function declareModel(program: Command, io: Io, result: RunResult): void {
  const vi = io.lang === 'vi';
  const model = program.command('model').description(vi ? 'xem mô hình chung và danh mục TTHC' : 'browse the city model and its catalogue');
  model
    .command('list')
    .description(vi ? 'liệt kê các mô hình và phiên bản' : 'list models and versions')
    .addOption(new Option('--format <format>', vi ? 'định dạng' : 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', vi ? '\nVí dụ:\n  qms model list\n  qms model list --format json' : '\nExamples:\n  qms model list\n  qms model list --format json')
    .action(async (options) => {
      const { runModelList } = await import('../commands/model-list.js');
      result.code = runModelList(options, io);
    });
  model
    .command('show')
    .argument('[id]', vi ? 'mã mô hình hoặc đường dẫn' : 'model id or path', 'hanoi-qms')
    .description(vi ? 'xem danh mục TTHC và tài liệu của một mô hình' : "show a model's catalogue and documents")
    .option('--model-version <semver>', vi ? 'phiên bản (mặc định: mới nhất)' : 'version (default: latest)')
    .addOption(new Option('--type <type>', vi ? 'chỉ một loại đơn vị' : 'one unit type only').choices(['xa', 'huyen', 'so']))
    .addOption(new Option('--format <format>', vi ? 'định dạng' : 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', vi ? '\nVí dụ:\n  qms model show\n  qms model show hanoi-qms --type xa\n  qms model show --format json' : '\nExamples:\n  qms model show\n  qms model show hanoi-qms --type xa\n  qms model show --format json')
    .action(async (id: string, options) => {
      const { runModelShow } = await import('../commands/model-show.js');
      result.code = runModelShow({ id, ...options }, io);
    });
}
