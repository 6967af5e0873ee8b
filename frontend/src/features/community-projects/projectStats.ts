import type { ChartBar } from "../../components/charts/Charts";
import type { Schema } from "../../api/schemas";

/** A row's count of one status (the API names its counts in lower camel case). */
export function countOf(row: Schema<"CommunityProjectStatsRow">, status: Schema<"CommunityProjectStatus">): number {
  switch (status) {
    case "IDEA":
      return row.idea;
    case "PLANNING":
      return row.planning;
    case "ACTIVE":
      return row.active;
    case "PAUSED":
      return row.paused;
    case "COMPLETED":
      return row.completed;
  }
}

/** One bar per ward, in the city's ward order, with the number of projects under way beside the total. */
export function wardBars(
  wards: Schema<"CommunityProjectStatsRow">[],
  labelOf: (row: Schema<"CommunityProjectStatsRow">) => string,
  activeText: (count: number) => string,
): ChartBar[] {
  return wards.map((row) => ({
    key: row.key,
    label: labelOf(row),
    count: row.total,
    extra: activeText(row.active),
  }));
}
