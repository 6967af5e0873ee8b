import { optional } from "../../lib/optional";
import type { Schema } from "../../api/schemas";
import { parseYen } from "./money";

/** Repeatable rows carry a key of their own, so that removing one row keeps focus and typing in the others. */
let nextRowKey = 0;
function rowKey(): string {
  nextRowKey += 1;
  return `row-${nextRowKey}`;
}

export interface AreaRow {
  key: string;
  area: string;
}

export interface OfficerRow {
  key: string;
  role: Schema<"CommunityOfficerRole">;
  name: string;
  termFrom: string;
  termTo: string;
}

export interface GroupDraft {
  type: Schema<"CommunityGroupType"> | "";
  name: string;
  nameKana: string;
  wardCode: string;
  schoolDistrict: string;
  areas: AreaRow[];
  officers: OfficerRow[];
  /** On edit the contact is replaced only when asked for (the API keeps it when the body has none). */
  replaceContact: boolean;
  representativeName: string;
  address: string;
  phone: string;
  email: string;
}

export function newAreaRow(area = ""): AreaRow {
  return { key: rowKey(), area };
}

export function newOfficerRow(): OfficerRow {
  return { key: rowKey(), role: "PRESIDENT", name: "", termFrom: "", termTo: "" };
}

export function emptyGroupDraft(wardCode: string): GroupDraft {
  return {
    type: "",
    name: "",
    nameKana: "",
    wardCode,
    schoolDistrict: "",
    areas: [newAreaRow()],
    officers: [newOfficerRow()],
    replaceContact: true,
    representativeName: "",
    address: "",
    phone: "",
    email: "",
  };
}

/** The saved group as a draft to edit. Its contact is never read for this: it stays as it is unless replaced. */
export function groupDraftOf(group: Schema<"CommunityGroup">): GroupDraft {
  return {
    type: group.type,
    name: group.name,
    nameKana: group.nameKana,
    wardCode: group.wardCode,
    schoolDistrict: group.schoolDistrict ?? "",
    areas: group.activityAreas.map((area) => newAreaRow(area)),
    officers: group.officers.map((officer) => ({
      key: rowKey(),
      role: officer.role,
      name: officer.name,
      termFrom: officer.termFrom,
      termTo: officer.termTo ?? "",
    })),
    replaceContact: false,
    representativeName: "",
    address: "",
    phone: "",
    email: "",
  };
}

/** The body the API takes. Empty area rows are left out; officer rows are sent as typed, for the API to check. */
export function toGroupInput(draft: GroupDraft): Schema<"CommunityGroupInput"> {
  return {
    type: draft.type as Schema<"CommunityGroupType">,
    name: draft.name.trim(),
    nameKana: draft.nameKana.trim(),
    wardCode: optional(draft.wardCode),
    schoolDistrict: optional(draft.schoolDistrict),
    activityAreas: draft.areas.map((row) => row.area.trim()).filter((area) => area !== ""),
    officers: draft.officers.map((row) => ({
      role: row.role,
      name: row.name.trim(),
      termFrom: optional(row.termFrom) as string,
      termTo: optional(row.termTo),
    })),
    contact: draft.replaceContact
      ? {
          representativeName: optional(draft.representativeName),
          address: optional(draft.address),
          phone: optional(draft.phone),
          email: optional(draft.email),
        }
      : undefined,
  };
}

/** A group's field as the form names it: the contact's fields ("contact.phone") are on the form as they are ("phone"). */
export function groupFormField(field: string): string {
  return field.replace(/^contact\./, "");
}

export interface ProgramDraft {
  /** "" is a city-wide programme. */
  wardCode: string;
  fiscalYear: string;
  name: string;
  description: string;
  eligibility: string;
  totalBudget: string;
  maximum: string;
  minimum: string;
  rateNumerator: string;
  rateDenominator: string;
  applicationFrom: string;
  applicationTo: string;
}

export function emptyProgramDraft(wardCode: string, fiscalYear: number): ProgramDraft {
  return {
    wardCode,
    fiscalYear: String(fiscalYear),
    name: "",
    description: "",
    eligibility: "",
    totalBudget: "",
    maximum: "",
    minimum: "",
    rateNumerator: "1",
    rateDenominator: "2",
    applicationFrom: "",
    applicationTo: "",
  };
}

function wholeNumber(text: string): number | undefined {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : undefined;
}

/**
 * Amounts typed with separators or a yen sign become whole yen. What cannot be read is sent as nothing, so that the
 * API names the field as required rather than the form guessing.
 */
export function toProgramInput(draft: ProgramDraft): Schema<"SupportProgramInput"> {
  return {
    wardCode: optional(draft.wardCode),
    fiscalYear: wholeNumber(draft.fiscalYear) as number,
    name: draft.name.trim(),
    description: draft.description.trim(),
    eligibility: draft.eligibility.trim(),
    totalBudgetYen: parseYen(draft.totalBudget) as number,
    maximumPerApplicationYen: parseYen(draft.maximum) as number,
    minimumPerApplicationYen: parseYen(draft.minimum),
    subsidyRate: {
      numerator: wholeNumber(draft.rateNumerator) as number,
      denominator: wholeNumber(draft.rateDenominator) as number,
    },
    applicationFrom: optional(draft.applicationFrom) as string,
    applicationTo: optional(draft.applicationTo) as string,
  };
}

export interface ApplicationDraft {
  groupId: string;
  title: string;
  plannedActivity: string;
  activityFrom: string;
  activityTo: string;
  eligibleCost: string;
  requestedAmount: string;
}

export const EMPTY_APPLICATION_DRAFT: ApplicationDraft = {
  groupId: "",
  title: "",
  plannedActivity: "",
  activityFrom: "",
  activityTo: "",
  eligibleCost: "",
  requestedAmount: "",
};

export function toApplicationInput(draft: ApplicationDraft): Schema<"SupportApplicationInput"> {
  return {
    groupId: (draft.groupId === "" ? undefined : Number(draft.groupId)) as number,
    title: draft.title.trim(),
    plannedActivity: draft.plannedActivity.trim(),
    activityFrom: optional(draft.activityFrom) as string,
    activityTo: optional(draft.activityTo) as string,
    eligibleCostYen: parseYen(draft.eligibleCost) as number,
    requestedAmountYen: parseYen(draft.requestedAmount) as number,
  };
}

/**
 * The amount fields whose text is not whole yen, each with `message`, keyed by the API's field name: the form says
 * so itself rather than sending nothing and being told the amount is missing.
 */
export function unreadableAmounts(amounts: Record<string, string>, message: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(amounts)
      .filter(([, text]) => text.trim() !== "" && parseYen(text) === undefined)
      .map(([field]) => [field, message]),
  );
}
