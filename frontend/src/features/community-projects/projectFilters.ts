import { pageParam } from "../../lib/urlFilters";
import { useSearchParams } from "react-router";
import { isIsoDate } from "../../lib/dates";
import type { Schema } from "../../api/schemas";
import { PROJECT_STATUSES, isProjectStatus, isProjectVisibility } from "./projectEnums";
import type { MeetingQuery, ProjectQuery } from "./api";

/** The board shows a ward's projects at once: up to the API's largest page. */
export const BOARD_SIZE = 100;
export const LIST_PAGE_SIZE = 20;

/** "Every ward" in the URL, so that ward staff can leave their own ward's default behind. */
export const ALL_WARDS = "all";

/**
 * The board's filters as kept in the URL, e.g. ?ward=431010&visibility=PUBLIC&q=花壇. Without a ward, ward staff see
 * their own ward and others every ward.
 */
export interface BoardFilters {
  ward: string;
  visibility: Schema<"ProjectVisibility"> | "";
  q: string;
}

export function parseBoardFilters(params: URLSearchParams, user: Schema<"Me"> | null | undefined): BoardFilters {
  const visibility = params.get("visibility");
  const ward = params.get("ward")?.trim() || (user?.ward?.code ?? ALL_WARDS);
  return {
    ward,
    visibility: isProjectVisibility(visibility) ? visibility : "",
    q: params.get("q")?.trim() ?? "",
  };
}

export function boardSearchParams(filters: BoardFilters, user: Schema<"Me"> | null | undefined): URLSearchParams {
  const params = new URLSearchParams();
  // The default ward stays out of the URL, so "the board" is the same link for everyone.
  const defaultWard = user?.ward?.code ?? ALL_WARDS;
  if (filters.ward !== defaultWard) params.set("ward", filters.ward);
  if (filters.visibility) params.set("visibility", filters.visibility);
  if (filters.q) params.set("q", filters.q);
  return params;
}

export function toBoardQuery(filters: BoardFilters): ProjectQuery {
  return {
    ward: filters.ward === ALL_WARDS ? undefined : filters.ward,
    visibility: filters.visibility || undefined,
    q: filters.q || undefined,
    page: 0,
    size: BOARD_SIZE,
  };
}

export function useBoardFilters(user: Schema<"Me"> | null | undefined) {
  const [params, setParams] = useSearchParams();
  const filters = parseBoardFilters(params, user);
  function update(changes: Partial<BoardFilters>) {
    setParams(boardSearchParams({ ...filters, ...changes }, user));
  }
  return { filters, update };
}

/** The board's columns: every status in its order, each with its projects in the list's order (newest first). */
export function boardColumns(
  items: Schema<"CommunityProjectSummary">[],
): { status: Schema<"CommunityProjectStatus">; projects: Schema<"CommunityProjectSummary">[] }[] {
  return PROJECT_STATUSES.map((status) => ({ status, projects: items.filter((item) => item.status === status) }));
}

/** The public list's filters: ?ward=431010&status=ACTIVE. */
export interface PublicFilters {
  ward: string;
  status: Schema<"CommunityProjectStatus"> | "";
}

export function parsePublicFilters(params: URLSearchParams): PublicFilters {
  const status = params.get("status");
  return { ward: params.get("ward")?.trim() ?? "", status: isProjectStatus(status) ? status : "" };
}

export function publicSearchParams(filters: PublicFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.ward) params.set("ward", filters.ward);
  if (filters.status) params.set("status", filters.status);
  return params;
}

/** Without a token the API lists public projects only; the filter says so too, in case a signed-in user looks. */
export function toPublicQuery(filters: PublicFilters): ProjectQuery {
  return {
    ward: filters.ward || undefined,
    status: filters.status || undefined,
    visibility: "PUBLIC",
    page: 0,
    size: BOARD_SIZE,
  };
}

/** Dialogue meetings: ?ward=431010&from=2026-04-01&to=2027-03-31&page=2. */
export interface MeetingFilters {
  ward: string;
  from: string;
  to: string;
  page: number;
}

export function parseMeetingFilters(params: URLSearchParams): MeetingFilters {
  const from = params.get("from");
  const to = params.get("to");
  return {
    ward: params.get("ward")?.trim() ?? "",
    from: isIsoDate(from) ? from : "",
    to: isIsoDate(to) ? to : "",
    page: pageParam(params),
  };
}

export function meetingSearchParams(filters: MeetingFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.ward) params.set("ward", filters.ward);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

export function toMeetingQuery(filters: MeetingFilters): MeetingQuery {
  return {
    ward: filters.ward || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    page: filters.page - 1,
    size: LIST_PAGE_SIZE,
  };
}

/** Reads filters of type `F` from the URL; changing any filter but the page goes back to page 1. */
export function usePagedFilters<F extends { page: number }>(
  parse: (params: URLSearchParams) => F,
  write: (filters: F) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const filters = parse(params);
  function update(changes: Partial<F>) {
    setParams(write({ ...filters, ...changes, page: changes.page ?? 1 }));
  }
  return { filters, update };
}

/** The file name says what was exported and when: community-projects_431010_2026-11-26.csv. */
export function projectsCsvFileName(ward: string | undefined, today: string): string {
  return `community-projects_${ward ?? "all"}_${today}.csv`;
}
