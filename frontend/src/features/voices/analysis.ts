import { isIsoDate, monthOf } from "../../lib/dates";
import type { VoiceApiQuery } from "./voiceFilters";

/** The analysed period, from/to (YYYY-MM-DD), as kept in the URL. */
export interface AnalysisPeriod {
  from: string;
  to: string;
}

/** The first day of the month `months` before the month of `isoDate` (or after, when negative). */
export function monthStart(isoDate: string, monthsBefore = 0): string {
  const date = new Date(`${monthOf(isoDate)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - monthsBefore);
  return date.toISOString().slice(0, 10);
}

/**
 * The period in the URL; without one, the twelve months up to today. Both ends are always given, so that the
 * API reports empty months as 0 and the monthly chart has no gaps.
 */
export function parseAnalysisPeriod(params: URLSearchParams, today: string): AnalysisPeriod {
  const from = params.get("from");
  const to = params.get("to");
  return {
    from: isIsoDate(from) ? from : monthStart(today, 11),
    to: isIsoDate(to) ? to : today,
  };
}

/** A whole percentage of the total (0 when there is none). */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

export { heatLevel } from "../../components/charts/chartScale";

/** One row of the category × month table. */
export interface CrossTabRow {
  key: string;
  counts: number[];
  total: number;
}

export interface CrossTab {
  /** YYYY-MM, in order. */
  months: string[];
  rows: CrossTabRow[];
  /** The voices of each month, over all categories (a voice counts once per category it has). */
  monthTotals: number[];
  max: number;
}

/** Builds the category × month table from each category's counts (in the order of `months`). */
export function crossTab(months: string[], categories: { key: string; counts: number[] }[]): CrossTab {
  const rows = categories.map(({ key, counts }) => ({
    key,
    counts: months.map((_, column) => counts[column] ?? 0),
    total: counts.reduce((sum, count) => sum + count, 0),
  }));
  const monthTotals = months.map((_, column) => rows.reduce((sum, row) => sum + row.counts[column], 0));
  const max = Math.max(0, ...rows.flatMap((row) => row.counts));
  return { months, rows, monthTotals, max };
}

/** A file name that says what was exported: voices_2026-04-01_2027-03-31.csv */
export function csvFileName(query: VoiceApiQuery, today: string): string {
  return `voices_${query.from ?? "start"}_${query.to ?? today}.csv`;
}
