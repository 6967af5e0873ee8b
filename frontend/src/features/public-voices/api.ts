import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";

/** The public list's filters, as the URL and the API name them. */
export interface PublicVoiceFilters {
  ward: string;
  category: string;
  /** 年度 of receipt, e.g. "2026"; "" for every year. */
  year: string;
  q: string;
}

export const PAGE_SIZE = 20;

export function usePublicVoices(filters: PublicVoiceFilters, page: number) {
  return useQuery({
    queryKey: ["public-voices", filters, page] as const,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/public/voices", {
          params: {
            query: {
              ward: filters.ward || undefined,
              category: filters.category || undefined,
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
