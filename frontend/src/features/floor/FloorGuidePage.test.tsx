import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { mockEventSource } from "../../test/fakeEventSource";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { board, chuoFloor, ticket } from "../../test/floorFixtures";
import { renderRoute } from "../../test/renderRoute";

const floorManager = { ...chuoStaff, username: "chuo-floor", role: "FLOOR" as const };
const branch = board({ officeId: 7, nameJa: "中央区まちなか出張所", nameEn: "Chuo Machinaka Branch" });

describe("floor guide", () => {
  it("is the floor manager's home, finds the lane for a purpose, advises and issues a ticket in one step", async () => {
    const EventSource = mockEventSource();
    startSession("token", 1800, floorManager);
    const { requests } = mockFetch({
      "GET /api/v1/queue": () => json([board(), branch]),
      "GET /api/v1/offices/1/floor": () => json(chuoFloor),
      "GET /api/v1/offices/7/floor": () => json({ ...chuoFloor, officeId: 7, lanes: [] }),
      "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 50, total: 0 }),
      "GET /api/v1/procedures/tennyu": () =>
        json({ code: "tennyu", nameJa: "転入届", nameEn: "Moving-in", whatToBring: "本人確認書類、転出証明書" }),
      "GET /api/v1/finder": () =>
        json({
          date: "2027-01-13",
          procedure: { code: "tennyu", nameJa: "転入届", nameEn: "Moving-in" },
          results: [
            {
              place: { key: "office:1", kind: "OFFICE", officeId: 1, nameJa: "中央区役所", nameEn: "Chuo" },
              level: "FULL",
              residentsOnly: false,
              hours: { spans: [{ opens: "08:30", closes: "17:15" }] },
            },
            {
              place: { key: "office:9", kind: "OFFICE", officeId: 9, nameJa: "北部総合出張所", nameEn: "Hokubu" },
              level: "FULL",
              residentsOnly: false,
              hours: { spans: [{ opens: "08:30", closes: "17:15" }] },
              queue: { waiting: 2, estimatedWaitMinutes: 10 },
            },
          ],
        }),
      "POST /api/v1/offices/1/tickets": () => json(ticket({ label: "A-013", waitingAhead: 3 }), 201),
    });
    renderRoute("/");

    expect(await screen.findByRole("heading", { level: 1, name: "フロア案内" })).toBeInTheDocument();
    expect(await screen.findByLabelText("施設")).toHaveValue("1");
    await userEvent.selectOptions(screen.getByLabelText("施設"), "7");
    expect(localStorage.getItem("wardhub.floor.office")).toBe("7");
    await userEvent.selectOptions(screen.getByLabelText("施設"), "1");

    act(() => EventSource.latest().send("queue", { event: null, board: board() }));
    const live = screen.getByRole("region", { name: "受付区分ごとの待ち人数" });
    expect(within(live).getByText("3人")).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("ご用件・手続き"), "転入");
    const lane = await screen.findByRole("region", { name: "A 住民異動" });
    expect(screen.queryByRole("region", { name: "B 証明書" })).not.toBeInTheDocument();
    expect(within(lane).getByText("窓口: 1階 1番 区民課、1階 2番 区民課")).toBeInTheDocument();
    expect(within(lane).getByText(/3人待ち/)).toBeInTheDocument();

    await userEvent.click(within(lane).getByRole("button", { name: "転入届" }));
    expect(await within(lane).findByText("本人確認書類、転出証明書")).toBeInTheDocument();
    expect(await within(lane).findByText(/北部総合出張所/)).toBeInTheDocument();
    expect(within(lane).getByText(/今2人待ち/)).toBeInTheDocument();
    expect(within(lane).queryByText(/中央区役所/)).not.toBeInTheDocument();

    await userEvent.selectOptions(within(lane).getByLabelText("優先受付"), "INFANT");
    await userEvent.click(within(lane).getByRole("button", { name: "住民異動の番号札を発券" }));
    expect(await screen.findByTestId("guide-issued")).toHaveTextContent(
      "A-013（住民異動）を発券しました。前に3人お待ちです。",
    );
    const issued = requests.find((r) => r.method === "POST")!;
    expect(issued.headers.get("Authorization")).toBe("Bearer token");
    expect(await issued.clone().json()).toEqual({ laneId: 11, priority: "INFANT" });
  });
});
