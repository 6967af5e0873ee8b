import type { Schema } from "../../api/schemas";

/**
 * Which roles see which pages (the menu and the routes), and the few rules of the API that no view carries yet, so
 * that pages only offer what will be allowed. Where a view says what the caller may do (`actions`, `editable`,
 * `canReadPersonalData`), pages read that instead. The API decides in the end: a refusal (403) is shown readably.
 */
export const PROCEDURE_EDITORS: readonly Schema<"Role">[] = ["ADMIN", "HQ"];
export const HOURS_EDITORS: readonly Schema<"Role">[] = ["ADMIN", "WARD"];
export const FAQ_AUTHORS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];
/** Who triages and assigns voices, alone or in bulk, and may list the people to assign them to. */
export const VOICE_COORDINATORS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];

export function hasRole(user: Schema<"Me"> | null | undefined, roles: readonly Schema<"Role">[]): boolean {
  return Boolean(user && roles.includes(user.role));
}

/** Procedures and where they are offered: administrators and the owning section's HQ staff. */
export function canEditProcedure(user: Schema<"Me"> | null | undefined, ownerSectionCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "HQ" && !!ownerSectionCode && user.section?.code === ownerSectionCode);
}

/** An office's hours: administrators and the ward staff of the office's ward. */
export function canEditOfficeHours(user: Schema<"Me"> | null | undefined, wardCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "WARD" && !!wardCode && user.ward?.code === wardCode);
}

/**
 * Residents' voices (VoicePolicy): every staff role takes voices in, reads them (ward roles: their ward's and those
 * assigned to it) and sees the analysis. Who may triage, assign, answer… each voice is the API's to say (its actions).
 */
export const VOICE_STAFF: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON"];

/** Ward office roles take in voices for their own ward only. */
export function takesInVoicesForOwnWardOnly(user: Schema<"Me"> | null | undefined): boolean {
  return Boolean(user && (user.role === "WARD" || user.role === "FLOOR" || user.role === "LIAISON"));
}

/** Ward proposals (区提案) are HQ–ward business: ward and HQ staff and administrators. */
export const PROPOSAL_READERS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];
/** Drafting a proposal: ward staff (for their own ward) and administrators. */
export const PROPOSAL_DRAFTERS: readonly Schema<"Role">[] = ["ADMIN", "WARD"];

/** Editing, submitting and withdrawing a proposal: its ward's own staff and administrators. */
export function canDraftProposal(user: Schema<"Me"> | null | undefined, wardCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "WARD" && !!wardCode && user.ward?.code === wardCode);
}

/** Writing a bureau's answer: only that bureau's own HQ staff (not even administrators speak for a bureau). */
export function canAnswerProposal(user: Schema<"Me"> | null | undefined, bureauCode: string | undefined): boolean {
  return Boolean(user && user.role === "HQ" && bureauCode && user.bureau?.code === bureauCode);
}

/** Four eyes: an administrator, or a colleague in the answering bureau who did not write the answer. */
export function canApproveProposalAnswer(
  user: Schema<"Me"> | null | undefined,
  bureauCode: string | undefined,
  answeredBy: string | null | undefined,
): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (canAnswerProposal(user, bureauCode) && user.username !== answeredBy);
}

/** Publishing an approved answer to the ward: the answering bureau's staff and administrators. */
export function canPublishProposalAnswer(
  user: Schema<"Me"> | null | undefined,
  bureauCode: string | undefined,
): boolean {
  return Boolean(user && (user.role === "ADMIN" || canAnswerProposal(user, bureauCode)));
}

/** Milestones and progress: staff of a bureau that adopted the proposal (fully or partially) and administrators. */
export function canReportProposalProgress(
  user: Schema<"Me"> | null | undefined,
  adoptingBureaus: readonly string[],
): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "HQ" && !!user.bureau && adoptingBureaus.includes(user.bureau.code));
}

/** Prior consultations are HQ–ward business: HQ bureaus open and report on them, wards answer them. */
export const CONSULTATION_READERS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];
export const CONSULTATION_OPENERS: readonly Schema<"Role">[] = ["ADMIN", "HQ"];

/** Reporting on a consultation: the consulting bureau's staff and administrators. */
export function canReportOnConsultation(
  user: Schema<"Me"> | null | undefined,
  bureauCode: string | undefined,
): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "HQ" && !!bureauCode && user.bureau?.code === bureauCode);
}

