import type { Schema } from "../../api/schemas";
import type { CounterStats, CounterStatsRow } from "./api";

export const noNotifications = { items: [], page: 0, size: 1, total: 0, unread: 0 };

function row(key: string, labelJa: string, tickets: number, extra: Partial<CounterStatsRow> = {}): CounterStatsRow {
  return {
    key,
    labelJa,
    labelEn: labelJa,
    tickets,
    served: tickets - 1,
    noShows: 1,
    cancelled: 0,
    transferred: 0,
    waitMedianSeconds: 600,
    waitP90Seconds: 1500,
    serviceMedianSeconds: 420,
    serviceP90Seconds: 900,
    utilisation: null,
    ...extra,
  };
}

export function counterStats(groupBy: CounterStats["groupBy"]): CounterStats {
  const rows: Record<string, CounterStatsRow[]> = {
    "weekday-hour": [row("1-09", "月 9時", 30), row("1-10", "月 10時", 12), row("5-16", "金 16時", 6)],
    lane: [
      row("11", "A 住民異動", 28, { waitMedianSeconds: 1380 }),
      row("12", "B 証明書", 20, { waitMedianSeconds: 300 }),
    ],
    month: [row("2027-09", "2027年9月", 48)],
    window: [row("101", "1番窓口", 25, { utilisation: 0.8125 }), row("102", "2番窓口", 23, { utilisation: 0.5 })],
  };
  return {
    from: "2027-09-01",
    to: "2027-09-28",
    groupBy,
    total: row("total", "合計", 48, { noShows: 4, served: 44, utilisation: groupBy === "window" ? 0.65625 : null }),
    rows: rows[groupBy] ?? [],
  };
}

function counts(counter: number, store: number): Schema<"ChannelCounts"> {
  const share = counter + store === 0 ? undefined : Math.round((store / (counter + store)) * 10000) / 10000;
  return {
    counter,
    convenienceStore: store,
    online: 0,
    mail: 0,
    kiosk: 0,
    total: counter + store,
    convenienceStoreShare: share,
  };
}

export const channelUsage: Schema<"ChannelUsageReport"> = {
  rows: [
    {
      month: "2026-10",
      wardCode: "431010",
      wardNameJa: "中央区",
      wardNameEn: "Chuo Ward",
      procedureCode: "juminhyo-copy",
      procedureNameJa: "住民票の写し",
      procedureNameEn: "Copy of the residence record",
      counts: counts(3000, 1000),
    },
    {
      month: "2026-11",
      wardCode: "431010",
      wardNameJa: "中央区",
      wardNameEn: "Chuo Ward",
      procedureCode: "juminhyo-copy",
      procedureNameJa: "住民票の写し",
      procedureNameEn: "Copy of the residence record",
      counts: counts(2400, 1600),
    },
  ],
  months: [
    { month: "2026-10", counts: counts(3000, 1000) },
    { month: "2026-11", counts: counts(2400, 1600) },
  ],
  total: counts(5400, 2600),
};
