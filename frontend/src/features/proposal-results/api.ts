import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";
import { type PublicListFilters, publicListQuery } from "../../lib/publicListFilters";

/** The public outcomes' filters, as the URL and the API name them; the year is the proposal's 年度. */
export interface ProposalResultFilters extends PublicListFilters {
  kind: Schema<"ProposalKind"> | "";
}

export function useProposalResults(filters: ProposalResultFilters, page: number) {
  return useQuery({
    queryKey: ["proposal-results", filters, page] as const,
    queryFn: () => unwrap(api.GET("/api/v1/public/proposals", { params: { query: publicListQuery(filters, page) } })),
    placeholderData: keepPreviousData,
  });
}

export function useProposalResult(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ["proposal-results", "detail", id] as const,
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/public/proposals/{id}", { params: { path: { id } } })),
  });
}
