import { parseFiscalYear } from "../../lib/fiscalYear";
import type { Schema } from "../../api/schemas";
import type { ProposalResultFilters } from "./api";

/** 提案の種類, in the order the API declares them. */
export const PROPOSAL_KINDS: readonly Schema<"ProposalKind">[] = ["POLICY", "PROJECT", "BUDGET_REQUEST"];

export function isProposalKind(value: unknown): value is Schema<"ProposalKind"> {
  return PROPOSAL_KINDS.includes(value as Schema<"ProposalKind">);
}

/** The filters and the page (1-based) from the URL; values the API would refuse are left out. */
export function parseProposalResultFilters(params: URLSearchParams): { filters: ProposalResultFilters; page: number } {
  const year = parseFiscalYear(params.get("year"));
  const kind = params.get("kind") ?? "";
  const page = Number(params.get("page"));
  return {
    filters: {
      ward: params.get("ward")?.trim() ?? "",
      kind: isProposalKind(kind) ? kind : "",
      year: year === undefined ? "" : String(year),
      q: (params.get("q") ?? "").slice(0, 100),
    },
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

export function proposalResultSearch(filters: ProposalResultFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string][]) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  return params;
}
