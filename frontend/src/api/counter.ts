import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";

/** The catalogue changes a few times a year: keep what was read for five minutes. */
const CATALOGUE_STALE_MS = 5 * 60_000;

/** The largest page the API serves. */
export const MAX_PAGE_SIZE = 100;

export interface ProcedureQuery {
  q?: string;
  category?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export interface FinderQuery {
  procedure?: string;
  q?: string;
  date?: string;
  ward?: string;
}

export interface MatrixQuery {
  ward?: string;
  category?: string;
}

export const counterKeys = {
  categories: ["procedure-categories"] as const,
  procedures: (query: ProcedureQuery) => ["procedures", "list", query] as const,
  procedure: (code: string) => ["procedures", "detail", code] as const,
  availability: (code: string) => ["procedures", "availability", code] as const,
  finder: (query: FinderQuery) => ["finder", query] as const,
  matrix: (query: MatrixQuery) => ["availability-matrix", query] as const,
  officeHours: (id: number, from: string, to: string) => ["place-hours", id, from, to] as const,
  allOfficeHours: (id: number) => ["place-hours", id] as const,
  openNow: (id: number) => ["open-now", id] as const,
  officeProcedures: (id: number) => ["office-procedures", id] as const,
};

export function useProcedureCategories() {
  return useQuery({
    queryKey: counterKeys.categories,
    queryFn: () => unwrap(api.GET("/api/v1/procedure-categories")),
    staleTime: CATALOGUE_STALE_MS,
  });
}

export function useProcedures(query: ProcedureQuery, enabled = true) {
  return useQuery({
    queryKey: counterKeys.procedures(query),
    enabled,
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/procedures", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

/** Every procedure, in the API's order (by category), for pickers. */
export function useAllProcedures() {
  return useProcedures({ page: 0, size: MAX_PAGE_SIZE });
}

export function useProcedure(code: string, enabled = true) {
  return useQuery({
    queryKey: counterKeys.procedure(code),
    enabled: enabled && code !== "",
    queryFn: () => unwrap(api.GET("/api/v1/procedures/{code}", { params: { path: { code } } })),
  });
}

export function useFinder(query: FinderQuery, enabled: boolean) {
  return useQuery({
    queryKey: counterKeys.finder(query),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/finder", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useAvailabilityMatrix(query: MatrixQuery) {
  return useQuery({
    queryKey: counterKeys.matrix(query),
    queryFn: () => unwrap(api.GET("/api/v1/availability-matrix", { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: CATALOGUE_STALE_MS,
  });
}

export function useOfficeHours(id: number, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: counterKeys.officeHours(id, from, to),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{id}/hours", { params: { path: { id }, query: { from, to } } })),
    placeholderData: keepPreviousData,
  });
}

export function useOpenNow(id: number) {
  return useQuery({
    queryKey: counterKeys.openNow(id),
    queryFn: () => unwrap(api.GET("/api/v1/offices/{id}/open-now", { params: { path: { id } } })),
    // "Open now" goes stale with the clock.
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
}

export function useOfficeProcedures(id: number) {
  return useQuery({
    queryKey: counterKeys.officeProcedures(id),
    queryFn: () => unwrap(api.GET("/api/v1/offices/{id}/procedures", { params: { path: { id } } })),
    staleTime: CATALOGUE_STALE_MS,
  });
}

/** The channels beside the offices (コンビニ交付, online, post, kiosks); they change rarely. */
export function useChannels() {
  return useQuery({
    queryKey: ["channels"],
    queryFn: () => unwrap(api.GET("/api/v1/channels")),
    staleTime: 10 * 60_000,
  });
}
