import type { components } from "../../api/schema";

type Schemas = components["schemas"];

/** 地域活動団体・支援制度・申請: the API's bodies, as generated. */
export type GroupType = Schemas["CommunityGroupType"];
export type OfficerRole = Schemas["CommunityOfficerRole"];
export type ApplicationStatus = Schemas["SupportApplicationStatus"];
export type ApplicationAction = Schemas["SupportApplicationAction"];
export type SubsidyRate = Schemas["SubsidyRate"];

export type Officer = Schemas["CommunityOfficer"];
export type CommunityGroup = Schemas["CommunityGroup"];
export type GroupSummary = Schemas["CommunityGroupSummary"];
export type GroupPage = Schemas["CommunityGroupPage"];
export type GroupContact = Schemas["CommunityGroupContact"];
export type GroupInput = Schemas["CommunityGroupInput"];
export type OfficerInput = Schemas["CommunityOfficerInput"];

export type SupportProgram = Schemas["SupportProgram"];
export type ProgramPage = Schemas["SupportProgramPage"];
export type ProgramInput = Schemas["SupportProgramInput"];

export type ApplicationHistoryEntry = Schemas["SupportApplicationHistoryEntry"];
export type SupportApplication = Schemas["SupportApplication"];
export type ApplicationSummary = Schemas["SupportApplicationSummary"];
export type ApplicationPage = Schemas["SupportApplicationPage"];
export type ApplicationInput = Schemas["SupportApplicationInput"];
export type GrantInput = Schemas["SupportGrantInput"];
export type SettleInput = Schemas["SupportSettleInput"];
export type ReportInput = Schemas["SupportReportInput"];

export type GrantStatsGroup = Schemas["GrantStatsGroup"];
export type GrantStats = Schemas["GrantStats"];
export type GrantGrouping = "program" | "ward" | "fiscalYear";