/** Answering a consultation: only staff of an addressed ward, each for their own ward (not even an administrator). */
export function canAnswerConsultation(user: Schema<"Me"> | null | undefined, wardCodes: readonly string[]): boolean {
  return Boolean(user && user.role === "WARD" && user.ward && wardCodes.includes(user.ward.code));
}

/** The duties registry is for every member of staff; its entries are kept by their contact section. */
export const DUTY_READERS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON"];
export const DUTY_EDITORS: readonly Schema<"Role">[] = ["ADMIN", "HQ"];

/** A duty: administrators and the HQ staff of its contact section. */
export function canEditDuty(user: Schema<"Me"> | null | undefined, contactSectionCode: string | undefined): boolean {
  if (!user) return false;
  if (user.role === "ADMIN") return true;
  return user.role === "HQ" && !!contactSectionCode && user.section?.code === contactSectionCode;
}

/**
 * Community projects and dialogue meetings (ProjectPolicy, DialogueMeetingPolicy): COMMUNITY_STAFF read them; a ward's
 * WARD staff start projects, its WARD and LIAISON staff hold meetings. Who keeps each project is the API's to say
 * (its `editable` and `actions`).
 */
export const PROJECT_CREATORS: readonly Schema<"Role">[] = ["ADMIN", "WARD"];
export const MEETING_HOLDERS: readonly Schema<"Role">[] = ["ADMIN", "WARD", "LIAISON"];
/** "My areas": the areas and projects a liaison officer looks after (their home page). */
export const LIAISON_STAFF: readonly Schema<"Role">[] = ["LIAISON"];

/** Liaison areas (AreaPolicy): the list of a ward's areas and who looks after them, for the staff who assign them. */
export const AREA_READERS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];
/** Adding areas and assigning liaison staff to them: the ward's WARD staff and administrators. */
export const AREA_MANAGERS: readonly Schema<"Role">[] = ["ADMIN", "WARD"];

export function canManageArea(user: Schema<"Me"> | null | undefined, wardCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "WARD" && !!wardCode && user.ward?.code === wardCode);
}

/** Choosing a project's lead groups and liaison staff: its ward's WARD staff and administrators. */
export function canReassignProject(user: Schema<"Me"> | null | undefined, wardCode: string | undefined): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "WARD" && !!wardCode && user.ward?.code === wardCode);
}

/** Community development (CommunityPolicy): ward and HQ staff and administrators; floor managers have no part. */
export const COMMUNITY_STAFF: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD", "LIAISON"];
/** Groups and their applications are recorded by the ward's own staff (WARD, LIAISON) and administrators. */
export const COMMUNITY_RECORDERS: readonly Schema<"Role">[] = ["ADMIN", "WARD", "LIAISON"];
/** Creating a programme: a ward's by its WARD staff, a city-wide one by HQ staff of the programme bureau. */
export const PROGRAM_CREATORS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];
/** The bureau that owns city-wide programmes (the API's default of wardhub.community.program-bureau). */
export const COMMUNITY_PROGRAM_BUREAU = "culture-citizens";

/** Whether the user may create some programme: their ward's (WARD), a city-wide one (the bureau's HQ staff), any. */
export function canCreateProgram(user: Schema<"Me"> | null | undefined): boolean {
  if (!user) return false;
  return (
    user.role === "ADMIN" ||
    (user.role === "WARD" && !!user.ward) ||
    (user.role === "HQ" && user.bureau?.code === COMMUNITY_PROGRAM_BUREAU)
  );
}

/** Counter floor (FloorPolicy): calling and serving at a window is ward staff's; issuing for visitors also floor managers'. */
export const WINDOW_STAFF: readonly Schema<"Role">[] = ["WARD"];
export const FLOOR_GUIDES: readonly Schema<"Role">[] = ["WARD", "FLOOR"];
/** Counter statistics (窓口利用統計, チャネル別発行件数): ward staff (their ward), HQ staff and administrators. */
export const COUNTER_STATS_READERS: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD"];
/** Importing channel usage files: HQ staff and administrators. */
export const CHANNEL_USAGE_IMPORTERS: readonly Schema<"Role">[] = ["ADMIN", "HQ"];

/** Administration (staff accounts, partner and device clients, the audit trail): administrators only. */
export const ADMINISTRATORS: readonly Schema<"Role">[] = ["ADMIN"];
