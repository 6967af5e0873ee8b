import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Office, OfficePage, OfficeType, Ward } from "../../api/types";

export interface OfficeQuery {
  ward?: string;
  type?: OfficeType;
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
    queryFn: () => unwrap(api.GET("/api/v1/wards")) as Promise<Ward[]>,
    staleTime: ORGANIZATION_STALE_MS,
  });
}

export function useWard(code: string) {
  return useQuery({
    queryKey: ["wards", code],
    queryFn: () => unwrap(api.GET("/api/v1/wards/{code}", { params: { path: { code } } })) as Promise<Ward>,
    staleTime: ORGANIZATION_STALE_MS,
  });
}

export function useOffices(query: OfficeQuery) {
  return useQuery({
    queryKey: ["offices", query],
    queryFn: () => {
      // The generated document types page and size as strings.
      const params = { query: { ...query, page: String(query.page), size: String(query.size) } };
      return unwrap(api.GET("/api/v1/offices", { params })) as Promise<OfficePage>;
    },
    placeholderData: keepPreviousData,
  });
}

export function useOffice(id: number, enabled = true) {
  return useQuery({
    queryKey: ["offices", "detail", id],
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{id}", { params: { path: { id } } })) as Promise<Office>,
  });
}
