import { parseFiscalYear } from "../../lib/fiscalYear";
import type { GrantGrouping } from "./api";

export const GRANT_GROUPINGS: readonly GrantGrouping[] = ["program", "ward", "fiscalYear"];

export function isGrantGrouping(value: unknown): value is GrantGrouping {
  return GRANT_GROUPINGS.includes(value as GrantGrouping);
}

/** The figures asked for in the URL: ?groupBy=ward&fiscalYear=2026 (by programme, every year, when not given). */
export function parseGrantStatsParams(params: URLSearchParams): { groupBy: GrantGrouping; fiscalYear?: number } {
  const groupBy = params.get("groupBy");
  return {
    groupBy: isGrantGrouping(groupBy) ? groupBy : "program",
    fiscalYear: parseFiscalYear(params.get("fiscalYear")),
  };
}

/** A file name that says what was exported: grants_FY2026_2026-11-26.csv, grants_all_2026-11-26.csv */
export function grantsCsvFileName(fiscalYear: number | undefined, today: string): string {
  return `grants_${fiscalYear === undefined ? "all" : `FY${fiscalYear}`}_${today}.csv`;
}
