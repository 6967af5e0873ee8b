import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";

/** Every cached voice query lives under this key, so a feature that records voices can refresh them all. */
export const VOICES_KEY = ["voices"] as const;
export const VOICE_CATEGORIES_KEY = ["voices", "categories"] as const;

/** The categories are data kept by migration: they hardly change during a session. */
const CATEGORIES_STALE_MS = 10 * 60_000;

export function useVoiceCategories() {
  return useQuery({
    queryKey: VOICE_CATEGORIES_KEY,
    queryFn: () => unwrap(api.GET("/api/v1/voices/categories")),
    staleTime: CATEGORIES_STALE_MS,
  });
}

/** The categories as the public pages read them (no sign-in): the published voices' filter and the resident's form. */
export function usePublicVoiceCategories() {
  return useQuery({
    queryKey: ["public-voices", "categories"] as const,
    queryFn: () => unwrap(api.GET("/api/v1/public/voice-categories")),
    staleTime: CATEGORIES_STALE_MS,
  });
}

/**
 * Voices found by free text (reference number, content, school district, place), as the voice list searches: full
 * and half width, katakana and hiragana alike. For pickers in other features; nothing is asked for an empty text.
 */
export function useVoiceSearch(text: string, size = 10) {
  return useQuery({
    queryKey: [...VOICES_KEY, "search", text, size] as const,
    enabled: text !== "",
    queryFn: () => unwrap(api.GET("/api/v1/voices", { params: { query: { q: text, page: 0, size } } })),
    placeholderData: keepPreviousData,
  });
}
