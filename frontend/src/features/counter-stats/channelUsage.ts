import type { ChannelUsageQuery } from "./api";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The filters in the URL; a month that is not YYYY-MM is left out. */
export function parseChannelUsageParams(params: URLSearchParams): ChannelUsageQuery {
  const month = (name: string) => {
    const value = params.get(name);
    return value && MONTH.test(value) ? value : undefined;
  };
  const ward = params.get("ward");
  return {
    ward: ward && /^\d{6}$/.test(ward) ? ward : undefined,
    procedure: params.get("procedure") || undefined,
    from: month("from"),
    to: month("to"),
  };
}

export function channelUsageSearch(query: ChannelUsageQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) search.set(name, String(value));
  return search;
}

/** A share (0..1) as a percentage with one decimal, e.g. 0.3864 → 38.6. */
export function sharePercent(share: number | null | undefined): number | null {
  return share == null ? null : Math.round(share * 1000) / 10;
}

export function channelUsageCsvFileName(query: ChannelUsageQuery): string {
  return `channel-usage${query.ward ? `-${query.ward}` : ""}${query.from ? `-${query.from}` : ""}${query.to ? `-${query.to}` : ""}.csv`;
}
