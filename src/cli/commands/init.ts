import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { loadModel, modelVersionAt, DEFAULT_MODEL_ID } from '../../core/model/load-model.js';
import { planInit } from '../../core/scaffold/plan-init.js';
import { answersTemplate } from '../../core/scaffold/answers-template.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { ANSWERS, MANIFEST } from '../../core/unit/file-kinds.js';
import { applyPlan, type ExistingPolicy } from '../../core/write-files.js';
import type { Io } from '../io.js';
import { canPrompt, terminalPrompter, type Prompter } from '../prompts.js';
import { gatherAnswers, type InitFlags } from './init-answers.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';

export interface InitOptions extends InitFlags {
  /** Default "." (the unit you are in, for `qms init --skip-existing`). */
  dir?: string;
  printAnswers?: boolean;
  force?: boolean;
  skipExisting?: boolean;
  dryRun?: boolean;
}

export async function runInit(given: InitOptions, io: Io, prompter?: Prompter): Promise<number> {
  if (given.printAnswers) return printAnswers(given, io);
  const options = withOwnAnswers({ ...given, dir: given.dir ?? '.' });
  const root = resolve(options.dir);
  if (options.force && options.skipExisting) {
    throw new QmsError(
      'E_USAGE',
      text('không dùng đồng thời --force và --skip-existing', '--force and --skip-existing cannot be used together'),
    );
  }
  refuseLinkedTarget(root, options.dir);
  const interactive = !options.yes && canPrompt();
  const ask = interactive ? (prompter ?? (await terminalPrompter())) : undefined;
  const spec = options.model ?? DEFAULT_MODEL_ID;
  let model = loadModel(spec, options.modelVersion);
  const answers = await gatherAnswers({ ...options, idDefault: basename(root) }, model, io, ask);
  if (!options.modelVersion) {
    // Documents dated in the past follow the model that was in force then (a 2012 unit cannot cite a
    // 2015 decree); for today's date this is the latest version.
    const version = modelVersionAt(spec, answers.effectiveDate);
    if (version !== model.meta.version) {
      model = loadModel(spec, version);
      answers.model = { id: model.meta.id, version };
    }
  }

  const policy: ExistingPolicy = options.force ? 'overwrite' : options.skipExisting ? 'skip' : 'refuse';
  const plan = planInit(root, model, answers, policy);
  if (options.dryRun) {
    printPlan(plan, io, options.dir);
    return 0;
  }
  if (!options.force && !options.skipExisting && isNonEmptyDir(root)) {
    throw new QmsError(
      'E_EXISTS',
      text(
        `thư mục "${options.dir}" đã có tệp; không ghi đè`,
        `folder "${options.dir}" is not empty; nothing was written`,
      ),
      text(
        'Dùng --skip-existing để chỉ tạo tệp còn thiếu, --force để ghi đè, hoặc chọn thư mục trống. Xem trước: --dry-run.',
        'Use --skip-existing to create only missing files, --force to overwrite, or choose an empty folder. Preview: --dry-run.',
      ),
    );
  }
  printWriteNotes(applyPlan(plan), io);
  const created = plan.entries.filter((e) => e.action === 'create' || e.action === 'overwrite').length;
  const skipped = plan.entries.filter((e) => e.action === 'skip').length;
  io.err(
    io.t(
      text(
        `Đã tạo ${escapeForDisplay(answers.name)} (${answers.type}) theo mô hình ${model.meta.id} ${model.meta.version}: ghi ${created} tệp, giữ nguyên ${skipped} tệp.`,
        `Created ${escapeForDisplay(answers.name)} (${answers.type}) from model ${model.meta.id} ${model.meta.version}: wrote ${created} file(s), kept ${skipped}.`,
      ),
    ),
  );
  io.err(io.t(text(`Bước tiếp theo: qms validate ${options.dir}`, `Next: qms validate ${options.dir}`)));
  return 0;
}

function refuseLinkedTarget(root: string, given: string): void {
  if (existsSync(root) || isDanglingLink(root)) {
    if (lstatSync(root).isSymbolicLink()) {
      throw new QmsError(
        'E_SYMLINK',
        text(
          `"${given}" là liên kết tượng trưng; không ghi qua liên kết`,
          `"${given}" is a symbolic link; refusing to write through it`,
        ),
        text('Chọn một thư mục thật.', 'Choose a real folder.'),
      );
    }
    if (!lstatSync(root).isDirectory()) {
      throw new QmsError(
        'E_EXISTS',
        text(`"${given}" là một tệp, không phải thư mục`, `"${given}" is a file, not a folder`),
      );
    }
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isNonEmptyDir(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}

/**
 * Inside an existing unit, `qms init --skip-existing` (or `--force`) takes the unit's own answers
 * (.qms-answers.yaml) when none are given: the unit knows them, and nothing needs asking.
 */
function withOwnAnswers(options: InitOptions & { dir: string }): InitOptions & { dir: string } {
  if (options.answers || !(options.skipExisting || options.force)) return options;
  const own = join(resolve(options.dir), ANSWERS);
  if (!existsSync(join(resolve(options.dir), MANIFEST)) || !existsSync(own)) return options;
  return { ...options, answers: own, yes: true };
}

/** `qms init --print-answers --type xa > answers.yaml`: the template to fill in. */
function printAnswers(options: InitOptions, io: Io): number {
  const type = options.type;
  const model = loadModel(options.model ?? DEFAULT_MODEL_ID, options.modelVersion);
  const def = type ? model.unitTypes[type] : undefined;
  if (!type || !def) {
    throw new QmsError(
      'E_USAGE',
      text('--print-answers cần --type xa|huyen|so', '--print-answers needs --type xa|huyen|so'),
      text(
        'Ví dụ: qms init --print-answers --type xa > tra-loi.yaml',
        'Example: qms init --print-answers --type xa > answers.yaml',
      ),
    );
  }
  io.out(answersTemplate(type, def, new Date().toISOString().slice(0, 10)).replace(/\n$/, ''));
  return 0;
}
