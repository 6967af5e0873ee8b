import { parseFiscalYear } from "./fiscalYear";
import { pageParam, searchParamsOf, textParam } from "./urlFilters";

/** The filters every public list shares, as the URL holds them: "" is "any". */
export interface PublicListFilters {
  ward: string;
  /** 年度, e.g. "2026". */
  year: string;
  q: string;
}

/** Rows per page of a public list. */
export const PUBLIC_PAGE_SIZE = 20;

/** The shared filters and the page (1-based) from the URL; a year the API would refuse is left out. */
export function parsePublicListSearch(params: URLSearchParams): { filters: PublicListFilters; page: number } {
  const year = parseFiscalYear(params.get("year"));
  return {
    filters: {
      ward: textParam(params, "ward"),
      year: year === undefined ? "" : String(year),
      q: (params.get("q") ?? "").slice(0, 100),
    },
    page: pageParam(params),
  };
}

/** The URL's search for these filters: empty ones and the first page left out. */
export function publicListSearch(filters: PublicListFilters, page = 1): URLSearchParams {
  return searchParamsOf({ ...filters, page });
}

type ApiFilters<F> = { [K in keyof F]: K extends "year" ? number | undefined : Exclude<F[K], ""> | undefined };

/** A page's query for the API: empty filters left out, the year as the number the API takes; `page` is 0-based. */
export function publicListQuery<F extends PublicListFilters>(
  filters: F,
  page: number,
): ApiFilters<F> & { page: number; size: number } {
  const query = Object.fromEntries(
    Object.entries(filters).map(([key, value]) => [
      key,
      value === "" ? undefined : key === "year" ? Number(value) : value,
    ]),
  ) as ApiFilters<F>;
  return { ...query, page, size: PUBLIC_PAGE_SIZE };
}
