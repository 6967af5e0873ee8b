import type { TFunction } from "i18next";
import type { Schema } from "../../api/schemas";

export const CONSULTATION_STANCES: readonly Schema<"ConsultationStance">[] = [
  "AGREE",
  "AGREE_WITH_CONDITIONS",
  "CONCERNS",
];

export function isConsultationStance(value: string): value is Schema<"ConsultationStance"> {
  return (CONSULTATION_STANCES as readonly string[]).includes(value);
}

export function stanceLabelKey(stance: Schema<"ConsultationStance">) {
  return `consultationStance.${stance}` as const;
}

/** What the deadline text needs to know; both the list and the detail of a consultation carry it. */
export interface Deadline {
  deadline: string;
  open: boolean;
  /** Business days after today up to the deadline; null once closed. */
  businessDaysLeft?: number | null;
}

/**
 * How much working time a ward has left, in business days (weekends, holidays and the year-end closure do not count),
 * as the API counts them.
 */
export function deadlineCountdown(t: TFunction, { deadline, open, businessDaysLeft }: Deadline, today: string): string {
  if (!open || businessDaysLeft === null || businessDaysLeft === undefined) return t("consultation.deadlinePassed");
  if (deadline === today) return t("consultation.dueToday");
  if (businessDaysLeft === 0) return t("consultation.noBusinessDayLeft");
  return t("consultation.businessDaysLeft", { count: businessDaysLeft });
}
