import type { Schema } from "../../api/schemas";

/** An area as its form holds it: choices as strings, the facility or the centre as the kind asks. */
export interface AreaDraft {
  kind: Schema<"CommunityAreaKind">;
  name: string;
  nameKana: string;
  officeId: string;
  centreId: string;
}

export const AREA_KINDS: readonly Schema<"CommunityAreaKind">[] = ["SCHOOL_DISTRICT", "COMMUNITY_CENTER"];

export function isAreaKind(value: unknown): value is Schema<"CommunityAreaKind"> {
  return AREA_KINDS.includes(value as Schema<"CommunityAreaKind">);
}

export function emptyAreaDraft(): AreaDraft {
  return { kind: "SCHOOL_DISTRICT", name: "", nameKana: "", officeId: "", centreId: "" };
}

export function areaDraftOf(area: Schema<"CommunityArea">): AreaDraft {
  return {
    kind: area.kind,
    name: area.name,
    nameKana: area.nameKana,
    officeId: area.office ? String(area.office.id) : "",
    centreId: area.centre ? String(area.centre.id) : "",
  };
}

/** The body the API takes: a centre's area names its facility, a school district its centre (if any). */
export function toAreaInput(draft: AreaDraft, wardCode?: string): Schema<"CommunityAreaInput"> {
  const centre = draft.kind === "COMMUNITY_CENTER";
  return {
    wardCode,
    kind: draft.kind,
    name: draft.name.trim(),
    nameKana: draft.nameKana.trim(),
    officeId: centre && draft.officeId ? Number(draft.officeId) : undefined,
    centreId: !centre && draft.centreId ? Number(draft.centreId) : undefined,
  };
}

/** Who should be on the area from the day on: those on it with no end yet (an ending period is left to end). */
export function openLiaisons(area: Schema<"CommunityArea">): string[] {
  return area.liaisons.filter((liaison) => !liaison.to).map((liaison) => liaison.username);
}

export function toggled(usernames: readonly string[], username: string, checked: boolean): string[] {
  const without = usernames.filter((name) => name !== username);
  return checked ? [...without, username] : without;
}

/** Where a period stands on a day: begun and not over, not begun yet, or over. */
export function periodState(
  period: { from: string; to?: string | null },
  today: string,
): "current" | "scheduled" | "ended" {
  if (period.from > today) return "scheduled";
  if (period.to && period.to < today) return "ended";
  return "current";
}
