import type { Schema } from "../../api/schemas";

/** The API's enums in the order people expect them (as the backend declares them). */
export const GROUP_TYPES: readonly Schema<"CommunityGroupType">[] = [
  "NEIGHBOURHOOD_ASSOCIATION",
  "SCHOOL_DISTRICT_COUNCIL",
  "NPO",
  "CHILDREN",
  "ELDERLY",
  "OTHER",
];

export const OFFICER_ROLES: readonly Schema<"CommunityOfficerRole">[] = [
  "PRESIDENT",
  "VICE_PRESIDENT",
  "TREASURER",
  "SECRETARY",
  "AUDITOR",
  "DIRECTOR",
  "OTHER",
];

export const APPLICATION_STATUSES: readonly Schema<"SupportApplicationStatus">[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "GRANTED",
  "DECLINED",
  "ACTIVITY_REPORTED",
  "SETTLED",
];

export function isGroupType(value: unknown): value is Schema<"CommunityGroupType"> {
  return GROUP_TYPES.includes(value as Schema<"CommunityGroupType">);
}

export function isOfficerRole(value: unknown): value is Schema<"CommunityOfficerRole"> {
  return OFFICER_ROLES.includes(value as Schema<"CommunityOfficerRole">);
}

export function isApplicationStatus(value: unknown): value is Schema<"SupportApplicationStatus"> {
  return APPLICATION_STATUSES.includes(value as Schema<"SupportApplicationStatus">);
}
