import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { channelUsage, noNotifications } from "./counterStatsFixtures";

function usageApi(post?: (request: Request) => Response | Promise<Response>) {
  return mockFetch({
    "GET /api/v1/notifications": () => json(noNotifications),
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 100, total: 0 }),
    "GET /api/v1/counter-stats/channel-usage": () => json(channelUsage),
    ...(post ? { "POST /api/v1/counter-stats/channel-usage": post } : {}),
  });
}

describe("the certificates by channel", () => {
  it("show the convenience-store share per month in a chart and a table that follow the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    const { requests } = usageApi();
    const { router } = renderRoute("/counter-stats/channels?from=2026-10");

    const chart = await screen.findByRole("img", { name: /コンビニ交付率の棒グラフ/ });
    expect(chart).toHaveAccessibleName(
      "月ごとのコンビニ交付率の棒グラフ: 2026年10月 25.0% から 2026年11月 40.0%。期間全体 32.5%",
    );
    const table = screen.getByRole("table", { name: "手続き・区・月ごとの発行件数" });
    const november = within(table).getAllByRole("row")[2];
    expect(november).toHaveTextContent("2026年11月");
    expect(november).toHaveTextContent("2,400");
    expect(november).toHaveTextContent("1,600");
    expect(november).toHaveTextContent("40.0%");
    expect(new URL(requests.at(-1)!.url).searchParams.get("from")).toBe("2026-10");

    const ward = await screen.findByLabelText("区");
    expect(screen.getByRole("search", { name: "絞り込み" })).toContainElement(ward);
    await user.selectOptions(ward, "431010");
    await waitFor(() => expect(router.state.location.search).toBe("?ward=431010&from=2026-10"));
  });

  it("imports a file as its raw bytes and reports the rows imported", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    let sent: { type: string | null; bytes: Uint8Array } | undefined;
    usageApi(async (request) => {
      sent = { type: request.headers.get("Content-Type"), bytes: new Uint8Array(await request.arrayBuffer()) };
      return json({ rowsImported: 2, rowsReplaced: 0, months: ["2027-04"] });
    });
    renderRoute("/counter-stats/channels");

    // Shift_JIS bytes of "年月" must arrive unchanged
    const bytes = new Uint8Array([0x94, 0x4e, 0x8c, 0x8e, 0x0a]);
    await user.upload(
      await screen.findByLabelText("CSVファイル"),
      new File([bytes], "usage.csv", { type: "text/csv" }),
    );
    await user.click(screen.getByRole("button", { name: "取り込む" }));

    expect(await screen.findByText(/2行を取り込みました（うち置き換え 0行）。対象の年月: 2027-04/)).toBeInTheDocument();
    expect(sent?.type).toBe("text/csv");
    expect(Array.from(sent!.bytes)).toEqual(Array.from(bytes));
  });

  it("lists every refused row with line, column and rule, and moves focus to the list", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    usageApi(() =>
      problem({
        type: "https://wardhub.city/problems/channel-usage-invalid",
        title: "取り込めない行があります",
        titleEn: "The file has rows that cannot be imported",
        status: 422,
        errors: [
          { field: "年月", rule: "Month", message: "年月は 2027-04 のように", line: 3, value: "2027-13" },
          { field: "件数", rule: "Min", message: "件数は 0 以上です", line: 5, value: "-5" },
        ],
      }),
    );
    renderRoute("/counter-stats/channels");

    await user.upload(await screen.findByLabelText("CSVファイル"), new File(["x"], "bad.csv", { type: "text/csv" }));
    await user.click(screen.getByRole("button", { name: "取り込む" }));

    const heading = await screen.findByRole("heading", { name: /2件の誤りがあります/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const table = screen.getByRole("table", { name: "取り込めなかった行" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("3年月Month2027-13");
    expect(rows[2]).toHaveTextContent("5件数Min-5");
  });

  it("asks for a file before uploading, and is not offered to ward staff, who read their own ward", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    usageApi();
    const { unmount } = renderRoute("/counter-stats/channels");
    await user.click(await screen.findByRole("button", { name: "取り込む" }));
    expect(screen.getByRole("alert")).toHaveTextContent("ファイルを選んでください。");
    expect(screen.getByLabelText("CSVファイル")).toHaveAttribute("aria-invalid", "true");
    unmount();

    startSession("token-abc", 1800, chuoStaff);
    usageApi();
    renderRoute("/counter-stats/channels");
    expect(await screen.findByText("中央区の件数を表示しています。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "取り込む" })).toBeNull();
  });
});
