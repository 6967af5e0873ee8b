import type { Schema } from "../../api/schemas";
import { optional } from "../../lib/optional";

/** The text fields of an office as its form holds them (公共施設一覧's columns), all as typed. */
export const OFFICE_TEXT_FIELDS = [
  "nameJa",
  "nameKana",
  "nameEn",
  "nameCommon",
  "poiCode",
  "postalCode",
  "address",
  "building",
  "latitude",
  "longitude",
  "phone",
  "extension",
  "email",
  "url",
  "accessibility",
  "notes",
] as const;

export type OfficeTextField = (typeof OFFICE_TEXT_FIELDS)[number];

export type OfficeDraft = Record<OfficeTextField, string> & {
  type: Schema<"OfficeType"> | "";
  wardCode: string;
  closedOnHolidays: boolean;
  closedYearEnd: boolean;
};

export function emptyOfficeDraft(): OfficeDraft {
  const texts = Object.fromEntries(OFFICE_TEXT_FIELDS.map((field) => [field, ""])) as Record<OfficeTextField, string>;
  return { ...texts, type: "", wardCode: "", closedOnHolidays: true, closedYearEnd: true };
}

export function officeDraftOf(office: Schema<"Office">): OfficeDraft {
  const text = (value: string | number | null | undefined) => (value == null ? "" : String(value));
  return {
    type: office.type,
    wardCode: office.wardCode,
    nameJa: office.nameJa,
    nameKana: office.nameKana,
    nameEn: office.nameEn,
    nameCommon: text(office.nameCommon),
    poiCode: text(office.poiCode),
    postalCode: text(office.postalCode),
    address: office.address,
    building: text(office.building),
    latitude: text(office.latitude),
    longitude: text(office.longitude),
    phone: text(office.phone),
    extension: text(office.extension),
    email: text(office.email),
    url: text(office.url),
    accessibility: text(office.accessibility),
    notes: text(office.notes),
    closedOnHolidays: office.closedOnHolidays,
    closedYearEnd: office.closedYearEnd,
  };
}

/** A coordinate as typed: blank is none; anything else goes as a number (or as typed, for the API to refuse). */
function coordinate(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return Number(trimmed);
}

/** The body the API takes: blank optional fields are left out (the POI code then defaults by type). */
export function toOfficeInput(draft: OfficeDraft): Schema<"OfficeInput"> {
  return {
    type: draft.type as Schema<"OfficeType">,
    wardCode: draft.wardCode,
    nameJa: draft.nameJa.trim(),
    nameKana: draft.nameKana.trim(),
    nameEn: draft.nameEn.trim(),
    nameCommon: optional(draft.nameCommon),
    poiCode: optional(draft.poiCode),
    postalCode: optional(draft.postalCode),
    address: draft.address.trim(),
    building: optional(draft.building),
    latitude: coordinate(draft.latitude),
    longitude: coordinate(draft.longitude),
    phone: optional(draft.phone),
    extension: optional(draft.extension),
    email: optional(draft.email),
    url: optional(draft.url),
    accessibility: optional(draft.accessibility),
    notes: optional(draft.notes),
    closedOnHolidays: draft.closedOnHolidays,
    closedYearEnd: draft.closedYearEnd,
  };
}
