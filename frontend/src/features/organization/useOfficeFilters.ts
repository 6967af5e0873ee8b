import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";
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
  return {
    ward: textParam(params, "ward"),
    type: isOfficeType(type) ? type : "",
    q: textParam(params, "q"),
    page: pageParam(params),
  };
}

/** Reads the filters from the URL; changing any filter but the page goes back to page 1. */
export function useOfficeFilters() {
  return useUrlFilters(parseOfficeFilters);
}
