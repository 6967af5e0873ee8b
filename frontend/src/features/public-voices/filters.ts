import { parsePublicListSearch } from "../../lib/publicListFilters";
import type { PublicVoiceFilters } from "./api";

/** The filters and the page (1-based) from the URL; a year the API would refuse is left out. */
export function parsePublicVoiceFilters(params: URLSearchParams): { filters: PublicVoiceFilters; page: number } {
  const { filters, page } = parsePublicListSearch(params);
  const category = params.get("category")?.trim() ?? "";
  return { filters: { ward: filters.ward, category, year: filters.year, q: filters.q }, page };
}
