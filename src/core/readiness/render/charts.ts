/**
 * Chart geometry for the HTML dashboard: numbers only, the template draws the SVG (so every label
 * goes through Handlebars' escaping). Sizes in SVG user units; the SVGs scale to their box.
 */

export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  bars: Array<{ y: number; textY: number; width: number; label: string; text: string; textX: number; color: string }>;
}

const ROW = 24;
const BAR = 16;

/** Horizontal bars, one per row, the label on the left and the value at the end of the bar. */
export function barChart(
  rows: Array<{ label: string; value: number; max?: number; color: string; text: string }>,
  width = 460,
  labelWidth = 170,
): BarChart {
  const span = width - labelWidth - 60;
  const top = Math.max(1, ...rows.map((r) => r.max ?? r.value));
  return {
    width,
    height: rows.length * ROW + 4,
    labelWidth,
    bars: rows.map((r, i) => {
      const w = Math.round((span * Math.max(0, r.value)) / top);
      return {
        y: i * ROW + 4,
        textY: i * ROW + 4 + BAR - 4,
        width: w,
        label: r.label,
        text: r.text,
        textX: labelWidth + w + 6,
        color: r.color,
      };
    }),
  };
}

export interface StackedChart {
  width: number;
  height: number;
  labelWidth: number;
  rows: Array<{
    y: number;
    textY: number;
    label: string;
    total: number;
    totalX: number;
    segments: Array<{ x: number; width: number; color: string; count: number }>;
  }>;
}

/** One horizontal bar per row (a district, the departments), split by status; widths by unit count. */
export function stackedChart(
  rows: Array<{ label: string; counts: number[] }>,
  colors: string[],
  width = 940,
  labelWidth = 220,
): StackedChart {
  const span = width - labelWidth - 50;
  const top = Math.max(1, ...rows.map((r) => r.counts.reduce((a, b) => a + b, 0)));
  return {
    width,
    height: rows.length * ROW + 4,
    labelWidth,
    rows: rows.map((r, i) => {
      let x = labelWidth;
      const total = r.counts.reduce((a, b) => a + b, 0);
      const segments = r.counts.flatMap((count, k) => {
        if (count === 0) return [];
        const w = Math.max(2, Math.round((span * count) / top));
        const seg = { x, width: w, color: colors[k], count };
        x += w;
        return [seg];
      });
      return { y: i * ROW + 4, textY: i * ROW + 4 + BAR - 4, label: r.label, total, totalX: x + 6, segments };
    }),
  };
}
