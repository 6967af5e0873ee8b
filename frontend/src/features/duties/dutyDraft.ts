import type { Schema } from "../../api/schemas";

export const DUTY_SIDES: readonly Schema<"DutySide">[] = ["HQ", "WARD", "SHARED"];
/** The paper's reasons: the first three argue for HQ, the last three for the ward. */
export const DUTY_REASONS: readonly Schema<"DutyReason">[] = [
  "UNIFORMITY",
  "EXPERTISE",
  "EFFICIENCY",
  "PROXIMITY",
  "COUNTER_SERVICE",
  "ONE_STOP",
];

export function isDutySide(value: unknown): value is Schema<"DutySide"> {
  return DUTY_SIDES.includes(value as Schema<"DutySide">);
}

export function isDutyReason(value: unknown): value is Schema<"DutyReason"> {
  return DUTY_REASONS.includes(value as Schema<"DutyReason">);
}

export function dutySideLabelKey(side: Schema<"DutySide">) {
  return `dutySide.${side}` as const;
}

export function dutyReasonLabelKey(reason: Schema<"DutyReason">) {
  return `dutyReason.${reason}` as const;
}

/** A duty as its form edits it: every field a string, reasons a list. */
export interface DutyDraft {
  titleJa: string;
  titleEn: string;
  description: string;
  side: Schema<"DutySide"> | "";
  reasons: Schema<"DutyReason">[];
  hqRole: string;
  wardRole: string;
  contactSectionCode: string;
}

export function emptyDutyDraft(contactSectionCode = ""): DutyDraft {
  return {
    titleJa: "",
    titleEn: "",
    description: "",
    side: "",
    reasons: [],
    hqRole: "",
    wardRole: "",
    contactSectionCode,
  };
}

export function dutyDraftOf(duty: Schema<"Duty">): DutyDraft {
  return {
    titleJa: duty.titleJa,
    titleEn: duty.titleEn,
    description: duty.description,
    side: duty.side,
    reasons: DUTY_REASONS.filter((reason) => duty.reasons.includes(reason)),
    hqRole: duty.hqRole ?? "",
    wardRole: duty.wardRole ?? "",
    contactSectionCode: duty.contactSectionCode,
  };
}

/** The draft as the API takes it; optional texts left blank are sent as absent. The side is checked by the form. */
export function toDutyInput(draft: DutyDraft & { side: Schema<"DutySide"> }): Schema<"DutyInput"> {
  return {
    titleJa: draft.titleJa.trim(),
    titleEn: draft.titleEn.trim(),
    description: draft.description.trim(),
    side: draft.side,
    reasons: draft.reasons,
    hqRole: draft.hqRole.trim() || undefined,
    wardRole: draft.wardRole.trim() || undefined,
    contactSectionCode: draft.contactSectionCode,
  };
}
