import type { Schema } from "../api/schemas";

/** 区民の声: the API's enums in the order people expect them (as the backend declares them). */
export const VOICE_STATUSES: readonly Schema<"VoiceState">[] = [
  "RECEIVED",
  "TRIAGED",
  "ASSIGNED",
  "ANSWERED",
  "CLOSED",
];
export const VOICE_TYPES: readonly Schema<"VoiceType">[] = [
  "COMPLAINT",
  "REQUEST",
  "PROPOSAL",
  "CONSULTATION",
  "ENQUIRY",
];
export const VOICE_CHANNELS: readonly Schema<"VoiceChannel">[] = [
  "COUNTER",
  "PHONE",
  "LETTER",
  "EMAIL",
  "WEB_FORM",
  "DIALOGUE_MEETING",
];
export const NOT_PUBLISHED_REASONS: readonly Schema<"NotPublishedReason">[] = [
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
