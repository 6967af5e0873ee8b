import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

/** How many items each section of the home page shows; the count and the link lead to the rest. */
export const FIRST_FEW = 5;

export interface VoiceQuery {
  ward?: string;
  status?: Schema<"VoiceState">;
  overdue?: boolean;
}

export interface ProposalQuery {
  ward?: string;
  bureau?: string;
  status?: Schema<"ProposalStatus">;
  overdue?: boolean;
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
    queryFn: () => {
      const params = {
        query: {
          ward: query.ward,
          status: query.status,
          overdue: query.overdue === undefined ? undefined : String(query.overdue),
          page: 0,
          size: FIRST_FEW,
        },
      };
      return unwrap(api.GET("/api/v1/voices", { params }));
    },
  });
}

/** The newest few proposals matching the query, and how many match in all. */
export function useFirstProposals(query: ProposalQuery, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.proposals(query),
    enabled,
    queryFn: () => {
      const params = { query: { ...query, page: 0, size: FIRST_FEW } };
      return unwrap(api.GET("/api/v1/proposals", { params }));
    },
  });
}
