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

/** Prior consultations are HQ–ward business: HQ bureaus open and report on them, wards answer them. */
export const CONSULTATION_READERS: readonly Role[] = ["ADMIN", "HQ", "WARD"];
export const CONSULTATION_OPENERS: readonly Role[] = ["ADMIN", "HQ"];

/** Reporting on a consultation: the consulting bureau's staff and administrators. */
export function canReportOnConsultation(user: Me | null | undefined, bureauCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "HQ" && !!bureauCode && user.bureau?.code === bureauCode);
}

/** Answering a consultation: only staff of an addressed ward, each for their own ward (not even an administrator). */
export function canAnswerConsultation(user: Me | null | undefined, wardCodes: readonly string[]): boolean {
  return Boolean(user && user.role === "WARD" && user.ward && wardCodes.includes(user.ward.code));
}

/** The duties registry is for every member of staff; its entries are kept by their contact section. */
export const DUTY_READERS: readonly Role[] = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON"];
export const DUTY_EDITORS: readonly Role[] = ["ADMIN", "HQ"];

/** A duty: administrators and the HQ staff of its contact section. */
export function canEditDuty(user: Me | null | undefined, contactSectionCode: string | undefined): boolean {
  if (!user) return false;
  if (user.role === "ADMIN") return true;
  return user.role === "HQ" && !!contactSectionCode && user.section?.code === contactSectionCode;
}
