import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap } from "../../api/client";
import { counterKeys } from "../../api/counter";
import type { Schema } from "../../api/schemas";

export const catalogueKeys = {
  periods: (officeId: number) => ["opening-periods", officeId] as const,
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

export function useOpeningPeriods(officeId: number, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.periods(officeId),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{id}/opening-periods", { params: { path: { id: officeId } } })),
  });
}

/** Adding, changing and deleting an office's periods; each refreshes the periods and the resolved hours. */
export function usePeriodMutations(officeId: number) {
  const queryClient = useQueryClient();
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.periods(officeId) });
    void queryClient.invalidateQueries({ queryKey: counterKeys.allOfficeHours(officeId) });
    void queryClient.invalidateQueries({ queryKey: counterKeys.openNow(officeId) });
    void queryClient.invalidateQueries({ queryKey: ["finder"] });
  };
  const add = useMutation({
    mutationFn: (input: Schema<"OpeningPeriodInput">) =>
      unwrap(api.POST("/api/v1/offices/{id}/opening-periods", { params: { path: { id: officeId } }, body: input })),
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
