import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockEventSource } from "../test/fakeEventSource";
import { json, mockFetch } from "../test/fetchMock";
import { board } from "../test/floorFixtures";
import { useQueueStream } from "./useQueueStream";

const called = {
  id: 41,
  officeId: 1,
  kind: "CALLED" as const,
  label: "A-012",
  laneId: 11,
  window: 3,
  occurredAt: "2027-01-13T01:00:00Z",
};

describe("useQueueStream", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps the snapshot, then each event's board and id, and tells of each event", () => {
    const EventSource = mockEventSource();
    const onEvent = vi.fn();
    const { result } = renderHook(() => useQueueStream(1, onEvent));
    expect(result.current.state).toBe("connecting");
    const source = EventSource.latest();
    expect(source.url).toMatch(/\/api\/v1\/offices\/1\/queue\/events$/);

    act(() => {
      source.open();
      source.send("queue", { event: null, board: board() });
    });
    expect(result.current).toEqual({ board: board(), lastEventId: null, state: "connected" });
    expect(onEvent).not.toHaveBeenCalled();

    const after = board({ waiting: 4, lastEventId: 41 });
    act(() => source.send("queue", { event: called, board: after }, "41"));
    expect(result.current).toEqual({ board: after, lastEventId: "41", state: "connected" });
    expect(onEvent).toHaveBeenCalledWith(called, after);
  });

  it("says it is reconnecting while the browser reconnects, and connected again once events flow", () => {
    const EventSource = mockEventSource();
    const { result } = renderHook(() => useQueueStream(1));
    const source = EventSource.latest();
    act(() => source.open());
    act(() => source.fail(false));
    expect(result.current.state).toBe("reconnecting");
    expect(EventSource.instances).toHaveLength(1);
    act(() => source.send("queue", { event: null, board: board() }));
    expect(result.current.state).toBe("connected");
  });

  it("opens a failed stream again with a growing delay and reads the board meanwhile", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const EventSource = mockEventSource();
    const { requests } = mockFetch({ "GET /api/v1/offices/1/queue": () => json(board({ waiting: 9 })) });
    const { result, unmount } = renderHook(() => useQueueStream(1));

    act(() => EventSource.latest().fail(true));
    expect(result.current.state).toBe("reconnecting");
    act(() => {
      vi.advanceTimersByTime(999);
    });
    expect(EventSource.instances).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(EventSource.instances).toHaveLength(2);

    act(() => EventSource.latest().fail(true));
    act(() => {
      vi.advanceTimersByTime(1_999);
    });
    expect(EventSource.instances).toHaveLength(2);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(EventSource.instances).toHaveLength(3);

    act(() => EventSource.latest().open());
    expect(result.current.state).toBe("connected");
    vi.useRealTimers();
    await waitFor(() => expect(result.current.board?.waiting).toBe(9));
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      "/api/v1/offices/1/queue",
      "/api/v1/offices/1/queue",
    ]);
    unmount();
    expect(EventSource.latest().readyState).toBe(EventSource.CLOSED);
  });
});
