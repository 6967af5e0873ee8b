import type { Me, Role } from "../../api/types";

/**
 * What the signed-in user may do in the counter guide, mirroring the API's rules so that the menu and the pages only
 * offer what will be allowed. The API decides in the end: a refusal (403) is still shown readably.
 */
export const PROCEDURE_EDITORS: readonly Role[] = ["ADMIN", "HQ"];
export const HOURS_EDITORS: readonly Role[] = ["ADMIN", "WARD"];
export const FAQ_AUTHORS: readonly Role[] = ["ADMIN", "HQ", "WARD"];

export function hasRole(user: Me | null | undefined, roles: readonly Role[]): boolean {
  return Boolean(user && roles.includes(user.role));
}

/** Procedures and where they are offered: administrators and the owning section's HQ staff. */
export function canEditProcedure(user: Me | null | undefined, ownerSectionCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "HQ" && !!ownerSectionCode && user.section?.code === ownerSectionCode);
}

/** An office's hours: administrators and the ward staff of the office's ward. */
export function canEditOfficeHours(user: Me | null | undefined, wardCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "WARD" && !!wardCode && user.ward?.code === wardCode);
}

/** Approving or sending back a Q&A entry: the owning section, as for procedures. */
export const canApproveFaq = canEditProcedure;

/**
 * Residents' voices (VoicePolicy): every staff role takes voices in, reads them (ward roles: their ward's and those
 * assigned to it) and sees the analysis. Who may triage, assign, answer… each voice is the API's to say (its actions).
 */
export const VOICE_STAFF: readonly Role[] = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON"];

/** Ward office roles take in voices for their own ward only. */
export function takesInVoicesForOwnWardOnly(user: Me | null | undefined): boolean {
  return Boolean(user && (user.role === "WARD" || user.role === "FLOOR" || user.role === "LIAISON"));
}
