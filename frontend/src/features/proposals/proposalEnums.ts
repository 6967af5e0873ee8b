import type {
  Proposal,
  ProposalAnswer,
  ProposalDecision,
  ProposalKind,
  ProposalStatus,
} from "../../api/types";

export const PROPOSAL_KINDS: readonly ProposalKind[] = ["POLICY", "PROJECT", "BUDGET_REQUEST"];
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "ANSWERED",
  "IN_PROGRESS",
  "DONE",
  "WITHDRAWN",
];
export const PROPOSAL_DECISIONS: readonly ProposalDecision[] = [
  "ADOPTED",
  "PARTIALLY_ADOPTED",
  "FURTHER_STUDY",
  "NOT_ADOPTED",
];

export function isProposalKind(value: unknown): value is ProposalKind {
  return PROPOSAL_KINDS.includes(value as ProposalKind);
}

export function isProposalStatus(value: unknown): value is ProposalStatus {
  return PROPOSAL_STATUSES.includes(value as ProposalStatus);
}

export function isProposalDecision(value: unknown): value is ProposalDecision {
  return PROPOSAL_DECISIONS.includes(value as ProposalDecision);
}

/** Adopted and partially adopted count as reflected (反映), as the API's statistics count them. */
export function isReflected(decision: ProposalDecision | null | undefined): boolean {
  return decision === "ADOPTED" || decision === "PARTIALLY_ADOPTED";
}

/** The bureaus whose published answer adopted the proposal: they report its milestones and progress. */
export function adoptingBureaus(answers: readonly ProposalAnswer[]): string[] {
  return answers
    .filter((answer) => answer.publication === "PUBLISHED" && isReflected(answer.decision))
    .map((answer) => answer.bureau.code);
}

/** Whether the proposal is still being carried out: the figures may move (not yet done or withdrawn). */
export function tracksProgress(proposal: Pick<Proposal, "status" | "answers">): boolean {
  return (
    (proposal.status === "ANSWERED" || proposal.status === "IN_PROGRESS" || proposal.status === "DONE") &&
    adoptingBureaus(proposal.answers).length > 0
  );
}
