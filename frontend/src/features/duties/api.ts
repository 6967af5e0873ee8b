import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

export interface DutyQuery {
  /** Free text; width, kana and spacing do not matter to the API. */
  q?: string;
  side?: Schema<"DutySide">;
  reason?: Schema<"DutyReason">;
  /** The contact section's code. */
  section?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export const dutyKeys = {
  all: ["duties"] as const,
  lists: ["duties", "list"] as const,
  list: (query: DutyQuery) => ["duties", "list", query] as const,
  detail: (id: number) => ["duties", "detail", id] as const,
  history: (id: number) => ["duties", "history", id] as const,
};

export function useDuties(query: DutyQuery) {
  return useQuery({
    queryKey: dutyKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/duties", { params }));
    },
  });
}

export function useDuty(id: number, enabled = true) {
  return useQuery({
    queryKey: dutyKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/duties/{id}", { params: { path: { id } } })),
  });
}

/** Who changed what and when, newest first. */
export function useDutyHistory(id: number, enabled = true) {
  return useQuery({
    queryKey: dutyKeys.history(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/duties/{id}/history", { params: { path: { id } } })),
  });
}

export function useCreateDuty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"DutyInput">) => unwrap(api.POST("/api/v1/duties", { body: input })),
    onSuccess: (duty) => {
      queryClient.setQueryData(dutyKeys.detail(duty.id), duty);
      void queryClient.invalidateQueries({ queryKey: dutyKeys.lists });
    },
  });
}

/** Replaces a duty, guarded by the version last read. */
export function useUpdateDuty(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"DutyInput">; version: number }) =>
      unwrap(api.PUT("/api/v1/duties/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input })),
    onSuccess: (duty) => {
      queryClient.setQueryData(dutyKeys.detail(duty.id), duty);
      void queryClient.invalidateQueries({ queryKey: dutyKeys.lists });
      void queryClient.invalidateQueries({ queryKey: dutyKeys.history(id) });
    },
  });
}
