import type { components } from "../../api/schema";
import type { WithRequired } from "../../api/types";

type Schemas = components["schemas"];

/** 区民の声: the API's bodies, with the properties its contract guarantees marked present. */
export type VoiceStatus = Schemas["VoiceState"];
export type VoiceType = Schemas["VoiceType"];
export type VoiceChannel = Schemas["VoiceChannel"];
export type VoiceAction = NonNullable<Schemas["Voice"]["actions"]>[number];
export type Publication = Schemas["Publication"];
export type NotPublishedReason = Schemas["NotPublishedReason"];
export type StatsGroupBy = Schemas["GroupBy"];

export type VoiceCategory = WithRequired<Schemas["VoiceCategory"], "code" | "nameJa" | "nameEn">;
export type VoiceHistoryEntry = WithRequired<
  Schemas["VoiceHistoryEntry"],
  "occurredAt" | "actor" | "action" | "toStatus"
>;
export type VoicePublication = WithRequired<Schemas["VoicePublication"], "status">;
export type Voice = Omit<
  WithRequired<
    Schemas["Voice"],
    | "id"
    | "reference"
    | "channel"
    | "type"
    | "categories"
    | "text"
    | "receivedOn"
    | "dueOn"
    | "overdue"
    | "status"
    | "hasPersonalData"
    | "canReadPersonalData"
    | "actions"
    | "version"
  >,
  "history" | "publication"
> & { history: VoiceHistoryEntry[]; publication: VoicePublication };
export type VoiceSummary = WithRequired<
  Schemas["VoiceSummary"],
  "id" | "reference" | "channel" | "type" | "categories" | "receivedOn" | "dueOn" | "overdue" | "status"
>;
export type VoicePage = Omit<WithRequired<Schemas["VoicePage"], "page" | "size" | "total">, "items"> & {
  items: VoiceSummary[];
};
export type VoicePersonalData = WithRequired<
  Schemas["VoicePersonalData"],
  "voiceId" | "reference" | "consentToContact"
>;
export type VoiceStatsBucket = WithRequired<Schemas["VoiceStatsBucket"], "key" | "labelJa" | "labelEn" | "count">;
export type VoiceStats = Omit<WithRequired<Schemas["VoiceStats"], "total">, "buckets"> & {
  buckets: VoiceStatsBucket[];
};

export type VoiceInput = Schemas["VoiceInput"];
export type VoiceTriageInput = Schemas["VoiceTriageInput"];
export type VoiceAssignInput = Schemas["VoiceAssignInput"];
export type VoiceAnswerInput = Schemas["VoiceAnswerInput"];
export type VoiceCloseInput = Schemas["VoiceCloseInput"];
export type VoicePublishInput = Schemas["VoicePublishInput"];

export const VOICE_STATUSES: readonly VoiceStatus[] = ["RECEIVED", "TRIAGED", "ASSIGNED", "ANSWERED", "CLOSED"];
export const VOICE_TYPES: readonly VoiceType[] = ["COMPLAINT", "REQUEST", "PROPOSAL", "CONSULTATION", "ENQUIRY"];
export const VOICE_CHANNELS: readonly VoiceChannel[] = [
  "COUNTER",
  "PHONE",
  "LETTER",
  "EMAIL",
  "WEB_FORM",
  "DIALOGUE_MEETING",
];
export const NOT_PUBLISHED_REASONS: readonly NotPublishedReason[] = [
  "PERSONAL_INFORMATION",
  "UNDER_LITIGATION",
  "DUPLICATE",
  "NO_CONSENT",
  "OTHER",
];

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => values.includes(value as T);
}

export const isVoiceStatus = oneOf(VOICE_STATUSES);
export const isVoiceType = oneOf(VOICE_TYPES);
export const isVoiceChannel = oneOf(VOICE_CHANNELS);
export const isNotPublishedReason = oneOf(NOT_PUBLISHED_REASONS);
