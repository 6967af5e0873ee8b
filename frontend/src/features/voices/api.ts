import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, ifMatch, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";
import { VOICES_KEY, VOICE_CATEGORIES_KEY } from "../../api/voices";
import type { VoiceApiQuery } from "./voiceFilters";

export const voiceKeys = {
  all: VOICES_KEY,
  categories: VOICE_CATEGORIES_KEY,
  list: (query: VoiceApiQuery, page: number, size: number) => ["voices", "list", query, page, size] as const,
  detail: (id: number) => ["voices", "detail", id] as const,
  personalData: (id: number) => ["voices", "personal-data", id] as const,
  stats: (groupBy: Schema<"GroupBy">, query: VoiceApiQuery) => ["voices", "stats", groupBy, query] as const,
  // under "stats": every write that refreshes the statistics refreshes the analysis too
  analysis: (query: VoiceApiQuery) => ["voices", "stats", "analysis", query] as const,
  publicationCheck: (text: string) => ["voices", "publication-check", text] as const,
};

/** What in a text to be published looks like personal data (nothing is stored: a question, asked by POST). */
export function usePublicationCheck(text: string) {
  return useQuery({
    queryKey: voiceKeys.publicationCheck(text),
    enabled: text.length > 0,
    queryFn: () => unwrap(api.POST("/api/v1/voices/publication-check", { body: { text } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * A photo of a voice, read with the session's token (an <img> cannot send it) for an object URL. Kept out of the
 * voices' key: a photo never changes, and refreshing the voices must not download it again.
 */
export function useVoicePhoto(id: number, photo: Schema<"VoicePhoto">) {
  return useQuery({
    queryKey: ["voice-photos", id, photo.position] as const,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/voices/{id}/photos/{position}", {
          params: { path: { id, position: photo.position } },
          parseAs: "blob",
          headers: { Accept: photo.mediaType },
        }),
      ),
    staleTime: Infinity,
  });
}

/** A page of voices (0-based page), newest first. */
export function useVoices(query: VoiceApiQuery, page: number, size: number) {
  return useQuery({
    queryKey: voiceKeys.list(query, page, size),
    queryFn: () => {
      const params = { query: { ...query, page, size } };
      return unwrap(api.GET("/api/v1/voices", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useVoice(id: number, enabled = true) {
  return useQuery({
    queryKey: voiceKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/voices/{id}", { params: { path: { id } } })),
  });
}

/** Takes a voice in; the Idempotency-Key makes a retried submission count once. */
export function useCreateVoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: Schema<"VoiceInput">; key: ReturnType<typeof idempotencyKey> }) =>
      unwrap(api.POST("/api/v1/voices", { params: { header: key }, body: input })),
    onSuccess: (voice) => {
      queryClient.setQueryData(voiceKeys.detail(voice.id), voice);
      void queryClient.invalidateQueries({ queryKey: ["voices", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["voices", "stats"] });
    },
  });
}

/** One workflow step, with the body its endpoint takes. */
export type VoiceStep =
  | { action: "TRIAGE"; body: Schema<"VoiceTriageInput"> }
  | { action: "ASSIGN"; body: Schema<"VoiceAssignInput"> }
  | { action: "TRANSFER"; body: Schema<"VoiceAssignInput"> }
  | { action: "ANSWER"; body: Schema<"VoiceAnswerInput"> }
  | { action: "CLOSE"; body: Schema<"VoiceCloseInput"> }
  | { action: "PUBLISH"; body: Schema<"VoicePublishInput"> };

function postStep(id: number, version: number, step: VoiceStep) {
  const params = { path: { id }, header: ifMatch(version) };
  switch (step.action) {
    case "TRIAGE":
      return api.POST("/api/v1/voices/{id}/triage", { params, body: step.body });
    case "ASSIGN":
      return api.POST("/api/v1/voices/{id}/assign", { params, body: step.body });
    case "TRANSFER":
      return api.POST("/api/v1/voices/{id}/transfer", { params, body: step.body });
    case "ANSWER":
      return api.POST("/api/v1/voices/{id}/answer", { params, body: step.body });
    case "CLOSE":
      return api.POST("/api/v1/voices/{id}/close", { params, body: step.body });
    case "PUBLISH":
      return api.POST("/api/v1/voices/{id}/publish", { params, body: step.body });
  }
}

/** The people voices can be assigned to (ward staff, HQ staff of a section), with display names. */
export function useVoiceAssignees(enabled = true) {
  return useQuery({
    queryKey: ["voice-assignees"] as const,
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/voices/assignees")),
    staleTime: 10 * 60_000,
  });
}

/**
 * One action on several voices, all or nothing, each guarded by the version the list showed; the Idempotency-Key
 * makes a retried click count once.
 */
export function useBulkVoiceAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: Schema<"VoiceBulkInput">; key: ReturnType<typeof idempotencyKey> }) =>
      unwrap(api.POST("/api/v1/voices/bulk", { params: { header: key }, body: input })),
    onSettled: () => {
      // a refusal may mean the list is out of date (another member of staff was quicker): read it again either way
      void queryClient.invalidateQueries({ queryKey: ["voices", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["voices", "detail"] });
      void queryClient.invalidateQueries({ queryKey: ["voices", "stats"] });
    },
  });
}

/** Moves a voice on, guarded by the version last read (412 when someone else was quicker). */
export function useVoiceStep(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, version }: { step: VoiceStep; version: number }) => unwrap(postStep(id, version, step)),
    onSuccess: (voice) => {
      queryClient.setQueryData(voiceKeys.detail(voice.id), voice);
      void queryClient.invalidateQueries({ queryKey: ["voices", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["voices", "stats"] });
      // Who may read the personal data changes with the assignee.
      queryClient.removeQueries({ queryKey: voiceKeys.personalData(voice.id) });
    },
  });
}

/**
 * The resident's personal data, read only when asked for: every read is recorded in the audit trail, so it is
 * neither read again in the background nor kept once the page is left.
 */
export function useVoicePersonalData(id: number, requested: boolean) {
  return useQuery({
    queryKey: voiceKeys.personalData(id),
    enabled: requested,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    queryFn: () => unwrap(api.GET("/api/v1/voices/{id}/personal-data", { params: { path: { id } } })),
  });
}

/** Every figure of the analysis page (totals, category × month, wards, channels, overdue) in one request. */
export function useVoiceAnalysis(query: VoiceApiQuery) {
  return useQuery({
    queryKey: voiceKeys.analysis(query),
    queryFn: () => unwrap(api.GET("/api/v1/voices/analysis", { params: { query } })),
  });
}

/** The filtered voices as CSV, read with the signed-in user's token (a plain link would carry none). */
export function fetchVoicesCsv(query: VoiceApiQuery): Promise<Blob> {
  return unwrap(
    api.GET("/api/v1/voices/export.csv", { params: { query }, parseAs: "blob", headers: { Accept: "text/csv" } }),
  );
}
