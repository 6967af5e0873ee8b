import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

export interface FaqQuery {
  q?: string;
  procedure?: string;
  audience?: Schema<"FaqAudience">;
  /** Staff only: entries in the workflow. */
  state?: Schema<"FaqState">;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

/** The transitions of the workflow that are their own endpoint. */
export type FaqTransition = "submit" | "approve" | "reject";

export const faqKeys = {
  all: ["faqs"] as const,
  list: (query: FaqQuery) => ["faqs", "list", query] as const,
  detail: (id: number) => ["faqs", "detail", id] as const,
};

export function useFaqs(query: FaqQuery) {
  return useQuery({
    queryKey: faqKeys.list(query),
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/faqs", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useFaq(id: number, enabled = true) {
  return useQuery({
    queryKey: faqKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/faqs/{id}", { params: { path: { id } } })),
  });
}

/** Creates an entry as a draft (201 with the entry). */
export function useDraftFaq() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"FaqInput">) => unwrap(api.POST("/api/v1/faqs", { body: input })),
    onSuccess: (faq) => {
      queryClient.setQueryData(faqKeys.detail(faq.id), faq);
      void queryClient.invalidateQueries({ queryKey: ["faqs", "list"] });
    },
  });
}

/** Writes a new revision of an entry, guarded by the version last read. */
export function useEditFaq(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"FaqInput">; version: number }) =>
      unwrap(api.PUT("/api/v1/faqs/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input })),
    onSuccess: (faq) => {
      queryClient.setQueryData(faqKeys.detail(faq.id), faq);
      void queryClient.invalidateQueries({ queryKey: ["faqs", "list"] });
    },
  });
}

export function useFaqTransition(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transition, version }: { transition: FaqTransition; version: number }) => {
      const params = { params: { path: { id }, header: ifMatch(version) } };
      const call =
        transition === "submit"
          ? api.POST("/api/v1/faqs/{id}/submit", params)
          : transition === "approve"
            ? api.POST("/api/v1/faqs/{id}/approve", params)
            : api.POST("/api/v1/faqs/{id}/reject", params);
      return unwrap(call);
    },
    onSuccess: (faq) => {
      queryClient.setQueryData(faqKeys.detail(faq.id), faq);
      void queryClient.invalidateQueries({ queryKey: ["faqs", "list"] });
    },
  });
}
