import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, ifMatch, unwrap } from "./client";
import type { Schema } from "./schemas";

export interface ConsultationQuery {
  /** Open for answers (true), past the deadline (false), or both. */
  open?: boolean;
  /** Only those this ward (a ward code) has not answered yet. */
  unansweredBy?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export const consultationKeys = {
  all: ["consultations"] as const,
  lists: ["consultations", "list"] as const,
  list: (query: ConsultationQuery) => ["consultations", "list", query] as const,
  detail: (id: number) => ["consultations", "detail", id] as const,
};

export function useConsultations(query: ConsultationQuery) {
  return useQuery({
    queryKey: consultationKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: () => {
      const params = {
        query: {
          open: query.open,
          unansweredBy: query.unansweredBy,
          page: query.page,
          size: query.size,
        },
      };
      return unwrap(api.GET("/api/v1/consultations", { params }));
    },
  });
}

export function useConsultation(id: number, enabled = true) {
  return useQuery({
    queryKey: consultationKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/consultations/{id}", { params: { path: { id } } })),
  });
}

/** HQ opens a consultation; a retried request is applied once (Idempotency-Key). */
export function useOpenConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"ConsultationInput">) =>
      unwrap(api.POST("/api/v1/consultations", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: (consultation) => {
      queryClient.setQueryData(consultationKeys.detail(consultation.id), consultation);
      void queryClient.invalidateQueries({ queryKey: consultationKeys.lists });
    },
  });
}

/**
 * The caller's ward answers. The first answer goes without If-Match; answering again replaces the earlier answer and
 * must name the version of the answer it replaces.
 */
export function useAnswerConsultation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, replacing }: { input: Schema<"ConsultationResponseInput">; replacing?: number }) =>
      unwrap(
        api.POST("/api/v1/consultations/{id}/responses", {
          params: { path: { id }, header: replacing === undefined ? {} : ifMatch(replacing) },
          body: input,
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}

export function useReportOnConsultation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"ConsultationReportInput">) =>
      unwrap(
        api.POST("/api/v1/consultations/{id}/reports", {
          params: { path: { id }, header: idempotencyKey() },
          body: input,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}
