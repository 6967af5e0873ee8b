/** One bar of the reflection-rate chart, laid out in the SVG's own units. */
export interface ChartBar {
  key: string;
  label: string;
  /** The rate in %, or null when the group has no published answer. */
  rate: number | null;
  /** Top of the row (its label sits above the bar). */
  y: number;
  width: number;
}

export const CHART_WIDTH = 640;
export const CHART_BAR_AREA = 520;
export const CHART_ROW_HEIGHT = 52;
export const CHART_BAR_HEIGHT = 20;

/** Bars scaled to 0–100 % across the bar area; a group without answers gets no bar. */
export function chartBars(groups: { key: string; label: string; rate: number | null | undefined }[]): ChartBar[] {
  return groups.map((group, index) => {
    const rate = group.rate ?? null;
    const clamped = rate === null ? 0 : Math.min(100, Math.max(0, rate));
    return {
      key: group.key,
      label: group.label,
      rate,
      y: index * CHART_ROW_HEIGHT,
      width: (clamped / 100) * CHART_BAR_AREA,
    };
  });
}

export function chartHeight(bars: number): number {
  return Math.max(1, bars) * CHART_ROW_HEIGHT;
}
