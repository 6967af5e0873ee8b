import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, deviceApi, idempotencyKey, ifMatch, unwrap } from "./client";
import type { Schema } from "./schemas";

export type Ticket = Schema<"Ticket">;
export type OfficeQueue = Schema<"OfficeQueue">;
export type Floor = Schema<"Floor">;

export const floorKeys = {
  floor: (officeId: number) => ["floor", officeId] as const,
  queue: (officeId: number) => ["queue", officeId] as const,
  queues: (ward: string) => ["queue", "all", ward] as const,
  tickets: (officeId: number) => ["tickets", officeId] as const,
};

/** An office's windows and lanes (public). */
export function useFloor(officeId: number | undefined) {
  return useQuery({
    queryKey: floorKeys.floor(officeId ?? 0),
    enabled: officeId !== undefined,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{officeId}/floor", { params: { path: { officeId: officeId! } } })),
  });
}

/** An office's waiting board (public). */
export function useOfficeQueue(officeId: number | undefined) {
  return useQuery({
    queryKey: floorKeys.queue(officeId ?? 0),
    enabled: officeId !== undefined,
    queryFn: () => unwrap(api.GET("/api/v1/offices/{officeId}/queue", { params: { path: { officeId: officeId! } } })),
  });
}

/** How often the list of every office's board is read again (the API keeps each board up to 10 s). */
export const QUEUES_REFRESH_MS = 15_000;

/** Every office's board, or one ward's (public), read again every 15 seconds. */
export function useQueues(ward: string, enabled = true) {
  return useQuery({
    queryKey: floorKeys.queues(ward),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/queue", { params: { query: ward ? { ward } : {} } })),
    refetchInterval: QUEUES_REFRESH_MS,
  });
}

export interface TicketQuery {
  state?: Schema<"TicketState">;
  window?: number;
}

/** Today's tickets of an office in calling order (ward staff and floor managers), at most 100. */
export function useTickets(officeId: number | undefined, query: TicketQuery, enabled = true) {
  return useQuery({
    queryKey: [...floorKeys.tickets(officeId ?? 0), query],
    enabled: enabled && officeId !== undefined,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/offices/{officeId}/tickets", {
          params: { path: { officeId: officeId! }, query: { ...query, size: 100 } },
        }),
      ),
  });
}

/** Issues a ticket as a member of staff (floor manager or ward staff). */
export function useIssueTicket(officeId: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schema<"TicketInput">) =>
      unwrap(
        api.POST("/api/v1/offices/{officeId}/tickets", {
          params: { path: { officeId: officeId! }, header: idempotencyKey() },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: floorKeys.tickets(officeId ?? 0) }),
  });
}

/** Issues a ticket as the kiosk (the device's own client token). */
export function useKioskIssue(officeId: number) {
  return useMutation({
    mutationFn: (input: Schema<"TicketInput">) =>
      unwrap(
        deviceApi.POST("/api/v1/offices/{officeId}/tickets", {
          params: { path: { officeId }, header: idempotencyKey() },
          body: input,
        }),
      ),
  });
}

/** What a member of staff does to a ticket, as the API names it in the path. */
export type TicketStep = "recall" | "start" | "no-show" | "cancel";

export interface TicketCommand {
  ticket: Ticket;
  step: TicketStep | "finish" | "transfer";
  procedures?: string[];
  laneId?: number;
}

/** Runs one step of a ticket with If-Match on the version read; the office's tickets are read again afterwards. */
export function useTicketCommand(officeId: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ticket, step, procedures, laneId }: TicketCommand) => {
      const params = { path: { id: ticket.id }, header: ifMatch(ticket.version) };
      switch (step) {
        case "finish":
          return unwrap(api.POST("/api/v1/tickets/{id}/finish", { params, body: { procedures: procedures ?? [] } }));
        case "transfer":
          return unwrap(api.POST("/api/v1/tickets/{id}/transfer", { params, body: { laneId: laneId! } }));
        case "recall":
          return unwrap(api.POST("/api/v1/tickets/{id}/recall", { params }));
        case "start":
          return unwrap(api.POST("/api/v1/tickets/{id}/start", { params }));
        case "no-show":
          return unwrap(api.POST("/api/v1/tickets/{id}/no-show", { params }));
        case "cancel":
          return unwrap(api.POST("/api/v1/tickets/{id}/cancel", { params }));
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: floorKeys.tickets(officeId ?? 0) }),
  });
}

/** Calls the next visitor to a window; answers undefined when nobody is waiting (204). */
export function useCallNext(officeId: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (window: number) =>
      unwrap(
        api.POST("/api/v1/offices/{officeId}/windows/{number}/call-next", {
          params: { path: { officeId: officeId!, number: window } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: floorKeys.tickets(officeId ?? 0) }),
  });
}

/** Opens or closes a window (If-Match on the window's version); the floor is read again afterwards. */
export function useWindowSwitch(officeId: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ window, open }: { window: Schema<"CounterWindow">; open: boolean }) => {
      const params = { path: { officeId: officeId!, number: window.number }, header: ifMatch(window.version) };
      return open
        ? unwrap(api.POST("/api/v1/offices/{officeId}/windows/{number}/open", { params }))
        : unwrap(api.POST("/api/v1/offices/{officeId}/windows/{number}/close", { params }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: floorKeys.floor(officeId ?? 0) }),
  });
}

/** Whether an error means someone else changed the record first (stale If-Match or a state that moved on). */
export function isConflict(error: unknown): boolean {
  return typeof error === "object" && error !== null && [409, 412].includes((error as { status?: number }).status ?? 0);
}
