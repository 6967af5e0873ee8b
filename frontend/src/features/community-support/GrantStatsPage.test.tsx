import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { noNotifications, statsByProgram } from "./testFixtures";

describe("the grant figures", () => {
  it("draw one bar chart summarised in words, the same numbers in a table, and follow the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/community/grants/stats": () => json(statsByProgram),
    });
    const { router } = renderRoute("/community/grants?fiscalYear=2026");

    const chart = await screen.findByRole("img", { name: /^交付決定額の棒グラフ（制度別）/ });
    expect(chart).toHaveAccessibleName(
      "交付決定額の棒グラフ（制度別）: 中央区地域づくり活動補助金（サンプル） ¥630,000、東区まちづくり活動応援補助金（サンプル） ¥0。合計 ¥630,000",
    );
    const table = screen.getByRole("table", { name: "交付状況の表（制度別）" });
    const row = within(table).getByRole("row", { name: /中央区地域づくり/ });
    expect(row).toHaveTextContent("¥630,000");
    expect(row).toHaveTextContent("63.0%");
    expect(within(table).getByRole("row", { name: /合計/ })).toHaveTextContent("¥1,800,000");
    expect(new URL(requests.at(-1)!.url).searchParams.get("fiscalYear")).toBe("2026");

    const groupBy = screen.getByLabelText("集計の単位");
    expect(screen.getByRole("search", { name: "集計の条件" })).toContainElement(groupBy);
    await user.selectOptions(groupBy, "ward");
    await waitFor(() => expect(router.state.location.search).toBe("?groupBy=ward&fiscalYear=2026"));
  });
});
