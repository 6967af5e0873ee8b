import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap } from "../../api/client";
import { counterKeys } from "../../api/counter";
import type { Schema } from "../../api/schemas";

/** Whose opening periods: an office's, a channel's, or a procedure's own (narrower) hours at one place. */
export type HoursOwner =
  | { kind: "office"; id: number }
  | { kind: "channel"; code: string }
  | { kind: "offer"; code: string; placeKey: string };

function ownerKey(owner: HoursOwner): string {
  switch (owner.kind) {
    case "office":
      return `office:${owner.id}`;
    case "channel":
      return `channel:${owner.code}`;
    case "offer":
      return `offer:${owner.code}@${owner.placeKey}`;
  }
}

export const catalogueKeys = {
  periods: (owner: HoursOwner) => ["opening-periods", ownerKey(owner)] as const,
  channelHours: (code: string, from: string, to: string) => ["channel-hours", code, from, to] as const,
  allChannelHours: (code: string) => ["channel-hours", code] as const,
};

/** After a change to the catalogue, everything residents read from it may have changed. */
function invalidatePublicViews(queryClient: ReturnType<typeof useQueryClient>) {
  for (const key of ["procedures", "finder", "availability-matrix", "office-procedures", "procedure-categories"]) {
    void queryClient.invalidateQueries({ queryKey: [key] });
  }
}

export function useProcedureAvailability(code: string) {
  return useQuery({
    queryKey: counterKeys.availability(code),
    queryFn: () => unwrap(api.GET("/api/v1/procedures/{code}/availability", { params: { path: { code } } })),
  });
}

export function useCreateProcedure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"ProcedureInput">) => unwrap(api.POST("/api/v1/procedures", { body: input })),
    onSuccess: (procedure) => {
      invalidatePublicViews(queryClient);
      queryClient.setQueryData(counterKeys.procedure(procedure.code), procedure);
    },
  });
}

export function useUpdateProcedure(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"ProcedureInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/procedures/{code}", { params: { path: { code }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess: (procedure) => {
      invalidatePublicViews(queryClient);
      queryClient.setQueryData(counterKeys.procedure(procedure.code), procedure);
    },
  });
}

/** Replaces where the procedure is offered; guarded by the procedure's version. */
export function useReplaceAvailability(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: Schema<"AvailabilityInput">; version: number }) =>
      unwrap(
        api.PUT("/api/v1/procedures/{code}/availability", {
          params: { path: { code }, header: ifMatch(version) },
          body: input,
        }),
      ),
    onSuccess: () => {
      invalidatePublicViews(queryClient);
      // The answer carries the procedure, but read it again so the next save surely sends the new version.
      void queryClient.invalidateQueries({ queryKey: counterKeys.procedure(code) });
      void queryClient.invalidateQueries({ queryKey: counterKeys.availability(code) });
    },
  });
}

export function useOpeningPeriods(owner: HoursOwner, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.periods(owner),
    enabled,
    queryFn: () => {
      switch (owner.kind) {
        case "office":
          return unwrap(api.GET("/api/v1/offices/{id}/opening-periods", { params: { path: { id: owner.id } } }));
        case "channel":
          return unwrap(api.GET("/api/v1/channels/{code}/opening-periods", { params: { path: { code: owner.code } } }));
        case "offer":
          return unwrap(
            api.GET("/api/v1/procedures/{code}/availability/{placeKey}/opening-periods", {
              params: { path: { code: owner.code, placeKey: owner.placeKey } },
            }),
          );
      }
    },
  });
}

/** A channel's days as residents see them, resolved by the API from its periods. */
export function useChannelHours(code: string, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.channelHours(code, from, to),
    enabled,
    queryFn: () =>
      unwrap(api.GET("/api/v1/channels/{code}/hours", { params: { path: { code }, query: { from, to } } })),
  });
}

function addPeriod(owner: HoursOwner, input: Schema<"OpeningPeriodInput">) {
  switch (owner.kind) {
    case "office":
      return unwrap(
        api.POST("/api/v1/offices/{id}/opening-periods", { params: { path: { id: owner.id } }, body: input }),
      );
    case "channel":
      return unwrap(
        api.POST("/api/v1/channels/{code}/opening-periods", { params: { path: { code: owner.code } }, body: input }),
      );
    case "offer":
      return unwrap(
        api.POST("/api/v1/procedures/{code}/availability/{placeKey}/opening-periods", {
          params: { path: { code: owner.code, placeKey: owner.placeKey } },
          body: input,
        }),
      );
  }
}

/** Adding, changing and deleting the owner's periods; each refreshes the periods and what residents read of them. */
export function usePeriodMutations(owner: HoursOwner) {
  const queryClient = useQueryClient();
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.periods(owner) });
    if (owner.kind === "office") {
      void queryClient.invalidateQueries({ queryKey: counterKeys.allOfficeHours(owner.id) });
      void queryClient.invalidateQueries({ queryKey: counterKeys.openNow(owner.id) });
    }
    if (owner.kind === "channel") {
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.allChannelHours(owner.code) });
    }
    if (owner.kind === "offer") {
      void queryClient.invalidateQueries({ queryKey: counterKeys.availability(owner.code) });
    }
    void queryClient.invalidateQueries({ queryKey: ["finder"] });
  };
  const add = useMutation({
    mutationFn: (input: Schema<"OpeningPeriodInput">) => addPeriod(owner, input),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ id, version, input }: { id: number; version: number; input: Schema<"OpeningPeriodInput"> }) =>
      unwrap(
        api.PUT("/api/v1/opening-periods/{id}", { params: { path: { id }, header: ifMatch(version) }, body: input }),
      ),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE("/api/v1/opening-periods/{id}", { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess,
  });
  return { add, update, remove };
}
