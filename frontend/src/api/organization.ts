import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import type { Schema } from "./schemas";

export interface OfficeQuery {
  ward?: string;
  type?: Schema<"OfficeType">;
  q?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

/** Wards and bureaus change rarely: keep them for ten minutes. */
const ORGANIZATION_STALE_MS = 10 * 60_000;

export function useWards() {
  return useQuery({
    queryKey: ["wards"],
    queryFn: () => unwrap(api.GET("/api/v1/wards")),
    staleTime: ORGANIZATION_STALE_MS,
  });
}

export function useWard(code: string) {
  return useQuery({
    queryKey: ["wards", code],
    queryFn: () => unwrap(api.GET("/api/v1/wards/{code}", { params: { path: { code } } })),
    staleTime: ORGANIZATION_STALE_MS,
  });
}

export function useOffices(query: OfficeQuery) {
  return useQuery({
    queryKey: ["offices", query],
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/offices", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useOffice(id: number, enabled = true) {
  return useQuery({
    queryKey: ["offices", "detail", id],
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{id}", { params: { path: { id } } })),
  });
}

export function useBureaus() {
  return useQuery({
    queryKey: ["bureaus"],
    queryFn: () => unwrap(api.GET("/api/v1/bureaus")),
    staleTime: ORGANIZATION_STALE_MS,
  });
}

/** Every office, in directory order, read page by page (the API serves at most 100 at a time). */
export function useAllOffices() {
  return useQuery({
    queryKey: ["offices", "all"],
    queryFn: async () => {
      const offices: Schema<"Office">[] = [];
      for (let page = 0; ; page++) {
        const params = { query: { page, size: 100 } };
        const result = await unwrap(api.GET("/api/v1/offices", { params }));
        offices.push(...result.items);
        if (result.items.length === 0 || offices.length >= result.total) return offices;
      }
    },
    staleTime: ORGANIZATION_STALE_MS,
  });
}
