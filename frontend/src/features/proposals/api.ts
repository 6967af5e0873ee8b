import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, ifMatch, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

export interface ProposalQuery {
  ward?: string;
  bureau?: string;
  status?: Schema<"ProposalStatus">;
  kind?: Schema<"ProposalKind">;
  fiscalYear?: number;
  overdue?: boolean;
  q?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export type StatsGrouping = "bureau" | "ward" | "fiscalYear";

export interface StatsQuery {
  groupBy: StatsGrouping;
  fiscalYear?: number;
}

export const proposalKeys = {
  all: ["proposals"] as const,
  lists: ["proposals", "list"] as const,
  list: (query: ProposalQuery) => ["proposals", "list", query] as const,
  detail: (id: number) => ["proposals", "detail", id] as const,
  stats: (query: StatsQuery) => ["proposals", "stats", query] as const,
};

export function useProposals(query: ProposalQuery) {
  return useQuery({
    queryKey: proposalKeys.list(query),
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/proposals", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useProposal(id: number, enabled = true) {
  return useQuery({
    queryKey: proposalKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/proposals/{id}", { params: { path: { id } } })),
  });
}

export function useProposalStats(query: StatsQuery) {
  return useQuery({
    queryKey: proposalKeys.stats(query),
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/proposals/stats", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

/** Whatever changed a proposal: keep its page current and let every list and the figures be read again. */
function useProposalChanged() {
  const queryClient = useQueryClient();
  return (proposal?: Schema<"Proposal">) => {
    if (proposal) queryClient.setQueryData(proposalKeys.detail(proposal.id), proposal);
    void queryClient.invalidateQueries({ queryKey: proposalKeys.lists });
    void queryClient.invalidateQueries({ queryKey: ["proposals", "stats"] });
  };
}

/** Drafts a proposal; the key makes a retried request create it only once. */
export function useDraftProposal() {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: (input: Schema<"ProposalInput">) =>
      unwrap(api.POST("/api/v1/proposals", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useEditProposal(id: number) {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"ProposalInput">; version: number }) =>
      unwrap(api.PUT("/api/v1/proposals/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input })),
    onSuccess: changed,
  });
}

export function useSubmitProposal(id: number) {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"ProposalSubmitInput">; version: number }) =>
      unwrap(
        api.POST("/api/v1/proposals/{id}/submit", { params: { path: { id }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess: changed,
  });
}

export function useWithdrawProposal(id: number) {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST("/api/v1/proposals/{id}/withdraw", { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: changed,
  });
}

/**
 * The steps of a bureau's answer. Each returns the answer only, so the proposal (its timeline, its status) is read
 * again afterwards.
 */
export type AnswerStep =
  | { step: "answer"; input: Schema<"ProposalAnswerInput">; version: number }
  | { step: "approve" | "publish"; bureau: string; version: number };

export function useAnswerStep(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AnswerStep) => {
      const header = ifMatch(request.version);
      const call =
        request.step === "answer"
          ? api.POST("/api/v1/proposals/{id}/answers", { params: { path: { id }, header }, body: request.input })
          : request.step === "approve"
            ? api.POST("/api/v1/proposals/{id}/answers/{bureau}/approve", {
                params: { path: { id, bureau: request.bureau }, header },
              })
            : api.POST("/api/v1/proposals/{id}/answers/{bureau}/publish", {
                params: { path: { id, bureau: request.bureau }, header },
              });
      return unwrap(call);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["proposals"] }),
  });
}

export type MilestoneChange =
  | { change: "add"; input: Schema<"ProposalMilestoneInput"> }
  | { change: "update"; milestoneId: number; input: Schema<"ProposalMilestoneInput">; version: number };

export function useMilestoneChange(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MilestoneChange) => {
      const call =
        request.change === "add"
          ? api.POST("/api/v1/proposals/{id}/milestones", {
              params: { path: { id }, header: idempotencyKey() },
              body: request.input,
            })
          : api.PUT("/api/v1/proposals/{id}/milestones/{milestoneId}", {
              params: { path: { id, milestoneId: request.milestoneId }, header: ifMatch(request.version) },
              body: request.input,
            });
      return unwrap(call);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["proposals"] }),
  });
}

export function useSetProgress(id: number) {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ percent, version }: { percent: number; version: number }) =>
      unwrap(
        api.PUT("/api/v1/proposals/{id}/progress", {
          params: { path: { id }, header: ifMatch(version) },
          body: { percent },
        }),
      ),
    onSuccess: changed,
  });
}
