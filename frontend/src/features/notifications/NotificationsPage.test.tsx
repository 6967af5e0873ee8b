import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { UNREAD_POLL_MS } from "./api";

const assigned: Schema<"Notification"> = {
  id: 12,
  kind: "voice-assigned",
  titleJa: "区民の声 V-2026-000123 が割り当てられました",
  titleEn: "Voice V-2026-000123 was assigned to you",
  link: "/voices/123",
  createdAt: "2026-11-20T01:00:00Z",
  readAt: undefined,
};
const older: Schema<"Notification"> = {
  id: 9,
  kind: "voice-answered",
  titleJa: "区民の声 V-2026-000100 に回答しました",
  titleEn: "Voice V-2026-000100 was answered",
  link: "/voices/100",
  createdAt: "2026-11-10T01:00:00Z",
  readAt: "2026-11-11T01:00:00Z",
};

function page(items: Schema<"Notification">[], unread: number): Schema<"NotificationPage"> {
  return { items, page: 0, size: 20, total: items.length, unread };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("notifications", () => {
  it("names the unread count in the header link", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({ "GET /api/v1/notifications": () => json(page([assigned], 3)) });
    renderRoute("/wards/none-such");

    const link = await screen.findByRole("link", { name: "通知 3件の未読" });
    expect(link).toHaveAttribute("href", "/notifications");
    const asked = new URL(requests.find((r) => r.url.includes("/notifications"))!.url);
    expect(asked.searchParams.get("unread")).toBe("true");
    expect(requests[0].headers.get("Authorization")).toBe("Bearer token-abc");
  });

  it("shows no notifications link when signed out", async () => {
    mockFetch({ "GET /api/v1/wards": () => json([]) });
    renderRoute("/wards");
    expect(await screen.findByRole("link", { name: "サインイン" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /^通知/ })).not.toBeInTheDocument();
  });

  it("polls the unread count every minute", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    startSession("token-abc", 7200, chuoStaff);
    let unread = 1;
    mockFetch({ "GET /api/v1/notifications": () => json(page([assigned], unread)) });
    mockFetchWards();
    renderRoute("/wards");
    expect(await screen.findByRole("link", { name: "通知 1件の未読" })).toBeInTheDocument();

    unread = 4;
    await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS + 100);
    expect(await screen.findByRole("link", { name: "通知 4件の未読" })).toBeInTheDocument();
  });

  it("lists notifications with unread marked in text, links, and marks one or all read", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let items = [assigned, older];
    const { requests } = mockFetch({
      "GET /api/v1/notifications": (request) => {
        const unreadOnly = new URL(request.url).searchParams.get("unread") === "true";
        const unreadItems = items.filter((item) => !item.readAt);
        return json(page(unreadOnly ? unreadItems : items, unreadItems.length));
      },
      "POST /api/v1/notifications/12/read": () => {
        items = items.map((item) => (item.id === 12 ? { ...item, readAt: "2026-11-26T00:00:00Z" } : item));
        return json(items[0]);
      },
      "POST /api/v1/notifications/read-all": () => json({ marked: 0 }),
    });
    renderRoute("/notifications");

    expect(await screen.findByRole("heading", { level: 1, name: "通知" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "通知の一覧" });
    const entries = within(list).getAllByRole("listitem");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent("未読");
    expect(within(entries[0]).getByRole("link", { name: assigned.titleJa })).toHaveAttribute("href", "/voices/123");
    expect(within(entries[1]).getByRole("link", { name: older.titleJa })).toHaveAttribute("href", "/voices/100");
    expect(within(entries[1]).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByText("2件（未読1件）")).toBeInTheDocument();

    await user.click(within(entries[0]).getByRole("button", { name: `「${assigned.titleJa}」を既読にする` }));

    await waitFor(() => expect(screen.getByText("2件（未読0件）")).toBeInTheDocument());
    expect(await screen.findByRole("link", { name: "通知（未読0件）" })).toBeInTheDocument();
    expect(requests.some((r) => r.method === "POST" && r.url.endsWith("/api/v1/notifications/12/read"))).toBe(true);
    expect(screen.queryByRole("button", { name: "すべて既読にする" })).not.toBeInTheDocument();
  });

  it("marks all read", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let unread = 2;
    const { requests } = mockFetch({
      "GET /api/v1/notifications": () =>
        json(page([assigned, { ...older, readAt: unread ? undefined : older.readAt }], unread)),
      "POST /api/v1/notifications/read-all": () => {
        unread = 0;
        return json({ marked: 2 });
      },
    });
    renderRoute("/notifications");

    await user.click(await screen.findByRole("button", { name: "すべて既読にする" }));

    expect(await screen.findByRole("link", { name: "通知（未読0件）" })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === "POST").map((r) => new URL(r.url).pathname)).toEqual([
      "/api/v1/notifications/read-all",
    ]);
  });

  it("asks to sign in first", async () => {
    mockFetch({});
    const { router } = renderRoute("/notifications");
    await waitFor(() => expect(router.state.location.pathname).toBe("/login"));
  });
});

function mockFetchWards() {
  // The polling test renders the wards page; keep its own request answered too.
  const original = globalThis.fetch;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(input);
      if (new URL(request.url).pathname === "/api/v1/wards") return json([]);
      return original(request);
    }),
  );
}
