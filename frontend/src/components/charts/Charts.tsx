import type { ReactNode } from "react";
import { niceCeiling } from "./chartScale";

/** One bar: what it counts, how many, and optionally more to say beside the number (a share). */
export interface ChartBar {
  key: string;
  label: string;
  count: number;
  extra?: string;
}

/** How a bar's count is written beside it, in the page's words ("12件"). */
export type CountFormat = (count: number) => string;

/** The same numbers as a chart, in a real table, folded away under the chart behind `toggleLabel`. */
export function ChartTable({
  caption,
  toggleLabel,
  headers,
  rows,
}: {
  caption: string;
  toggleLabel: string;
  headers: string[];
  rows: { key: string; heading: ReactNode; cells: ReactNode[] }[];
}) {
  return (
    <details className="mt-4">
      <summary className="link cursor-pointer text-std-16N-170">{toggleLabel}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="data-table">
          <caption className="py-2 text-left text-std-16B-170">{caption}</caption>
          <thead>
            <tr>
              {headers.map((header, index) => (
                <th key={header} scope="col" className={index > 0 ? "text-right" : undefined}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.heading}</th>
                {row.cells.map((cell, index) => (
                  <td key={index} className="text-right tabular-nums">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The longest bar fills this share of its row, leaving room for the count written after it. */
const LONGEST_BAR_PERCENT = 80;

/**
 * Horizontal bars with the count (and share) written at the end of each: readable without colour. Laid out in HTML,
 * not drawn to scale in an SVG: labels wrap instead of being cut off, bars keep their thickness at any width (one bar
 * is as thick as five), and on a phone each label stands above its bar.
 */
export function BarChart({ label, bars, formatCount }: { label: string; bars: ChartBar[]; formatCount: CountFormat }) {
  const ceiling = niceCeiling(Math.max(0, ...bars.map((bar) => bar.count)));
  return (
    <div role="img" aria-label={label} className="max-w-3xl">
      {bars.map((bar) => {
        const percent = Math.max(0, (bar.count / ceiling) * LONGEST_BAR_PERCENT);
        return (
          <div key={bar.key} className="bar-chart-row" data-bar={bar.key}>
            <span className="bar-chart-label">{bar.label}</span>
            <span className="bar-chart-track">
              {bar.count > 0 && <span className="bar-chart-bar" style={{ width: `max(${percent}%, 2px)` }} />}
              <span className="bar-chart-count">
                {formatCount(bar.count)}
                {bar.extra && ` (${bar.extra})`}
              </span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
