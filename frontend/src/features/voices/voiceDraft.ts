import { optional } from "../../lib/optional";
import type { Schema } from "../../api/schemas";

/** The intake form as typed: every field a string (or the chosen codes) until it is sent. */
export interface VoiceDraft {
  type: Schema<"VoiceType"> | "";
  channel: Schema<"VoiceChannel"> | "";
  categories: string[];
  wardCode: string;
  schoolDistrict: string;
  text: string;
  receivedOn: string;
  location: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  consentToContact: boolean;
}

/** A new intake: ward staff start with their own ward. */
export function emptyVoiceDraft(wardCode = ""): VoiceDraft {
  return {
    type: "",
    channel: "",
    categories: [],
    wardCode,
    schoolDistrict: "",
    text: "",
    receivedOn: "",
    location: "",
    name: "",
    address: "",
    phone: "",
    email: "",
    consentToContact: false,
  };
}

/** Whether any of the resident's details were given (consent alone is no personal data). */
export function hasPersonalData(draft: VoiceDraft): boolean {
  return [draft.name, draft.address, draft.phone, draft.email].some((value) => value.trim() !== "");
}

/**
 * The body for POST /api/v1/voices. An unchosen type or channel is sent as missing, so that the API's field error
 * appears under the field; personal data is only sent when some was given.
 */
export function toVoiceInput(draft: VoiceDraft): Schema<"VoiceInput"> {
  return {
    type: (draft.type || undefined) as Schema<"VoiceType">,
    channel: (draft.channel || undefined) as Schema<"VoiceChannel">,
    categories: draft.categories,
    wardCode: optional(draft.wardCode),
    schoolDistrict: optional(draft.schoolDistrict),
    text: draft.text.trim(),
    receivedOn: optional(draft.receivedOn),
    location: optional(draft.location),
    personalData: hasPersonalData(draft)
      ? {
          name: optional(draft.name),
          address: optional(draft.address),
          phone: optional(draft.phone),
          email: optional(draft.email),
          consentToContact: draft.consentToContact,
        }
      : undefined,
  };
}

/**
 * Who a voice is assigned to, as the history writes it: "ward:431010", "section:road-maintenance" or, for a person
 * (担当者), "staff:chuo".
 */
export type Assignee = { kind: "ward" | "section" | "staff"; code: string };

export function parseAssignee(value: string | null | undefined): Assignee | undefined {
  const match = /^(ward|section|staff):(.+)$/.exec(value ?? "");
  return match ? { kind: match[1] as Assignee["kind"], code: match[2] } : undefined;
}

/** The body for assigning or transferring: a ward, an HQ section or a person, exactly one. */
export function toAssignInput(target: Assignee | undefined, note: string): Schema<"VoiceAssignInput"> {
  return {
    wardCode: target?.kind === "ward" ? target.code : undefined,
    sectionCode: target?.kind === "section" ? target.code : undefined,
    staffUsername: target?.kind === "staff" ? target.code : undefined,
    note: optional(note),
  };
}

/** Who handles a voice now, in the history's words: the person when there is one, else the ward or section. */
export function currentAssignee(voice: {
  assignedWardCode?: string | null;
  assignedSectionCode?: string | null;
  assignedStaff?: string | null;
}): string | undefined {
  if (voice.assignedStaff) return `staff:${voice.assignedStaff}`;
  if (voice.assignedWardCode) return `ward:${voice.assignedWardCode}`;
  return voice.assignedSectionCode ? `section:${voice.assignedSectionCode}` : undefined;
}

/** The API's error for a field, or for one of its items ("categories[0]"). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([name]) => name.startsWith(`${field}[`))?.[1];
}
