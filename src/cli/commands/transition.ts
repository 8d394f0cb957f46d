import { relative } from 'node:path';
import { dateOption } from '../../core/dates/dates.js';
import { QmsError } from '../../core/errors.js';
import { text } from '../../core/text.js';
import { analyseTransition } from '../../core/transition/gap-analysis.js';
import { planTransition } from '../../core/transition/plan-transition.js';
import { transitionText, transitionView } from '../../core/transition/transition-view.js';
import { applyPlan } from '../../core/write-files.js';
import type { Io } from '../io.js';
import { emit, formatFrom } from './audit-output.js';
import { printPlan } from './print-plan.js';

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
  const analysis = analyseTransition(options.unit, options.to);
  if (options.apply) {
    const plan = planTransition(analysis, { date, ...(options.model ? { model: options.model } : {}) });
    if (options.dryRun) {
      printPlan(plan, io, options.unit);
      return 0;
    }
    applyPlan(plan);
    const kept = plan.entries.filter((e) => e.action === 'skip').map((e) => e.relPath);
    const written = plan.entries.filter((e) => e.action === 'create' || e.action === 'overwrite').map((e) => e.relPath);
    io.err(
      io.t(
        text(
          `Đã chuyển ${analysis.unit.name} sang ${analysis.to}: ghi ${written.join(', ')}${kept.length ? `; giữ nguyên tệp đã có ${kept.join(', ')}` : ''}.`,
          `Moved ${analysis.unit.name} to ${analysis.to}: wrote ${written.join(', ')}${kept.length ? `; kept existing ${kept.join(', ')}` : ''}.`,
        ),
      ),
    );
    const shown = relative(io.cwd, analysis.unit.dir) || '.';
    io.err(io.t(text(`Bước tiếp theo: qms validate ${shown}`, `Next: qms validate ${shown}`)));
    return 0;
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
