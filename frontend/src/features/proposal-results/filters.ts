import type { Schema } from "../../api/schemas";
import { parsePublicListSearch } from "../../lib/publicListFilters";
import type { ProposalResultFilters } from "./api";

/** 提案の種類, in the order the API declares them. */
export const PROPOSAL_KINDS: readonly Schema<"ProposalKind">[] = ["POLICY", "PROJECT", "BUDGET_REQUEST"];

export function isProposalKind(value: unknown): value is Schema<"ProposalKind"> {
  return PROPOSAL_KINDS.includes(value as Schema<"ProposalKind">);
}

/** The filters and the page (1-based) from the URL; values the API would refuse are left out. */
export function parseProposalResultFilters(params: URLSearchParams): { filters: ProposalResultFilters; page: number } {
  const { filters, page } = parsePublicListSearch(params);
  const kind = params.get("kind") ?? "";
  return {
    filters: { ward: filters.ward, kind: isProposalKind(kind) ? kind : "", year: filters.year, q: filters.q },
    page,
  };
}
