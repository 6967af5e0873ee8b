import { useSearchParams } from "react-router";
import { parseFiscalYear } from "../../lib/fiscalYear";
import type { Schema } from "../../api/schemas";
import { isApplicationStatus, isGroupType } from "./communityEnums";

export const PAGE_SIZE = 20;

/** 1-based page number as shown to people; the API's page is one less. */
function parsePage(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

function text(params: URLSearchParams, name: string): string {
  return params.get(name)?.trim() ?? "";
}

/** Sets only what is given, so that a link carries no empty parameters. */
function toParams(values: Record<string, string | number | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === "" || (name === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  return params;
}

/** The group search as kept in the URL: ?q=ケイトク&ward=431010&type=NPO&schoolDistrict=慶徳校区&page=2 */
export interface GroupFilters {
  q: string;
  ward: string;
  type: Schema<"CommunityGroupType"> | "";
  schoolDistrict: string;
  page: number;
}

export function parseGroupFilters(params: URLSearchParams): GroupFilters {
  const type = params.get("type");
  return {
    q: text(params, "q"),
    ward: text(params, "ward"),
    type: isGroupType(type) ? type : "",
    schoolDistrict: text(params, "schoolDistrict"),
    page: parsePage(params),
  };
}

export function groupSearchParams(filters: GroupFilters): URLSearchParams {
  return toParams({ ...filters });
}

/** The programme list's filters: ?ward=431010&fiscalYear=2026&page=2 */
export interface ProgramFilters {
  ward: string;
  fiscalYear: number | undefined;
  page: number;
}

export function parseProgramFilters(params: URLSearchParams): ProgramFilters {
  return { ward: text(params, "ward"), fiscalYear: parseFiscalYear(params.get("fiscalYear")), page: parsePage(params) };
}

export function programSearchParams(filters: ProgramFilters): URLSearchParams {
  return toParams({ ...filters });
}

/** A programme's applications: ?status=UNDER_REVIEW&page=2 */
export interface ApplicationFilters {
  status: Schema<"SupportApplicationStatus"> | "";
  page: number;
}

export function parseApplicationFilters(params: URLSearchParams): ApplicationFilters {
  const status = params.get("status");
  return { status: isApplicationStatus(status) ? status : "", page: parsePage(params) };
}

export function applicationSearchParams(filters: ApplicationFilters): URLSearchParams {
  return toParams({ ...filters });
}

/** Filters read from and written to the URL; changing any filter but the page goes back to page 1. */
export function useUrlFilters<F extends { page: number }>(
  parse: (params: URLSearchParams) => F,
  toSearch: (filters: F) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const filters = parse(params);
  function update(changes: Partial<F>) {
    setParams(toSearch({ ...filters, ...changes, page: changes.page ?? 1 }));
  }
  return { filters, update };
}
