import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { mockEventSource } from "../../test/fakeEventSource";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { board, chuoFloor, ticket } from "../../test/floorFixtures";
import { renderRoute } from "../../test/renderRoute";

const waitingA = ticket();
const waitingB = ticket({ id: 502, laneId: 12, label: "B-003", laneNameJa: "証明書", laneNameEn: "Certificates" });

function consoleFetch(state: { current: ReturnType<typeof ticket> | null; conflict?: boolean }) {
  return mockFetch({
    "GET /api/v1/queue": () => json([board()]),
    "GET /api/v1/offices/1/floor": () => json(chuoFloor),
    "GET /api/v1/offices/1/tickets": (request) => {
      const query = new URL(request.url).searchParams;
      if (query.get("window"))
        return json({ items: state.current ? [state.current] : [], page: 0, size: 100, total: 1 });
      return json({ items: state.current ? [waitingB] : [waitingA, waitingB], page: 0, size: 100, total: 2 });
    },
    "POST /api/v1/offices/1/windows/1/call-next": () => {
      state.current = ticket({
        state: "CALLED",
        windowNumber: 1,
        callCount: 1,
        actions: ["RECALL", "START", "NO_SHOW", "TRANSFER"],
        version: 2,
      });
      return json(state.current);
    },
    "POST /api/v1/tickets/501/start": () => {
      if (state.conflict) {
        state.conflict = false;
        state.current = ticket({ state: "SERVING", version: 4, actions: ["FINISH", "TRANSFER"] });
        return problem({ type: "about:blank", title: "ほかの更新と競合しました", titleEn: "Conflict", status: 412 });
      }
      state.current = ticket({ state: "SERVING", version: 3, actions: ["FINISH", "TRANSFER"] });
      return json(state.current);
    },
    "POST /api/v1/tickets/501/finish": () => {
      const finished = ticket({ state: "DONE", version: 5, actions: [], procedures: ["tennyu"] });
      state.current = null;
      return json(finished);
    },
  });
}

describe("window console", () => {
  it("remembers the window, calls the next visitor, starts and finishes with the procedures done", async () => {
    const EventSource = mockEventSource();
    startSession("token", 1800, chuoStaff);
    const state: { current: ReturnType<typeof ticket> | null } = { current: null };
    const { requests } = consoleFetch(state);
    renderRoute("/floor/console");

    expect(await screen.findByRole("heading", { level: 1, name: "窓口コンソール" })).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText("担当する窓口"), "1");
    expect(localStorage.getItem("wardhub.floor.window.1")).toBe("1");
    const waiting = await screen.findByRole("table");
    expect(within(waiting).getByText("A-012")).toBeInTheDocument();
    // Window 1 serves lane A only.
    expect(within(waiting).queryByText("B-003")).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "次の方を呼ぶ" }));
    expect(await screen.findByTestId("console-current")).toHaveTextContent("A-012");
    expect(screen.getByTestId("console-feedback")).toHaveTextContent("A-012 を 1番窓口に呼び出しました。");
    expect(screen.getByTestId("console-feedback")).toHaveAttribute("aria-live", "polite");
    expect(screen.queryByRole("button", { name: "対応を終える" })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "対応を始める" }));
    expect(await screen.findByText("A-012 の対応を始めました。")).toBeInTheDocument();
    const start = requests.find((r) => r.url.endsWith("/tickets/501/start"))!;
    expect(start.headers.get("If-Match")).toBe('"2"');

    await userEvent.click(await screen.findByRole("button", { name: "対応を終える" }));
    expect(screen.getByText("行った手続きを 1 つ以上選んでください。")).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText("転入届"));
    await userEvent.click(screen.getByRole("button", { name: "対応を終える" }));
    expect(await screen.findByText("A-012 の対応を終えました。")).toBeInTheDocument();
    const finish = requests.find((r) => r.url.endsWith("/tickets/501/finish"))!;
    expect(finish.headers.get("If-Match")).toBe('"3"');
    expect(await finish.clone().json()).toEqual({ procedures: ["tennyu"] });

    // A change on the floor reads the lists again.
    const before = requests.length;
    act(() =>
      EventSource.latest().send(
        "queue",
        { event: { id: 50, officeId: 1, kind: "ISSUED", occurredAt: "2027-01-13T01:00:00Z" }, board: board() },
        "50",
      ),
    );
    await screen.findByRole("button", { name: "次の方を呼ぶ" });
    expect(requests.length).toBeGreaterThan(before);
  });

  it("reloads and says so when someone else changed the ticket first", async () => {
    mockEventSource();
    startSession("token", 1800, chuoStaff);
    localStorage.setItem("wardhub.floor.window.1", "1");
    consoleFetch({
      current: ticket({
        state: "CALLED",
        windowNumber: 1,
        callCount: 2,
        actions: ["RECALL", "START", "NO_SHOW"],
        version: 2,
      }),
      conflict: true,
    });
    renderRoute("/floor/console");

    expect(await screen.findByTestId("console-current")).toHaveTextContent("A-012");
    expect(screen.getByText(/2回呼び出し/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "対応を始める" }));
    expect(await screen.findByText(/ほかの職員が先に操作していました。/)).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "対応を終える" })).toBeInTheDocument();
  });

  it("is for ward staff only", async () => {
    startSession("token", 1800, { ...chuoStaff, role: "FLOOR" });
    mockFetch({});
    renderRoute("/floor/console");
    expect(await screen.findByRole("heading", { level: 1 })).not.toHaveTextContent("窓口コンソール");
  });
});
