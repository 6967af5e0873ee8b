import type { Faq, FaqAction, FaqAudience, FaqInput, FaqState, Me } from "../../api/types";
import { canApproveFaq } from "../../lib/auth/permissions";
import { optional } from "../../lib/optional";

export const FAQ_STATES: readonly FaqState[] = ["DRAFT", "IN_REVIEW", "PUBLISHED"];
export const FAQ_AUDIENCES: readonly FaqAudience[] = ["RESIDENT", "STAFF"];

export function isFaqState(value: unknown): value is FaqState {
  return FAQ_STATES.includes(value as FaqState);
}

export function isFaqAudience(value: unknown): value is FaqAudience {
  return FAQ_AUDIENCES.includes(value as FaqAudience);
}

export function faqStateLabelKey(state: FaqState) {
  return `faqState.${state}` as const;
}

export function faqAudienceLabelKey(audience: FaqAudience) {
  return `faqAudience.${audience}` as const;
}

export interface FaqDraft {
  audience: FaqAudience;
  procedureCode: string;
  ownerSectionCode: string;
  questionJa: string;
  answerJa: string;
  questionEn: string;
  answerEn: string;
}

export const EMPTY_FAQ_DRAFT: FaqDraft = {
  audience: "RESIDENT",
  procedureCode: "",
  ownerSectionCode: "",
  questionJa: "",
  answerJa: "",
  questionEn: "",
  answerEn: "",
};

/** The latest revision (what a new revision starts from). */
export function faqDraftOf(faq: Faq): FaqDraft {
  const revision = faq.latest ?? faq.published;
  return {
    audience: faq.audience,
    procedureCode: faq.procedureCode ?? "",
    ownerSectionCode: faq.ownerSectionCode,
    questionJa: revision?.questionJa ?? "",
    answerJa: revision?.answerJa ?? "",
    questionEn: revision?.questionEn ?? "",
    answerEn: revision?.answerEn ?? "",
  };
}

export function toFaqInput(draft: FaqDraft): FaqInput {
  return {
    audience: draft.audience,
    procedureCode: optional(draft.procedureCode),
    ownerSectionCode: optional(draft.ownerSectionCode),
    questionJa: draft.questionJa.trim(),
    answerJa: draft.answerJa.trim(),
    questionEn: optional(draft.questionEn),
    answerEn: optional(draft.answerEn),
  };
}

/**
 * The workflow buttons to offer: what the API says the entry's state allows (`actions`), less approving and sending
 * back for anyone outside the owning section, who would only be refused.
 */
export function offeredActions(faq: Faq, user: Me | null | undefined): FaqAction[] {
  return faq.actions.filter(
    (action) => (action !== "APPROVE" && action !== "REJECT") || canApproveFaq(user, faq.ownerSectionCode),
  );
}
