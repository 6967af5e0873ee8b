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
