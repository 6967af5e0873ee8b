import type { ApplicationStatus, GroupType, OfficerRole } from "./communityTypes";

/** The API's enums in the order people expect them (as the backend declares them). */
export const GROUP_TYPES: readonly GroupType[] = [
  "NEIGHBOURHOOD_ASSOCIATION",
  "SCHOOL_DISTRICT_COUNCIL",
  "NPO",
  "CHILDREN",
  "ELDERLY",
  "OTHER",
];

export const OFFICER_ROLES: readonly OfficerRole[] = [
  "PRESIDENT",
  "VICE_PRESIDENT",
  "TREASURER",
  "SECRETARY",
  "AUDITOR",
  "DIRECTOR",
  "OTHER",
];

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "GRANTED",
  "DECLINED",
  "ACTIVITY_REPORTED",
  "SETTLED",
];

export function isGroupType(value: unknown): value is GroupType {
  return GROUP_TYPES.includes(value as GroupType);
}

export function isOfficerRole(value: unknown): value is OfficerRole {
  return OFFICER_ROLES.includes(value as OfficerRole);
}

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return APPLICATION_STATUSES.includes(value as ApplicationStatus);
}
