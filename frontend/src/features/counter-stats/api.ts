import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

/** The counter statistics (窓口利用統計) as `GET /api/v1/counter-stats` answers them. */
export type CounterStats = Schema<"CounterStats">;
export type CounterStatsRow = Schema<"CounterStatsRow">;
export type CounterStatsGroupBy = CounterStats["groupBy"];

/** The filters of the counter statistics; an empty one means any. */
export interface CounterStatsQuery {
  office?: number;
  lane?: number;
  procedure?: string;
  from: string;
  to: string;
}

function paramsOf(query: CounterStatsQuery, groupBy?: CounterStatsGroupBy) {
  return {
    office: query.office,
    lane: query.lane,
    procedure: query.procedure || undefined,
    from: query.from,
    to: query.to,
    groupBy,
  };
}

export function useCounterStats(query: CounterStatsQuery, groupBy: CounterStatsGroupBy) {
  return useQuery({
    queryKey: ["counter-stats", groupBy, query],
    queryFn: () => unwrap(api.GET("/api/v1/counter-stats", { params: { query: paramsOf(query, groupBy) } })),
    placeholderData: keepPreviousData,
  });
}

export async function fetchCounterStatsCsv(query: CounterStatsQuery): Promise<Blob> {
  const csv: unknown = await unwrap(
    api.GET("/api/v1/counter-stats/export.csv", {
      params: { query: paramsOf(query) },
      parseAs: "blob",
      headers: { Accept: "text/csv" },
    }),
  );
  // parseAs "blob" answers a Blob; the generated type names the document's text/csv schema instead
  return csv as Blob;
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
