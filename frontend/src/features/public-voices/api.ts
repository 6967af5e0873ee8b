import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { type PublicListFilters, publicListQuery } from "../../lib/publicListFilters";

/** The public list's filters, as the URL and the API name them. */
export interface PublicVoiceFilters extends PublicListFilters {
  category: string;
}

export function usePublicVoices(filters: PublicVoiceFilters, page: number) {
  return useQuery({
    queryKey: ["public-voices", filters, page] as const,
    queryFn: () => unwrap(api.GET("/api/v1/public/voices", { params: { query: publicListQuery(filters, page) } })),
    placeholderData: keepPreviousData,
  });
}
