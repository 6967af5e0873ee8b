import type { Schema } from "../api/schemas";

/** Office types from the city hall down to the community halls. */
export const OFFICE_TYPES: readonly Schema<"OfficeType">[] = [
  "CITY_HALL",
  "WARD_OFFICE",
  "GENERAL_BRANCH_OFFICE",
  "BRANCH_OFFICE",
  "COMMUNITY_CENTER",
  "COMMUNITY_HALL",
];

export function isOfficeType(value: string | null): value is Schema<"OfficeType"> {
  return OFFICE_TYPES.includes(value as Schema<"OfficeType">);
}

/** The translation key of an office type's label, e.g. WARD_OFFICE → "区役所" / "Ward office". */
export function officeTypeLabelKey(type: Schema<"OfficeType">) {
  return `officeType.${type}` as const;
}
