import { AlignmentType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx';
import { linesOf } from '../../sanitize.js';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for a text; each newline becomes a line break (docx would show "\n" as a space). */
export function runs(value: string, style: RunStyle = {}): TextRun[] {
  return linesOf(value).map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function para(
  value: string,
  options: Omit<IParagraphOptions, 'children' | 'text'> & { run?: RunStyle } = {},
): Paragraph {
  const { run, ...rest } = options;
  return new Paragraph({ ...rest, children: runs(value, run) });
}

export function centered(
  children: ParagraphChild[],
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...options, children });
}
