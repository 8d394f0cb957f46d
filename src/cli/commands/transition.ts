import { resolve } from 'node:path';
import { dateOption } from '../../core/dates/dates.js';
import { QmsError } from '../../core/errors.js';
import { text } from '../../core/text.js';
import { analyseTransition } from '../../core/transition/gap-analysis.js';
import { planTransition } from '../../core/transition/plan-transition.js';
import { transitionText, transitionView } from '../../core/transition/transition-view.js';
import type { Io } from '../io.js';
import { emit, formatFrom } from './audit-output.js';
import { applyTransition, finishInterrupted } from './transition-apply.js';

export interface TransitionOptions {
  unit: string;
  to: string;
  format?: string;
  output?: string;
  apply?: boolean;
  dryRun?: boolean;
  date?: string;
  model?: string;
  force?: boolean;
}

const FORMATS = ['text', 'md', 'json', 'docx'] as const;

/** `qms transition`: the gap analysis; with --apply, the new documents and the manifest record. */
export async function runTransition(options: TransitionOptions, io: Io): Promise<number> {
  const format = formatFrom(options.format, options.output, FORMATS, 'text');
  if (format === 'docx' && !options.output) {
    throw new QmsError(
      'E_USAGE',
      text('định dạng docx cần --output <tệp.docx>', 'the docx format needs --output <file.docx>'),
    );
  }
  if (options.dryRun && !options.apply) {
    throw new QmsError('E_USAGE', text('--dry-run chỉ dùng cùng --apply', '--dry-run only goes with --apply'));
  }
  const date = dateOption(options.date);
  // An --apply interrupted earlier is finished first: planning on a half-written unit would be wrong.
  if (options.apply) finishInterrupted(resolve(io.cwd, options.unit), options.unit, Boolean(options.dryRun), io);
  const analysis = analyseTransition(options.unit, options.to, date);
  if (options.apply) {
    if (format !== 'text' && format !== 'json') {
      throw new QmsError(
        'E_USAGE',
        text('--apply chỉ in kết quả dạng text hoặc json', '--apply reports as text or json only'),
      );
    }
    const planned = planTransition(analysis, { date, ...(options.model ? { model: options.model } : {}) });
    return applyTransition(analysis, planned, { date, format, dryRun: Boolean(options.dryRun) }, io);
  }
  let content: string | Uint8Array;
  if (format === 'json') {
    content = `${JSON.stringify({ format: 'qms-transition', version: 1, date, ...analysis }, null, 2)}\n`;
  } else if (format === 'text') {
    content = `${transitionText(analysis, io.lang)}\n`;
  } else {
    const view = transitionView(analysis, io.lang, date);
    content =
      format === 'md'
        ? (await import('../../core/render/templates.js')).renderViewWith('transition', view, 'md')
        : await (
            await import('../../core/render/docx/build-docx.js')
          ).buildDocx(view, {
            sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
          });
  }
  emit(
    content,
    options,
    io,
    text(
      `Phân tích chuyển đổi của ${analysis.unit.name}: ${analysis.counts.new} yêu cầu mới, ${analysis.counts.changed} thay đổi`,
      `Transition analysis of ${analysis.unit.name}: ${analysis.counts.new} new, ${analysis.counts.changed} changed`,
    ),
  );
  return 0;
}
