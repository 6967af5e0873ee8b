import { optional } from "../../lib/optional";
import type { Schema } from "../../api/schemas";

export const FAQ_STATES: readonly Schema<"FaqState">[] = ["DRAFT", "IN_REVIEW", "PUBLISHED"];
export const FAQ_AUDIENCES: readonly Schema<"FaqAudience">[] = ["RESIDENT", "STAFF"];

export function isFaqState(value: unknown): value is Schema<"FaqState"> {
  return FAQ_STATES.includes(value as Schema<"FaqState">);
}

export function isFaqAudience(value: unknown): value is Schema<"FaqAudience"> {
  return FAQ_AUDIENCES.includes(value as Schema<"FaqAudience">);
}

export function faqStateLabelKey(state: Schema<"FaqState">) {
  return `faqState.${state}` as const;
}

export function faqAudienceLabelKey(audience: Schema<"FaqAudience">) {
  return `faqAudience.${audience}` as const;
}

export interface FaqDraft {
  audience: Schema<"FaqAudience">;
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
export function faqDraftOf(faq: Schema<"Faq">): FaqDraft {
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

export function toFaqInput(draft: FaqDraft): Schema<"FaqInput"> {
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
