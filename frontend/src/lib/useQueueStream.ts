import { useEffect, useRef, useState } from "react";
import { api, unwrap } from "../api/client";
import type { Schema } from "../api/schemas";

export type StreamState = "connecting" | "connected" | "reconnecting";

export interface QueueStream {
  /** The latest board: the snapshot sent on connecting, then the board after each event. */
  board: Schema<"OfficeQueue"> | null;
  /** The id of the last event received (the snapshot has none). */
  lastEventId: string | null;
  state: StreamState;
}

/** Backoff of a failed stream: 1 s, 2 s, 4 s … at most 30 s, then from 1 s again once it connects. */
export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

export function queueEventsUrl(officeId: number): string {
  return `${import.meta.env.VITE_API_BASE ?? ""}/api/v1/offices/${officeId}/queue/events`;
}

/**
 * Follows an office's queue over Server-Sent Events. The browser reconnects a dropped stream by itself (sending
 * Last-Event-ID, so missed events are replayed); a stream that failed for good (the server refused it or is down) is
 * opened again with a growing delay, and the board is read again meanwhile so the page never shows a stale one.
 * `onEvent` hears every change (a call, an issue…) but not the snapshot.
 */
export function useQueueStream(
  officeId: number | undefined,
  onEvent?: (event: Schema<"QueueEvent">, board: Schema<"OfficeQueue"> | null) => void,
): QueueStream {
  const [board, setBoard] = useState<Schema<"OfficeQueue"> | null>(null);
  const [lastEventId, setLastEventId] = useState<string | null>(null);
  const [state, setState] = useState<StreamState>("connecting");
  const listener = useRef(onEvent);
  useEffect(() => {
    listener.current = onEvent;
  });

  useEffect(() => {
    if (officeId === undefined || typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;

    const reread = () => {
      unwrap(api.GET("/api/v1/offices/{officeId}/queue", { params: { path: { officeId } } }))
        .then((fresh) => {
          if (!stopped) setBoard((known) => (known && known.lastEventId > fresh.lastEventId ? known : fresh));
        })
        .catch(() => undefined);
    };

    const connect = () => {
      source = new EventSource(queueEventsUrl(officeId));
      source.onopen = () => {
        failures = 0;
        setState("connected");
      };
      source.addEventListener("queue", (message: MessageEvent<string>) => {
        let update: Schema<"QueueUpdate">;
        try {
          update = JSON.parse(message.data) as Schema<"QueueUpdate">;
        } catch {
          return;
        }
        failures = 0;
        setState("connected");
        if (message.lastEventId) setLastEventId(message.lastEventId);
        if (update.board) setBoard(update.board);
        if (update.event) listener.current?.(update.event, update.board ?? null);
      });
      source.onerror = () => {
        if (stopped || !source) return;
        setState("reconnecting");
        // CONNECTING: the browser is reconnecting on its own. CLOSED: it gave up; try again later ourselves.
        if (source.readyState !== EventSource.CLOSED) return;
        source.close();
        source = null;
        const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** failures);
        failures++;
        reread();
        retryTimer = setTimeout(connect, delay);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [officeId]);

  return { board, lastEventId, state };
}
