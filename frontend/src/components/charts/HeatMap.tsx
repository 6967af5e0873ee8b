import { heatLevel } from "./chartScale";

const HEAT_LABEL = 150;
const HEAT_HEADER = 44;
const HEAT_CELL_W = 48;
const HEAT_CELL_H = 30;
/** Light to dark; the two darkest carry white numbers so every number keeps its contrast. */
const HEAT_FILL = ["fill-white", "fill-blue-100", "fill-blue-300", "fill-blue-800", "fill-blue-1100"] as const;

/** The numbers a heat map draws: one count per row and column, and the largest, which is drawn darkest. */
export interface HeatTable {
  /** The column keys, in order (months, hours…). */
  columns: string[];
  rows: { key: string; counts: number[] }[];
  max: number;
}

/** Rows × columns (categories × months, weekdays × hours), each cell shaded by its count and showing the count. */
export function HeatMap({
  label,
  table,
  rowLabel,
  columnLabel,
}: {
  label: string;
  table: HeatTable;
  rowLabel: (key: string) => string;
  /** Short column heads: [first line, second line]. */
  columnLabel: (column: string, index: number) => [string, string];
}) {
  const width = HEAT_LABEL + table.columns.length * HEAT_CELL_W + 8;
  const height = HEAT_HEADER + table.rows.length * HEAT_CELL_H + 4;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-4xl">
      {table.columns.map((key, column) => {
        const [line1, line2] = columnLabel(key, column);
        const x = HEAT_LABEL + column * HEAT_CELL_W + HEAT_CELL_W / 2;
        return (
          <text key={key} x={x} y={16} textAnchor="middle" className="fill-solid-gray-900 text-[12px]">
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
                <g key={table.columns[column]}>
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
