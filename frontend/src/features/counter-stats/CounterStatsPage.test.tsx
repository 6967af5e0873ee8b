import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, chuoWardOffice, shimizuCenter } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import type { CounterStatsGroupBy } from "./api";
import { counterStats, noNotifications } from "./counterStatsFixtures";

function statsApi() {
  return mockFetch({
    "GET /api/v1/notifications": () => json(noNotifications),
    "GET /api/v1/offices": () => json({ items: [chuoWardOffice, shimizuCenter], page: 0, size: 100, total: 2 }),
    "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 100, total: 0 }),
    "GET /api/v1/offices/1/floor": () =>
      json({
        officeId: 1,
        officeNameJa: "中央区役所",
        officeNameEn: "Chuo Ward Office",
        wardCode: "431010",
        windows: [],
        lanes: [
          {
            id: 11,
            officeId: 1,
            letter: "A",
            nameJa: "住民異動",
            nameEn: "Moving",
            descriptionJa: "",
            descriptionEn: "",
            sortOrder: 1,
            active: true,
            procedures: [],
            windows: [1],
            version: 0,
          },
        ],
      }),
    "GET /api/v1/counter-stats": (request) =>
      json(counterStats(new URL(request.url).searchParams.get("groupBy") as CounterStatsGroupBy)),
  });
}

describe("the counter statistics", () => {
  it("show the peak hours, waits by lane and month and windows' utilisation for the last 28 days", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = statsApi();
    renderRoute("/counter-stats");

    const heat = await screen.findByRole("img", { name: /ヒートマップ/ });
    expect(heat).toHaveAccessibleName("曜日・時間帯ごとの発券数のヒートマップ。最も多いのは月曜日の9時台（30件）");
    const lanes = await screen.findByRole("table", { name: "受付区分ごとの待ち時間と対応時間" });
    const moving = within(lanes).getByRole("row", { name: /A 住民異動/ });
    expect(moving).toHaveTextContent("28件");
    expect(moving).toHaveTextContent("23分");
    expect(screen.getByRole("img", { name: /受付区分ごとの待ち時間と対応時間の棒グラフ/ })).toHaveAccessibleName(
      "受付区分ごとの待ち時間と対応時間の棒グラフ（待ち時間の中央値）: A 住民異動 23分、B 証明書 5分",
    );
    const windows = screen.getByRole("table", { name: "窓口ごとの稼働率" });
    expect(within(windows).getByRole("row", { name: /1番窓口/ })).toHaveTextContent("81.3%");
    expect(within(windows).getByRole("row", { name: /合計/ })).toHaveTextContent("65.6%");
    // the summary: 4 of 48 tickets were no-shows
    expect(screen.getByText("不在の割合").nextSibling).toHaveTextContent("8.3%");

    const statsRequests = requests.filter((r) => new URL(r.url).pathname === "/api/v1/counter-stats");
    const groupings = statsRequests.map((r) => new URL(r.url).searchParams.get("groupBy"));
    expect(new Set(groupings)).toEqual(new Set(["weekday-hour", "lane", "month", "window"]));
    const first = new URL(statsRequests[0].url).searchParams;
    const from = new Date(`${first.get("from")}T00:00:00Z`).getTime();
    const to = new Date(`${first.get("to")}T00:00:00Z`).getTime();
    expect((to - from) / 86_400_000).toBe(27);
  });

  it("offers an office's lanes once the office is chosen, ward staff only their own ward's offices", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = statsApi();
    const { router } = renderRoute("/counter-stats?from=2027-09-01&to=2027-09-28");

    const office = await screen.findByLabelText("施設");
    expect(screen.getByRole("search", { name: "絞り込み" })).toContainElement(office);
    await screen.findByRole("option", { name: "中央区役所" });
    expect(within(office).queryByRole("option", { name: /清水/ })).toBeNull();
    expect(screen.getByLabelText("受付区分")).toBeDisabled();

    await user.selectOptions(office, "1");
    await waitFor(() => expect(router.state.location.search).toBe("?office=1&from=2027-09-01&to=2027-09-28"));
    await user.selectOptions(await screen.findByLabelText("受付区分"), "11");
    await waitFor(() => expect(router.state.location.search).toContain("lane=11"));
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get("lane") === "11")).toBe(true));
  });
});
