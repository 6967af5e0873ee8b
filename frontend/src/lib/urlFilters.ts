import { useSearchParams } from "react-router";

/**
 * Filters a list keeps in its URL, so that a search can be bookmarked, shared and gone back to. Each list parses the
 * URL its own way (what values are valid); writing the URL and going back to page 1 on a change are shared.
 */

/** The 1-based page number people see (the API's page is one less); anything else is the first page. */
export function pageParam(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

/** A text filter as typed, trimmed; "" when absent. */
export function textParam(params: URLSearchParams, name: string): string {
  return params.get(name)?.trim() ?? "";
}

/** The URL's search for these values: empty ones, false and the first page left out, so links carry nothing idle. */
export function searchParamsOf(values: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values) as [string, string | number | boolean | null | undefined][]) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (name === "page" && value === 1) continue;
    params.set(name, String(value));
  }
  return params;
}

/** Filters read from and written to the URL; changing any filter but the page goes back to page 1. */
export function useUrlFilters<F extends { page: number }>(
  parse: (params: URLSearchParams) => F,
  toSearch: (filters: F) => URLSearchParams = searchParamsOf,
) {
  const [params, setParams] = useSearchParams();
  const filters = parse(params);
  function update(changes: Partial<F>) {
    setParams(toSearch({ ...filters, ...changes, page: changes.page ?? 1 }));
  }
  return { filters, update, params };
}
