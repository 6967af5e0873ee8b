import type { components } from "../../api/schema";

type Schemas = components["schemas"];

/** 区民の声: the API's bodies, as generated. */
export type VoiceStatus = Schemas["VoiceState"];
export type VoiceType = Schemas["VoiceType"];
export type VoiceChannel = Schemas["VoiceChannel"];
export type VoiceAction = NonNullable<Schemas["Voice"]["actions"]>[number];
export type Publication = Schemas["Publication"];
export type NotPublishedReason = Schemas["NotPublishedReason"];
export type StatsGroupBy = Schemas["GroupBy"];

export type VoiceCategory = Schemas["VoiceCategory"];
export type VoiceHistoryEntry = Schemas["VoiceHistoryEntry"];
export type VoicePublication = Schemas["VoicePublication"];
export type Voice = Schemas["Voice"];
export type VoiceSummary = Schemas["VoiceSummary"];
export type VoicePage = Schemas["VoicePage"];
export type VoicePersonalData = Schemas["VoicePersonalData"];
export type VoiceStatsBucket = Schemas["VoiceStatsBucket"];
export type VoiceStats = Schemas["VoiceStats"];

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
