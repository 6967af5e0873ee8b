import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, ifMatch, unwrap } from "../../api/client";
import type { operations } from "../../api/schema";
import type { Schema } from "../../api/schemas";

export interface GroupQuery {
  q?: string;
  ward?: string;
  type?: Schema<"CommunityGroupType">;
  schoolDistrict?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export interface ProgramQuery {
  ward?: string;
  fiscalYear?: number;
  page: number;
  size: number;
}

export interface ApplicationQuery {
  status?: Schema<"SupportApplicationStatus">;
  page: number;
  size: number;
}

/** How the grant figures may be grouped, as the contract lists them. */
export type GrantGrouping = NonNullable<NonNullable<operations["getGrantStats"]["parameters"]["query"]>["groupBy"]>;

export interface GrantStatsQuery {
  groupBy: GrantGrouping;
  fiscalYear?: number;
}

export const communityKeys = {
  groups: ["community", "groups"] as const,
  groupList: (query: GroupQuery) => ["community", "groups", "list", query] as const,
  group: (id: number) => ["community", "groups", "detail", id] as const,
  programs: ["community", "programs"] as const,
  programList: (query: ProgramQuery) => ["community", "programs", "list", query] as const,
  program: (id: number) => ["community", "programs", "detail", id] as const,
  programApplications: (id: number, query: ApplicationQuery) =>
    ["community", "programs", "applications", id, query] as const,
  application: (id: number) => ["community", "applications", id] as const,
  stats: (query: GrantStatsQuery) => ["community", "grants", query] as const,
};

export function useGroups(query: GroupQuery) {
  return useQuery({
    queryKey: communityKeys.groupList(query),
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/community/groups", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: number, enabled = true) {
  return useQuery({
    queryKey: communityKeys.group(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/groups/{id}", { params: { path: { id } } })),
  });
}

/**
 * The representative's contact is personal data and each read is audited: it is read only when someone asks to see
 * it (a mutation, so that nothing reads it again by itself), and kept nowhere but on the page that asked.
 */
export function useReadContact(id: number) {
  return useMutation({
    mutationFn: () => unwrap(api.GET("/api/v1/community/groups/{id}/contact", { params: { path: { id } } })),
  });
}

function useGroupsChanged() {
  const queryClient = useQueryClient();
  return (group: Schema<"CommunityGroup">) => {
    queryClient.setQueryData(communityKeys.group(group.id), group);
    void queryClient.invalidateQueries({ queryKey: [...communityKeys.groups, "list"] });
  };
}

export function useCreateGroup() {
  const changed = useGroupsChanged();
  return useMutation({
    mutationFn: (input: Schema<"CommunityGroupInput">) =>
      unwrap(api.POST("/api/v1/community/groups", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useUpdateGroup(id: number) {
  const changed = useGroupsChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"CommunityGroupInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/community/groups/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess: changed,
  });
}

export function usePrograms(query: ProgramQuery) {
  return useQuery({
    queryKey: communityKeys.programList(query),
    queryFn: () => unwrap(api.GET("/api/v1/community/programs", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: number, enabled = true) {
  return useQuery({
    queryKey: communityKeys.program(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/programs/{id}", { params: { path: { id } } })),
  });
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"SupportProgramInput">) =>
      unwrap(api.POST("/api/v1/community/programs", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: (program) => {
      queryClient.setQueryData(communityKeys.program(program.id), program);
      void queryClient.invalidateQueries({ queryKey: communityKeys.programs });
      void queryClient.invalidateQueries({ queryKey: ["community", "grants"] });
    },
  });
}

export function useProgramApplications(id: number, query: ApplicationQuery, enabled = true) {
  return useQuery({
    queryKey: communityKeys.programApplications(id, query),
    enabled,
    queryFn: () => {
      const params = { path: { id }, query };
      return unwrap(api.GET("/api/v1/community/programs/{id}/applications", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: number, enabled = true) {
  return useQuery({
    queryKey: communityKeys.application(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/community/applications/{id}", { params: { path: { id } } })),
  });
}

/** An application changed: its page shows the answer; its programme (budget), lists and figures are read again. */
function useApplicationChanged() {
  const queryClient = useQueryClient();
  return (application: Schema<"SupportApplication">) => {
    queryClient.setQueryData(communityKeys.application(application.id), application);
    void queryClient.invalidateQueries({ queryKey: communityKeys.programs });
    void queryClient.invalidateQueries({ queryKey: ["community", "grants"] });
  };
}

export function useRecordApplication(programId: number) {
  const changed = useApplicationChanged();
  return useMutation({
    mutationFn: (input: Schema<"SupportApplicationInput">) =>
      unwrap(
        api.POST("/api/v1/community/programs/{id}/applications", {
          params: { path: { id: programId }, header: idempotencyKey() },
          body: input,
        }),
      ),
    onSuccess: changed,
  });
}

/** One step of the workflow, with the body it needs. */
export type ApplicationStep =
  | { action: "SUBMIT" | "REVIEW"; note?: string }
  | { action: "GRANT"; input: Schema<"SupportGrantInput"> }
  | { action: "DECLINE"; reason: string }
  | { action: "REPORT"; input: Schema<"SupportReportInput"> }
  | { action: "SETTLE"; input: Schema<"SupportSettleInput"> };

export function useApplicationStep(id: number) {
  const changed = useApplicationChanged();
  return useMutation({
    mutationFn: ({ step, version }: { step: ApplicationStep; version: number }) => {
      const params = { path: { id }, header: ifMatch(version) };
      const call = (() => {
        switch (step.action) {
          case "SUBMIT":
            return api.POST("/api/v1/community/applications/{id}/submit", { params, body: { note: step.note } });
          case "REVIEW":
            return api.POST("/api/v1/community/applications/{id}/review", { params, body: { note: step.note } });
          case "GRANT":
            return api.POST("/api/v1/community/applications/{id}/grant", { params, body: step.input });
          case "DECLINE":
            return api.POST("/api/v1/community/applications/{id}/decline", { params, body: { reason: step.reason } });
          case "REPORT":
            return api.POST("/api/v1/community/applications/{id}/report", { params, body: step.input });
          case "SETTLE":
            return api.POST("/api/v1/community/applications/{id}/settle", { params, body: step.input });
        }
      })();
      return unwrap(call);
    },
    onSuccess: changed,
  });
}

export function useGrantStats(query: GrantStatsQuery) {
  return useQuery({
    queryKey: communityKeys.stats(query),
    queryFn: () => {
      const params = { query };
      return unwrap(api.GET("/api/v1/community/grants/stats", { params }));
    },
    placeholderData: keepPreviousData,
  });
}

/** The applications as CSV, fetched with the signed-in user's token (a plain link would carry none). */
export function fetchGrantsCsv(fiscalYear: number | undefined): Promise<Blob> {
  return unwrap(
    api.GET("/api/v1/community/grants/export.csv", {
      params: { query: { fiscalYear } },
      parseAs: "blob",
      headers: { Accept: "text/csv" },
    }),
  );
}
