import { addDays, isIsoDate } from "../../lib/dates";
import type { HeatTable } from "../../components/charts/HeatMap";
import type { CounterStatsQuery, CounterStatsRow } from "./api";

/** The filters in the URL; the period defaults to the last 28 days up to today (Asia/Tokyo). */
export function parseCounterStatsParams(params: URLSearchParams, today: string): CounterStatsQuery {
  const number = (name: string) => {
    const value = params.get(name);
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const from = params.get("from");
  const to = params.get("to");
  return {
    office: number("office"),
    lane: number("lane"),
    procedure: params.get("procedure") || undefined,
    from: isIsoDate(from) ? from : addDays(today, -27),
    to: isIsoDate(to) ? to : today,
  };
}

export function counterStatsSearch(query: CounterStatsQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.office !== undefined) search.set("office", String(query.office));
  if (query.lane !== undefined) search.set("lane", String(query.lane));
  if (query.procedure) search.set("procedure", query.procedure);
  search.set("from", query.from);
  search.set("to", query.to);
  return search;
}

/** ISO weekdays, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Weekdays (rows) × hours (columns) from rows keyed "1-09" (ISO weekday-hour). The hours shown run from the first to
 * the last with any ticket, at least 8 to 17 (the counters' usual day), so an empty hour inside the day still shows.
 */
export function weekdayHourTable(rows: CounterStatsRow[]): HeatTable {
  const counts = new Map<string, number>();
  let first = 8;
  let last = 17;
  for (const row of rows) {
    const match = /^([1-7])-(\d{2})$/.exec(row.key);
    if (!match) continue;
    const hour = Number(match[2]);
    counts.set(row.key, row.tickets);
    if (row.tickets > 0) {
      first = Math.min(first, hour);
      last = Math.max(last, hour);
    }
  }
  const columns: string[] = [];
  for (let hour = first; hour <= last; hour++) columns.push(String(hour).padStart(2, "0"));
  const table = WEEKDAYS.map((day) => ({
    key: String(day),
    counts: columns.map((hour) => counts.get(`${day}-${hour}`) ?? 0),
  }));
  return { columns, rows: table, max: Math.max(0, ...table.flatMap((row) => row.counts)) };
}

/** Whole minutes, rounded (a wait of 90 s is 2 minutes); no figure (null, or left out of the answer) stays null. */
export function minutes(seconds: number | null | undefined): number | null {
  return seconds == null ? null : Math.round(seconds / 60);
}

export function counterStatsCsvFileName(query: CounterStatsQuery): string {
  return `counter-stats-${query.from}-${query.to}.csv`;
}
