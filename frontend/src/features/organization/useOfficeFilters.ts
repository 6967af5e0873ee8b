import { useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { isOfficeType } from "../../lib/officeTypes";

/** The office directory's filters as kept in the URL: ?ward=431010&type=WARD_OFFICE&q=清水&page=2 */
export interface OfficeFilters {
  ward: string;
  type: Schema<"OfficeType"> | "";
  q: string;
  /** 1-based page number as shown to people; the API's page is one less. */
  page: number;
}

export function parseOfficeFilters(params: URLSearchParams): OfficeFilters {
  const type = params.get("type");
  const page = Number(params.get("page"));
  return {
    ward: params.get("ward")?.trim() ?? "",
    type: isOfficeType(type) ? type : "",
    q: params.get("q")?.trim() ?? "",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function toSearchParams(filters: OfficeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.ward) params.set("ward", filters.ward);
  if (filters.type) params.set("type", filters.type);
  if (filters.q) params.set("q", filters.q);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

/** Reads the filters from the URL; changing any filter but the page goes back to page 1. */
export function useOfficeFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseOfficeFilters(params);

  function update(changes: Partial<OfficeFilters>) {
    const page = changes.page ?? 1;
    setParams(toSearchParams({ ...filters, ...changes, page }));
  }

  return { filters, update };
}
