import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { axisTicks, niceCeiling } from "../../components/chartScale";
import { type CrossTab, heatLevel } from "./analysis";

/** One bar: what it counts, how many, and optionally more to say beside the number (a share). */
export interface ChartBar {
  key: string;
  label: string;
  count: number;
  extra?: string;
}

/** The same numbers as a chart, in a real table, folded away under the chart. */
export function ChartTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: string[];
  rows: { key: string; heading: ReactNode; cells: ReactNode[] }[];
}) {
  const { t } = useTranslation();
  return (
    <details className="mt-4">
      <summary className="link cursor-pointer text-std-16N-170">
        {t("voiceAnalysis.showTable", { chart: caption })}
      </summary>
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

const COLUMN_PLOT = 220;
const COLUMN_TOP = 24;
const COLUMN_AXIS = 48;
const COLUMN_WIDTH = 100;

/** Vertical columns side by side (one per ward), on a scale with its numbers, each column's count above it. */
export function ColumnChart({ label, bars }: { label: string; bars: ChartBar[] }) {
  const { t } = useTranslation();
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
              {t("voiceAnalysis.count", { count: bar.count })}
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

const HEAT_LABEL = 150;
const HEAT_HEADER = 44;
const HEAT_CELL_W = 48;
const HEAT_CELL_H = 30;
/** Light to dark; the two darkest carry white numbers so every number keeps its contrast. */
const HEAT_FILL = ["fill-white", "fill-blue-100", "fill-blue-300", "fill-blue-800", "fill-blue-1100"] as const;

/** Categories (rows) × months (columns), each cell shaded by its count and showing the count itself. */
export function HeatMap({
  label,
  table,
  rowLabel,
  monthLabel,
}: {
  label: string;
  table: CrossTab;
  rowLabel: (key: string) => string;
  /** Short month names for the column heads: [first line, second line]. */
  monthLabel: (month: string, index: number) => [string, string];
}) {
  const width = HEAT_LABEL + table.months.length * HEAT_CELL_W + 8;
  const height = HEAT_HEADER + table.rows.length * HEAT_CELL_H + 4;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-4xl">
      {table.months.map((month, column) => {
        const [line1, line2] = monthLabel(month, column);
        const x = HEAT_LABEL + column * HEAT_CELL_W + HEAT_CELL_W / 2;
        return (
          <text key={month} x={x} y={16} textAnchor="middle" className="fill-solid-gray-900 text-[12px]">
            <tspan x={x}>{line1}</tspan>
            <tspan x={x} dy={16}>
              {line2}
            </tspan>
          </text>
        );
      })}
      {table.rows.map((row, index) => {
        const y = HEAT_HEADER + index * HEAT_CELL_H;
        return (
          <g key={row.key}>
            <text
              x={HEAT_LABEL - 8}
              y={y + HEAT_CELL_H / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="fill-solid-gray-900 text-[13px]"
            >
              {rowLabel(row.key)}
            </text>
            {row.counts.map((count, column) => {
              const level = heatLevel(count, table.max);
              const x = HEAT_LABEL + column * HEAT_CELL_W;
              return (
                <g key={table.months[column]}>
                  <rect
                    x={x}
                    y={y}
                    width={HEAT_CELL_W}
                    height={HEAT_CELL_H}
                    className={`${HEAT_FILL[level]} stroke-solid-gray-420`}
                  />
                  <text
                    x={x + HEAT_CELL_W / 2}
                    y={y + HEAT_CELL_H / 2}
                    textAnchor="middle"
                    dominantBaseline="middle"
                    className={`${level >= 3 ? "fill-white" : "fill-solid-gray-900"} text-[13px]`}
                  >
                    {count}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
