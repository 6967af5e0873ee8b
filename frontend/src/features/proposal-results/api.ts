import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

/** The public outcomes' filters, as the URL and the API name them. */
export interface ProposalResultFilters {
  ward: string;
  kind: Schema<"ProposalKind"> | "";
  /** The proposal's 年度, e.g. "2026"; "" for every year. */
  year: string;
  q: string;
}

export const PAGE_SIZE = 20;

export function useProposalResults(filters: ProposalResultFilters, page: number) {
  return useQuery({
    queryKey: ["proposal-results", filters, page] as const,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/public/proposals", {
          params: {
            query: {
              ward: filters.ward || undefined,
              kind: filters.kind || undefined,
              year: filters.year ? Number(filters.year) : undefined,
              q: filters.q || undefined,
              page,
              size: PAGE_SIZE,
            },
          },
        }),
      ),
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
