import { parseFiscalYear } from "../../lib/fiscalYear";
import type { PublicVoiceFilters } from "./api";

/** The filters and the page (1-based) from the URL; a year the API would refuse is left out. */
export function parsePublicVoiceFilters(params: URLSearchParams): { filters: PublicVoiceFilters; page: number } {
  const year = parseFiscalYear(params.get("year"));
  const page = Number(params.get("page"));
  return {
    filters: {
      ward: params.get("ward")?.trim() ?? "",
      category: params.get("category")?.trim() ?? "",
      year: year === undefined ? "" : String(year),
      q: (params.get("q") ?? "").slice(0, 100),
    },
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL's search for these filters: empty ones and the first page left out. */
export function publicVoiceSearch(filters: PublicVoiceFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string][]) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  return params;
}
