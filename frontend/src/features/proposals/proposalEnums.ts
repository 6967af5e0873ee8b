import type { Schema } from "../../api/schemas";

export const PROPOSAL_KINDS: readonly Schema<"ProposalKind">[] = ["POLICY", "PROJECT", "BUDGET_REQUEST"];
export const PROPOSAL_STATUSES: readonly Schema<"ProposalStatus">[] = [
  "DRAFT",
  "SUBMITTED",
  "ANSWERED",
  "IN_PROGRESS",
  "DONE",
  "WITHDRAWN",
];
export const PROPOSAL_DECISIONS: readonly Schema<"ProposalDecision">[] = [
  "ADOPTED",
  "PARTIALLY_ADOPTED",
  "FURTHER_STUDY",
  "NOT_ADOPTED",
];

export function isProposalKind(value: unknown): value is Schema<"ProposalKind"> {
  return PROPOSAL_KINDS.includes(value as Schema<"ProposalKind">);
}

export function isProposalStatus(value: unknown): value is Schema<"ProposalStatus"> {
  return PROPOSAL_STATUSES.includes(value as Schema<"ProposalStatus">);
}

export function isProposalDecision(value: unknown): value is Schema<"ProposalDecision"> {
  return PROPOSAL_DECISIONS.includes(value as Schema<"ProposalDecision">);
}

/** Adopted and partially adopted count as reflected (反映), as the API's statistics count them. */
export function isReflected(decision: Schema<"ProposalDecision"> | null | undefined): boolean {
  return decision === "ADOPTED" || decision === "PARTIALLY_ADOPTED";
}

/** The bureaus whose published answer adopted the proposal: they report its milestones and progress. */
export function adoptingBureaus(answers: readonly Schema<"ProposalAnswer">[]): string[] {
  return answers
    .filter((answer) => answer.publication === "PUBLISHED" && isReflected(answer.decision))
    .map((answer) => answer.bureau.code);
}

/** Whether the proposal is still being carried out: the figures may move (not yet done or withdrawn). */
export function tracksProgress(proposal: Pick<Schema<"Proposal">, "status" | "answers">): boolean {
  return (
    (proposal.status === "ANSWERED" || proposal.status === "IN_PROGRESS" || proposal.status === "DONE") &&
    adoptingBureaus(proposal.answers).length > 0
  );
}
