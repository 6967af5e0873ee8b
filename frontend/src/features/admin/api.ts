import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, idempotencyKey, ifMatch, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

/* ---- staff accounts (職員アカウント) ---- */

export interface StaffApiQuery {
  q?: string;
  role?: Schema<"Role">;
  ward?: string;
  active?: boolean;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

export const staffKeys = {
  all: ["admin", "staff"] as const,
  lists: ["admin", "staff", "list"] as const,
  list: (query: StaffApiQuery) => ["admin", "staff", "list", query] as const,
  detail: (id: number) => ["admin", "staff", "detail", id] as const,
};

export function useStaffAccounts(query: StaffApiQuery) {
  return useQuery({
    queryKey: staffKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/staff", { params: { query } })),
  });
}

export function useStaffAccount(id: number, enabled = true) {
  return useQuery({
    queryKey: staffKeys.detail(id),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/staff/{id}", { params: { path: { id } } })),
  });
}

/** After any change to an account: the account as answered, the lists and the audit trail read again. */
function useAccountChanged() {
  const queryClient = useQueryClient();
  return (account: Schema<"StaffAccount">) => {
    queryClient.setQueryData(staffKeys.detail(account.id), account);
    void queryClient.invalidateQueries({ queryKey: staffKeys.lists });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateStaffAccount() {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: (input: Schema<"StaffInput">) => unwrap(api.POST("/api/v1/staff", { body: input })),
    onSuccess: changed,
  });
}

/** Replaces an account (role, affiliation, name, active), guarded by the version last read. */
export function useUpdateStaffAccount(id: number) {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"StaffInput">; version: number }) =>
      unwrap(api.PUT("/api/v1/staff/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input })),
    onSuccess: changed,
  });
}

export function useUnlockStaffAccount(id: number) {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/staff/{id}/unlock", { params: { path: { id } } })),
    onSuccess: changed,
  });
}

/** A temporary password made by the server, in this answer only; the owner must change it at the next sign-in. */
export function useResetStaffPassword(id: number) {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST("/api/v1/staff/{id}/reset-password", { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: (reset) => changed(reset.account),
  });
}

/* ---- partner and device clients (連携システム・端末) ---- */

export const clientKeys = {
  all: ["admin", "partner-clients"] as const,
  list: (page: number) => ["admin", "partner-clients", "list", page] as const,
};

export function usePartnerClients(page: number, size: number) {
  return useQuery({
    queryKey: clientKeys.list(page),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/partner-clients", { params: { query: { page, size } } })),
  });
}

function useClientChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: clientKeys.all });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  };
}

/** Registers a client; the answer carries its secret, shown once. */
export function useRegisterPartnerClient() {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: (input: Schema<"PartnerClientInput">) =>
      unwrap(api.POST("/api/v1/partner-clients", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useRotatePartnerClientSecret() {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: ({ clientId, version }: { clientId: string; version: number }) =>
      unwrap(
        api.POST("/api/v1/partner-clients/{clientId}/rotate-secret", {
          params: { path: { clientId }, header: ifMatch(version) },
        }),
      ),
    onSuccess: changed,
  });
}

export function useRevokePartnerClient() {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: ({ clientId, version }: { clientId: string; version: number }) =>
      unwrap(
        api.POST("/api/v1/partner-clients/{clientId}/revoke", {
          params: { path: { clientId }, header: ifMatch(version) },
        }),
      ),
    onSuccess: changed,
  });
}

/* ---- the audit trail (監査記録) ---- */

export interface AuditApiQuery {
  actor?: string;
  entity?: string;
  id?: string;
  action?: string;
  from?: string;
  to?: string;
  personalDataReads?: boolean;
}

export const auditKeys = {
  all: ["admin", "audit"] as const,
  list: (query: AuditApiQuery, page: number) => ["admin", "audit", query, page] as const,
};

export function useAuditTrail(query: AuditApiQuery, page: number, size: number) {
  return useQuery({
    queryKey: auditKeys.list(query, page),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/audit", { params: { query: { ...query, page, size } } })),
  });
}

/** The filtered trail as CSV, read with the signed-in user's token (a plain link would carry none). */
export function fetchAuditCsv(query: AuditApiQuery): Promise<Blob> {
  return unwrap(
    api.GET("/api/v1/audit/export.csv", { params: { query }, parseAs: "blob", headers: { Accept: "text/csv" } }),
  );
}

/* ---- the organization registry (施設, 局と課) ---- */

/** After a change to the registry: its readers (the directory, the wards, the bureaus) and the audit trail. */
function useRegistryChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["offices"] });
    void queryClient.invalidateQueries({ queryKey: ["wards"] });
    void queryClient.invalidateQueries({ queryKey: ["bureaus"] });
    void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateOffice() {
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: (input: Schema<"OfficeInput">) =>
      unwrap(api.POST("/api/v1/offices", { params: { header: idempotencyKey() }, body: input })),
    onSuccess: changed,
  });
}

export function useUpdateOffice(id: number) {
  const queryClient = useQueryClient();
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"OfficeInput">; version: number }) =>
      unwrap(api.PUT("/api/v1/offices/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input })),
    onSuccess: (office) => {
      // the next save must send the new version at once, before the lists are read again
      queryClient.setQueryData(["offices", "detail", id], office);
      changed();
    },
  });
}

export function useBureau(code: string, enabled = true) {
  return useQuery({
    queryKey: ["bureaus", "detail", code],
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/bureaus/{code}", { params: { path: { code } } })),
  });
}

export function useCreateBureau() {
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: (input: Schema<"BureauInput">) => unwrap(api.POST("/api/v1/bureaus", { body: input })),
    onSuccess: changed,
  });
}

export function useUpdateBureau(code: string) {
  const queryClient = useQueryClient();
  const changed = useRegistryChanged();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"BureauInput">; version: number }) =>
      unwrap(api.PUT("/api/v1/bureaus/{code}", { params: { path: { code }, header: ifMatch(version) }, body: input })),
    onSuccess: (bureau) => {
      queryClient.setQueryData(["bureaus", "detail", code], bureau);
      changed();
    },
  });
}
