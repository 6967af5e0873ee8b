import type { components } from "../../api/schema";
import type { WithRequired } from "../../api/types";

type Schemas = components["schemas"];

/** 地域活動団体・支援制度・申請: the API's bodies, with the properties its contract guarantees marked present. */
export type GroupType = Schemas["CommunityGroupType"];
export type OfficerRole = Schemas["CommunityOfficerRole"];
export type ApplicationStatus = Schemas["SupportApplicationStatus"];
export type ApplicationAction = Schemas["SupportApplicationAction"];
export type SubsidyRate = WithRequired<Schemas["SubsidyRate"], "numerator" | "denominator">;

export type Officer = WithRequired<Schemas["CommunityOfficer"], "role" | "name" | "termFrom" | "current">;
export type CommunityGroup = Omit<
  WithRequired<
    Schemas["CommunityGroup"],
    "id" | "type" | "name" | "nameKana" | "wardCode" | "activityAreas" | "hasContact" | "editable" | "version"
  >,
  "officers"
> & { officers: Officer[] };
export type GroupSummary = WithRequired<
  Schemas["CommunityGroupSummary"],
  "id" | "type" | "name" | "nameKana" | "wardCode" | "activityAreas"
>;
export type GroupPage = Omit<WithRequired<Schemas["CommunityGroupPage"], "page" | "size" | "total">, "items"> & {
  items: GroupSummary[];
};
export type GroupContact = WithRequired<Schemas["CommunityGroupContact"], "groupId" | "groupName">;
export type GroupInput = Schemas["CommunityGroupInput"];
export type OfficerInput = Schemas["CommunityOfficerInput"];

export type SupportProgram = Omit<
  WithRequired<
    Schemas["SupportProgram"],
    | "id"
    | "cityWide"
    | "fiscalYear"
    | "name"
    | "totalBudgetYen"
    | "maximumPerApplicationYen"
    | "minimumPerApplicationYen"
    | "subsidyRate"
    | "subsidyRatePercent"
    | "applicationFrom"
    | "applicationTo"
    | "acceptingApplications"
    | "budgetGrantedYen"
    | "budgetRemainingYen"
    | "version"
  >,
  "subsidyRate"
> & { subsidyRate: SubsidyRate };
export type ProgramPage = Omit<WithRequired<Schemas["SupportProgramPage"], "page" | "size" | "total">, "items"> & {
  items: SupportProgram[];
};
export type ProgramInput = Schemas["SupportProgramInput"];

export type ApplicationHistoryEntry = WithRequired<
  Schemas["SupportApplicationHistoryEntry"],
  "occurredAt" | "actor" | "action" | "toStatus"
>;
export type SupportApplication = Omit<
  WithRequired<
    Schemas["SupportApplication"],
    | "id"
    | "programId"
    | "programName"
    | "fiscalYear"
    | "groupId"
    | "groupName"
    | "groupWardCode"
    | "title"
    | "plannedActivity"
    | "activityFrom"
    | "activityTo"
    | "eligibleCostYen"
    | "requestedAmountYen"
    | "status"
    | "actions"
    | "version"
  >,
  "history"
> & { history: ApplicationHistoryEntry[] };
export type ApplicationSummary = WithRequired<
  Schemas["SupportApplicationSummary"],
  "id" | "groupId" | "groupName" | "title" | "status" | "eligibleCostYen" | "requestedAmountYen"
>;
export type ApplicationPage = Omit<
  WithRequired<Schemas["SupportApplicationPage"], "page" | "size" | "total">,
  "items"
> & { items: ApplicationSummary[] };
export type ApplicationInput = Schemas["SupportApplicationInput"];
export type GrantInput = Schemas["SupportGrantInput"];
export type SettleInput = Schemas["SupportSettleInput"];
export type ReportInput = Schemas["SupportReportInput"];

export type GrantStatsGroup = WithRequired<
  Schemas["GrantStatsGroup"],
  | "key"
  | "labelJa"
  | "labelEn"
  | "applications"
  | "grantedCount"
  | "grantedAmountYen"
  | "settledAmountYen"
  | "budgetYen"
  | "budgetUsedYen"
>;
export type GrantStats = Omit<WithRequired<Schemas["GrantStats"], "groupBy">, "groups" | "total"> & {
  groups: GrantStatsGroup[];
  total: GrantStatsGroup;
};
export type GrantGrouping = "program" | "ward" | "fiscalYear";
