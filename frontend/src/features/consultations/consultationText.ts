import type { ConsultationStance } from "../../api/types";

export const CONSULTATION_STANCES: readonly ConsultationStance[] = ["AGREE", "AGREE_WITH_CONDITIONS", "CONCERNS"];

export function isConsultationStance(value: string): value is ConsultationStance {
  return (CONSULTATION_STANCES as readonly string[]).includes(value);
}

export function stanceLabelKey(stance: ConsultationStance) {
  return `consultationStance.${stance}` as const;
}
