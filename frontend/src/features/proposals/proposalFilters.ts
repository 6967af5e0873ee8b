import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";
import { parseFiscalYear } from "../../lib/fiscalYear";
import type { Schema } from "../../api/schemas";
import type { ProposalQuery } from "./api";
import { isProposalKind, isProposalStatus } from "./proposalEnums";

/**
 * The proposal list's filters as kept in the URL, e.g.
 * ?status=SUBMITTED&ward=431010&bureau=children&fiscalYear=2026&kind=POLICY&overdue=true&q=通学路&page=2
 */
export interface ProposalFilters {
  status: Schema<"ProposalStatus"> | "";
  ward: string;
  bureau: string;
  fiscalYear: number | undefined;
  kind: Schema<"ProposalKind"> | "";
  overdue: boolean;
  q: string;
  /** 1-based page number as shown to people; the API's page is one less. */
  page: number;
}

export const PROPOSAL_PAGE_SIZE = 20;

export function parseProposalFilters(params: URLSearchParams): ProposalFilters {
  const status = params.get("status");
  const kind = params.get("kind");
  return {
    status: isProposalStatus(status) ? status : "",
    ward: textParam(params, "ward"),
    bureau: textParam(params, "bureau"),
    fiscalYear: parseFiscalYear(params.get("fiscalYear")),
    kind: isProposalKind(kind) ? kind : "",
    overdue: params.get("overdue") === "true",
    q: textParam(params, "q"),
    page: pageParam(params),
  };
}

/** What the API is asked for: empty filters left out; "overdue" only when asked (false would mean "not overdue"). */
export function toProposalQuery(filters: ProposalFilters): ProposalQuery {
  return {
    status: filters.status || undefined,
    ward: filters.ward || undefined,
    bureau: filters.bureau || undefined,
    fiscalYear: filters.fiscalYear,
    kind: filters.kind || undefined,
    overdue: filters.overdue || undefined,
    q: filters.q || undefined,
    page: filters.page - 1,
    size: PROPOSAL_PAGE_SIZE,
  };
}

/** Reads the filters from the URL; changing any filter but the page goes back to page 1. */
export function useProposalFilters() {
  return useUrlFilters(parseProposalFilters);
}
