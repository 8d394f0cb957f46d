import { PageOrientation, type ISectionPropertiesOptions } from 'docx';

/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** A4, margins of Vietnamese administrative documents: top/bottom 20 mm, left 30 mm, right 15 mm. */
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(8), footer: mm(8) };

/** Width of the text area in twips: what table column percentages are taken of. */
export function textWidth(landscape: boolean): number {
  return (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
}

export function pageProperties(landscape: boolean): ISectionPropertiesOptions {
  return {
    page: {
      // docx swaps width and height itself for landscape.
      size: {
        width: A4.width,
        height: A4.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: MARGIN,
    },
  };
}

/** Sizes in half-points. */
export const SIZE = { body: 26, header: 22, title: 32, table: 26 };
export const FONT = 'Times New Roman';
export const LANGUAGE = 'vi-VN';
