import type { Schema } from "../../api/schemas";

/** The project form's state: text as typed, the base facility as the select's value ("" for none). */
export interface ProjectDraft {
  wardCode: string;
  schoolDistrict: string;
  title: string;
  summary: string;
  visibility: Schema<"ProjectVisibility">;
  baseOfficeId: string;
  groupIds: number[];
  liaisons: string[];
  /** Kept as they are: the form does not change which applications and voices a project is linked to. */
  applicationIds: number[];
  voiceIds: number[];
}

export function emptyProjectDraft(wardCode: string): ProjectDraft {
  return {
    wardCode,
    schoolDistrict: "",
    title: "",
    summary: "",
    visibility: "INTERNAL",
    baseOfficeId: "",
    groupIds: [],
    liaisons: [],
    applicationIds: [],
    voiceIds: [],
  };
}

export function projectDraftOf(project: Schema<"CommunityProject">): ProjectDraft {
  return {
    wardCode: project.wardCode,
    schoolDistrict: project.schoolDistrict ?? "",
    title: project.title,
    summary: project.summary,
    visibility: project.visibility,
    baseOfficeId: project.baseOffice ? String(project.baseOffice.id) : "",
    groupIds: project.groups.map((group) => group.id),
    liaisons: project.liaisons.map((liaison) => liaison.username),
    applicationIds: project.applications.map((application) => application.id),
    voiceIds: project.voices.map((voice) => voice.id),
  };
}

export function toProjectInput(draft: ProjectDraft): Schema<"CommunityProjectInput"> {
  return {
    wardCode: draft.wardCode,
    schoolDistrict: draft.schoolDistrict.trim() || undefined,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    visibility: draft.visibility,
    baseOfficeId: draft.baseOfficeId ? Number(draft.baseOfficeId) : undefined,
    groupIds: draft.groupIds,
    liaisons: draft.liaisons,
    applicationIds: draft.applicationIds,
    voiceIds: draft.voiceIds,
  };
}

/** Adds or removes one value of a set of check boxes, keeping the others' order. */
export function toggled<T>(values: T[], value: T, on: boolean): T[] {
  const without = values.filter((candidate) => candidate !== value);
  return on ? [...without, value] : without;
}
