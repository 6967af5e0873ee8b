import { niceCeiling } from "./chartScale";

/** One bar: what it measures, its value, and the value as written at the bar's end (a count, an amount, a share). */
export interface BarChartBar {
  key: string;
  label: string;
  value: number;
  valueText: string;
}

const BAR_ROW = 36;
const BAR_LABEL = 170;
const BAR_AREA = 360;
const VALUE_TEXT = 170;

/**
 * Horizontal bars with the value written at the end of each, so that the chart reads without colour. Our own SVG:
 * `label` is its accessible name and should summarise the numbers; give them in a table beside it as well.
 */
export function BarChart({ label, bars }: { label: string; bars: BarChartBar[] }) {
  const ceiling = niceCeiling(Math.max(0, ...bars.map((bar) => bar.value)));
  const width = BAR_LABEL + BAR_AREA + VALUE_TEXT;
  const height = bars.length * BAR_ROW + 8;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl">
      {bars.map((bar, index) => {
        const y = index * BAR_ROW + 4;
        const length = (bar.value / ceiling) * BAR_AREA;
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
              width={Math.max(length, bar.value > 0 ? 2 : 0)}
              height={BAR_ROW - 12}
              className="fill-blue-900"
            />
            <text
              x={BAR_LABEL + length + 8}
              y={y + BAR_ROW / 2}
              dominantBaseline="middle"
              className="fill-solid-gray-900 text-[14px]"
            >
              {bar.valueText}
            </text>
          </g>
        );
      })}
      <line x1={BAR_LABEL} x2={BAR_LABEL} y1={0} y2={height} className="stroke-solid-gray-800" />
    </svg>
  );
}
