import type { components } from "../../api/schema";
import type { WithRequired } from "../../api/types";

type Schemas = components["schemas"];

/** まちづくり事業 and 対話集会: the API's bodies, with the properties its contract guarantees marked present. */
export type ProjectStatus = Schemas["CommunityProjectStatus"];
export type ProjectAction = Schemas["CommunityProjectAction"];
export type ProjectVisibility = Schemas["ProjectVisibility"];

export type ProjectOffice = WithRequired<Schemas["CommunityProjectOffice"], "id" | "nameJa" | "nameEn">;
export type ProjectGroup = WithRequired<Schemas["CommunityProjectGroup"], "id" | "name">;
export type Liaison = WithRequired<Schemas["CommunityProjectLiaison"], "username" | "displayName">;
export type ProjectApplication = WithRequired<Schemas["CommunityProjectApplication"], "id" | "title" | "status">;
export type ProjectVoice = WithRequired<Schemas["CommunityProjectVoice"], "id" | "reference" | "status">;
export type Milestone = WithRequired<Schemas["CommunityProjectMilestone"], "id" | "title" | "dueOn" | "done" | "version">;
export type Activity = WithRequired<
  Schemas["CommunityProjectActivity"],
  "id" | "heldOn" | "description" | "participants" | "recordedBy" | "recordedAt"
>;

export type Project = Omit<
  WithRequired<
    Schemas["CommunityProject"],
    "id" | "wardCode" | "title" | "summary" | "status" | "visibility" | "participantsTotal" | "editable" | "version"
  >,
  "baseOffice" | "groups" | "liaisons" | "applications" | "voices" | "milestones" | "activities" | "actions"
> & {
  baseOffice?: ProjectOffice | null;
  groups: ProjectGroup[];
  liaisons: Liaison[];
  applications: ProjectApplication[];
  voices: ProjectVoice[];
  milestones: Milestone[];
  /** Newest first. */
  activities: Activity[];
  actions: ProjectAction[];
};

export type ProjectSummary = Omit<
  WithRequired<Schemas["CommunityProjectSummary"], "id" | "wardCode" | "title" | "status" | "visibility">,
  "baseOffice" | "groups" | "nextMilestone"
> & { baseOffice?: ProjectOffice | null; groups: ProjectGroup[]; nextMilestone?: Milestone | null };
export type ProjectPage = Omit<WithRequired<Schemas["CommunityProjectPage"], "page" | "size" | "total">, "items"> & {
  items: ProjectSummary[];
};

export type ProjectStatsRow = WithRequired<
  Schemas["CommunityProjectStatsRow"],
  "key" | "labelJa" | "labelEn" | "idea" | "planning" | "active" | "completed" | "paused" | "total"
>;
export type ProjectStats = { wards: ProjectStatsRow[]; total: ProjectStatsRow };

export type ProjectInput = Schemas["CommunityProjectInput"];
export type MilestoneInput = Schemas["CommunityMilestoneInput"];
export type ActivityInput = Schemas["CommunityActivityInput"];

export type CommunityGroupSummary = WithRequired<Schemas["CommunityGroupSummary"], "id" | "name" | "wardCode">;
export type CommunityGroupPage = Omit<WithRequired<Schemas["CommunityGroupPage"], "total">, "items"> & {
  items: CommunityGroupSummary[];
};

export type MeetingVoice = WithRequired<
  Schemas["DialogueMeetingVoice"],
  "id" | "reference" | "type" | "categories" | "excerpt" | "status"
>;
export type Meeting = Omit<
  WithRequired<
    Schemas["DialogueMeeting"],
    "id" | "wardCode" | "title" | "heldOn" | "place" | "participants" | "editable" | "version"
  >,
  "office" | "voices"
> & { office?: ProjectOffice | null; voices: MeetingVoice[] };
export type MeetingSummary = WithRequired<
  Schemas["DialogueMeetingSummary"],
  "id" | "wardCode" | "title" | "heldOn" | "place" | "participants" | "voices"
>;
export type MeetingPage = Omit<WithRequired<Schemas["DialogueMeetingPage"], "page" | "size" | "total">, "items"> & {
  items: MeetingSummary[];
};
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
