import { parseFiscalYear } from "../../lib/fiscalYear";
import { pageParam as parsePage, textParam as text } from "../../lib/urlFilters";
import type { Schema } from "../../api/schemas";
import { isApplicationStatus, isGroupType } from "./communityEnums";

export const PAGE_SIZE = 20;

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

/** The programme list's filters: ?ward=431010&fiscalYear=2026&page=2 */
export interface ProgramFilters {
  ward: string;
  fiscalYear: number | undefined;
  page: number;
}

export function parseProgramFilters(params: URLSearchParams): ProgramFilters {
  return { ward: text(params, "ward"), fiscalYear: parseFiscalYear(params.get("fiscalYear")), page: parsePage(params) };
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
