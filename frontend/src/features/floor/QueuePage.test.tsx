import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { chuoWardOffice, wards } from "../../test/fixtures";
import { mockEventSource } from "../../test/fakeEventSource";
import { json, mockFetch } from "../../test/fetchMock";
import { board } from "../../test/floorFixtures";
import { renderRoute } from "../../test/renderRoute";

const closedOffice = board({
  officeId: 7,
  nameJa: "北部総合出張所",
  nameEn: "Hokubu Branch",
  openNow: false,
  waiting: 0,
});

describe("今何人待ち", () => {
  it("lists each office's waiting by lane, and narrows to a ward", async () => {
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/queue": () => json([board(), closedOffice]),
    });
    renderRoute("/queue");

    expect(await screen.findByRole("heading", { level: 1, name: "今何人待ち" })).toBeInTheDocument();
    const chuo = await screen.findByRole("region", { name: "中央区役所" });
    expect(within(chuo).getByText("5人待ち")).toBeInTheDocument();
    expect(within(chuo).getByText("住民異動")).toBeInTheDocument();
    expect(within(chuo).getByText("3人")).toBeInTheDocument();
    expect(within(chuo).getByText(/約15分/)).toBeInTheDocument();
    expect(within(chuo).getByRole("link", { name: "中央区役所" })).toHaveAttribute("href", "/offices/1");
    expect(
      within(screen.getByRole("region", { name: "北部総合出張所" })).getByText("ただいま閉庁中です。"),
    ).toBeVisible();

    await userEvent.selectOptions(await screen.findByLabelText("区"), "431010");
    await screen.findByRole("region", { name: "中央区役所" });
    expect(requests.some((request) => new URL(request.url).search === "?ward=431010")).toBe(true);
  });

  it("shows an office's waiting live on the office page", async () => {
    const EventSource = mockEventSource();
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices/1": () => json(chuoWardOffice),
      "GET /api/v1/offices/1/hours": () => json({ place: {}, from: "2026-12-01", to: "2026-12-07", days: [] }),
      "GET /api/v1/offices/1/open-now": () => json({ place: {}, open: true, today: {} }),
      "GET /api/v1/offices/1/procedures": () => json({ place: {}, items: [] }),
      "GET /api/v1/offices/1/queue": () => json(board()),
    });
    renderRoute("/offices/1");

    const live = await screen.findByRole("region", { name: "今何人待ち" });
    expect(await within(live).findByText("5人待ち")).toBeInTheDocument();
    act(() => {
      EventSource.latest().open();
      EventSource.latest().send("queue", { event: null, board: board({ waiting: 8 }) });
    });
    expect(within(live).getByText("8人待ち")).toBeInTheDocument();
    expect(within(live).getByText("リアルタイムで更新中")).toBeInTheDocument();
  });
});
