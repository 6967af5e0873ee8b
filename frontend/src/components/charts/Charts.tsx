import type { ReactNode } from "react";
import { axisTicks, niceCeiling } from "./chartScale";

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

const BAR_ROW = 36;
const BAR_LABEL = 170;
const BAR_AREA = 360;

/** Horizontal bars with the count (and share) written at the end of each: readable without colour. */
export function BarChart({ label, bars, formatCount }: { label: string; bars: ChartBar[]; formatCount: CountFormat }) {
  const ceiling = niceCeiling(Math.max(0, ...bars.map((bar) => bar.count)));
  const width = BAR_LABEL + BAR_AREA + 130;
  const height = bars.length * BAR_ROW + 8;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl">
      {bars.map((bar, index) => {
        const y = index * BAR_ROW + 4;
        const length = (bar.count / ceiling) * BAR_AREA;
        return (
          <g key={bar.key}>
            <text
              x={BAR_LABEL - 8}
              y={y + BAR_ROW / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="fill-solid-gray-900 text-[14px]"
            >
              {bar.label}
            </text>
            <rect
              x={BAR_LABEL}
              y={y + 6}
              width={Math.max(length, bar.count > 0 ? 2 : 0)}
              height={BAR_ROW - 12}
              className="fill-blue-900"
            />
            <text
              x={BAR_LABEL + length + 8}
              y={y + BAR_ROW / 2}
              dominantBaseline="middle"
              className="fill-solid-gray-900 text-[14px]"
            >
              {formatCount(bar.count)}
              {bar.extra && ` (${bar.extra})`}
            </text>
          </g>
        );
      })}
      <line x1={BAR_LABEL} x2={BAR_LABEL} y1={0} y2={height} className="stroke-solid-gray-800" />
    </svg>
  );
}

const COLUMN_PLOT = 220;
const COLUMN_TOP = 24;
const COLUMN_AXIS = 48;
const COLUMN_WIDTH = 100;

/** Vertical columns side by side (one per ward), on a scale with its numbers, each column's count above it. */
export function ColumnChart({
  label,
  bars,
  formatCount,
}: {
  label: string;
  bars: ChartBar[];
  formatCount: CountFormat;
}) {
  const ceiling = niceCeiling(Math.max(0, ...bars.map((bar) => bar.count)));
  const width = COLUMN_AXIS + bars.length * COLUMN_WIDTH + 16;
  const height = COLUMN_TOP + COLUMN_PLOT + 40;
  const yOf = (value: number) => COLUMN_TOP + COLUMN_PLOT - (value / ceiling) * COLUMN_PLOT;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl">
      {axisTicks(ceiling).map((tick) => (
        <g key={tick}>
          <line x1={COLUMN_AXIS} x2={width - 8} y1={yOf(tick)} y2={yOf(tick)} className="stroke-solid-gray-200" />
          <text
            x={COLUMN_AXIS - 8}
            y={yOf(tick)}
            textAnchor="end"
            dominantBaseline="middle"
            className="fill-solid-gray-800 text-[12px]"
          >
            {tick}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const x = COLUMN_AXIS + index * COLUMN_WIDTH + 20;
        const top = yOf(bar.count);
        return (
          <g key={bar.key}>
            <rect
              x={x}
              y={top}
              width={COLUMN_WIDTH - 40}
              height={COLUMN_TOP + COLUMN_PLOT - top}
              className="fill-blue-900"
            />
            <text
              x={x + (COLUMN_WIDTH - 40) / 2}
              y={top - 6}
              textAnchor="middle"
              className="fill-solid-gray-900 text-[14px]"
            >
              {formatCount(bar.count)}
            </text>
            <text
              x={x + (COLUMN_WIDTH - 40) / 2}
              y={COLUMN_TOP + COLUMN_PLOT + 22}
              textAnchor="middle"
              className="fill-solid-gray-900 text-[14px]"
            >
              {bar.label}
            </text>
          </g>
        );
      })}
      <line
        x1={COLUMN_AXIS}
        x2={width - 8}
        y1={COLUMN_TOP + COLUMN_PLOT}
        y2={COLUMN_TOP + COLUMN_PLOT}
        className="stroke-solid-gray-800"
      />
    </svg>
  );
}
