import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import type { Schema } from "../../api/schemas";

type Schemas = components["schemas"];
export type VoiceState = Schemas["VoiceState"];
export type VoiceSummary = Schemas["VoiceSummary"];
export type ProposalStatus = Schemas["ProposalStatus"];
export type ProposalSummary = Omit<Schemas["ProposalSummary"], "ward"> & { ward?: Schema<"WardRef"> };

/** How many items each section of the home page shows; the count and the link lead to the rest. */
export const FIRST_FEW = 5;

export interface VoiceQuery {
  ward?: string;
  status?: VoiceState;
  overdue?: boolean;
}

export interface ProposalQuery {
  ward?: string;
  bureau?: string;
  status?: ProposalStatus;
  overdue?: boolean;
}

interface Page<T> {
  items: T[];
  total: number;
}

// Under the voices' and proposals' own keys, so that their pages' changes refresh the home page too.
export const dashboardKeys = {
  voices: (query: VoiceQuery) => ["voices", "list", "firstFew", query] as const,
  proposals: (query: ProposalQuery) => ["proposals", "list", "firstFew", query] as const,
};

/** The newest few voices matching the query, and how many match in all. */
export function useFirstVoices(query: VoiceQuery, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.voices(query),
    enabled,
    queryFn: async (): Promise<Page<VoiceSummary>> => {
      const params = {
        query: {
          ward: query.ward,
          status: query.status,
          overdue: query.overdue === undefined ? undefined : String(query.overdue),
          page: 0,
          size: FIRST_FEW,
        },
      };
      const page = await unwrap(api.GET("/api/v1/voices", { params }));
      return { items: page.items ?? [], total: page.total ?? 0 };
    },
  });
}

/** The newest few proposals matching the query, and how many match in all. */
export function useFirstProposals(query: ProposalQuery, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.proposals(query),
    enabled,
    queryFn: async (): Promise<Page<ProposalSummary>> => {
      const params = { query: { ...query, page: 0, size: FIRST_FEW } };
      const page = await unwrap(api.GET("/api/v1/proposals", { params }));
      // The contract guarantees a proposal's ward its code and names.
      return { items: (page.items ?? []) as ProposalSummary[], total: page.total ?? 0 };
    },
  });
}
