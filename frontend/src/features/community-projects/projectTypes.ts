import type { components } from "../../api/schema";

type Schemas = components["schemas"];

/** まちづくり事業 and 対話集会: the API's bodies, as generated. */
export type ProjectStatus = Schemas["CommunityProjectStatus"];
export type ProjectAction = Schemas["CommunityProjectAction"];
export type ProjectVisibility = Schemas["ProjectVisibility"];

export type ProjectOffice = Schemas["CommunityProjectOffice"];
export type ProjectGroup = Schemas["CommunityProjectGroup"];
export type Liaison = Schemas["CommunityProjectLiaison"];
export type ProjectApplication = Schemas["CommunityProjectApplication"];
export type ProjectVoice = Schemas["CommunityProjectVoice"];
export type Milestone = Schemas["CommunityProjectMilestone"];
export type Activity = Schemas["CommunityProjectActivity"];

/** A project; its `activities` come newest first. */
export type Project = Schemas["CommunityProject"];

export type ProjectSummary = Schemas["CommunityProjectSummary"];
export type ProjectPage = Schemas["CommunityProjectPage"];

export type ProjectStatsRow = Schemas["CommunityProjectStatsRow"];
export type ProjectStats = Schemas["CommunityProjectStats"];

export type ProjectInput = Schemas["CommunityProjectInput"];
export type MilestoneInput = Schemas["CommunityMilestoneInput"];
export type ActivityInput = Schemas["CommunityActivityInput"];

export type CommunityGroupSummary = Schemas["CommunityGroupSummary"];
export type CommunityGroupPage = Schemas["CommunityGroupPage"];

export type MeetingVoice = Schemas["DialogueMeetingVoice"];
export type Meeting = Schemas["DialogueMeeting"];
export type MeetingSummary = Schemas["DialogueMeetingSummary"];
export type MeetingPage = Schemas["DialogueMeetingPage"];
export type MeetingInput = Schemas["DialogueMeetingInput"];
export type OpinionInput = Schemas["DialogueMeetingOpinion"];

/** The board's columns, in the order a project moves through them (a paused one waits beside the active ones). */
export const PROJECT_STATUSES: readonly ProjectStatus[] = ["IDEA", "PLANNING", "ACTIVE", "PAUSED", "COMPLETED"];
export const PROJECT_VISIBILITIES: readonly ProjectVisibility[] = ["PUBLIC", "INTERNAL"];

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => values.includes(value as T);
}

export const isProjectStatus = oneOf(PROJECT_STATUSES);
export const isProjectVisibility = oneOf(PROJECT_VISIBILITIES);
