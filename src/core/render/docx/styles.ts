import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { FONT, LANGUAGE, SIZE } from './page.js';

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/** Times New Roman 13 pt, Vietnamese language on every run; headings black and bold, kept with what follows. */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font, size: SIZE.body, language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
      paragraph: { spacing: { before: 0, after: 100, line: 288 }, alignment: AlignmentType.JUSTIFIED },
    },
    heading1: {
      run: { font, size: SIZE.body, bold: true, color: '000000' },
      paragraph: {
        spacing: { before: 240, after: 120 },
        keepNext: true,
        keepLines: true,
        alignment: AlignmentType.LEFT,
      },
    },
    heading2: {
      run: { font, size: SIZE.body, bold: true, italics: false, color: '000000' },
      paragraph: {
        spacing: { before: 160, after: 100 },
        keepNext: true,
        keepLines: true,
        alignment: AlignmentType.LEFT,
      },
    },
  },
  // Table text: tight, left-aligned (set once here rather than on every cell's paragraph).
  paragraphStyles: [
    {
      id: 'QmsCell',
      name: 'QMS Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { before: 0, after: 0, line: 264 }, alignment: AlignmentType.LEFT },
    },
  ],
};

export const CELL_STYLE = 'QmsCell';

export const DASH_LIST = 'qms-dash';

/** Lists are dash bullets with a hanging indent, as Vietnamese administrative texts write them. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: DASH_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '-',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
  ],
};
