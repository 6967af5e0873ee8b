import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, toApiError, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";
import { expireSession, getAccessToken } from "../../lib/auth/session";

/**
 * The counter statistics (窓口利用統計) as `GET /api/v1/counter-stats` answers them. These types mirror the endpoint's
 * contract by hand until its generated schema is here; then `Schema<"CounterStats">` replaces them.
 */
export type CounterStatsGroupBy =
  "day" | "hour" | "weekday-hour" | "month" | "office" | "window" | "lane" | "procedure";

export interface CounterStatsRow {
  /** "2027-09-14" | "09" | "1-09" (ISO weekday-hour) | "2027-09" | office id | window id | lane id | procedure code */
  key: string;
  labelJa: string;
  labelEn: string;
  tickets: number;
  served: number;
  noShows: number;
  cancelled: number;
  transferred: number;
  waitMedianSeconds: number | null;
  waitP90Seconds: number | null;
  serviceMedianSeconds: number | null;
  serviceP90Seconds: number | null;
  /** 0..1, only when grouped by office or window. */
  utilisation: number | null;
}

export interface CounterStats {
  from: string;
  to: string;
  groupBy: CounterStatsGroupBy;
  total: CounterStatsRow;
  rows: CounterStatsRow[];
}

/** The filters of the counter statistics; an empty one means any. */
export interface CounterStatsQuery {
  office?: number;
  lane?: number;
  procedure?: string;
  from: string;
  to: string;
}

function searchOf(query: CounterStatsQuery, groupBy?: CounterStatsGroupBy): string {
  const search = new URLSearchParams();
  if (query.office !== undefined) search.set("office", String(query.office));
  if (query.lane !== undefined) search.set("lane", String(query.lane));
  if (query.procedure) search.set("procedure", query.procedure);
  search.set("from", query.from);
  search.set("to", query.to);
  if (groupBy) search.set("groupBy", groupBy);
  return search.toString();
}

/** A GET of a path the generated client does not know yet, with the session's token and its errors as ApiErrors. */
async function getUntyped(path: string, accept: string): Promise<Response> {
  const token = getAccessToken();
  const headers: Record<string, string> = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${import.meta.env.VITE_API_BASE ?? ""}${path}`, { headers }).catch(() => null);
  if (!response) throw toApiError(new Response(null, { status: 503 }), undefined);
  if (response.status === 401 && token) expireSession();
  if (!response.ok) throw toApiError(response, await response.json().catch(() => undefined));
  return response;
}

export function useCounterStats(query: CounterStatsQuery, groupBy: CounterStatsGroupBy) {
  return useQuery({
    queryKey: ["counter-stats", groupBy, query],
    queryFn: async () =>
      (await (
        await getUntyped(`/api/v1/counter-stats?${searchOf(query, groupBy)}`, "application/json")
      ).json()) as CounterStats,
    placeholderData: keepPreviousData,
  });
}

export async function fetchCounterStatsCsv(query: CounterStatsQuery): Promise<Blob> {
  return (await getUntyped(`/api/v1/counter-stats/export.csv?${searchOf(query)}`, "text/csv")).blob();
}

/** An office's floor: its windows and lanes (public). */
export function useFloor(office: number | undefined) {
  return useQuery({
    queryKey: ["floor", office],
    enabled: office !== undefined,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{officeId}/floor", { params: { path: { officeId: office! } } })),
  });
}

/** The filters of the channel usage figures; an empty one means any. */
export interface ChannelUsageQuery {
  ward?: string;
  procedure?: string;
  from?: string;
  to?: string;
}

export function useChannelUsage(query: ChannelUsageQuery) {
  return useQuery({
    queryKey: ["channel-usage", query],
    queryFn: () => unwrap(api.GET("/api/v1/counter-stats/channel-usage", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function fetchChannelUsageCsv(query: ChannelUsageQuery): Promise<Blob> {
  return unwrap(
    api.GET("/api/v1/counter-stats/channel-usage/export.csv", {
      params: { query },
      parseAs: "blob",
      headers: { Accept: "text/csv" },
    }),
  );
}

/**
 * Uploads a file as it is (its bytes, no charset named), so that a Shift_JIS export reaches the server unchanged and
 * the server detects the encoding.
 */
export function useImportChannelUsage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: Blob): Promise<Schema<"ChannelUsageImport">> => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return unwrap(
        api.POST("/api/v1/counter-stats/channel-usage", {
          params: { header: idempotencyKey() },
          body: bytes as unknown as string,
          bodySerializer: (body: unknown) => body as Uint8Array<ArrayBuffer>,
          headers: { "Content-Type": "text/csv" },
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["channel-usage"] }),
  });
}
