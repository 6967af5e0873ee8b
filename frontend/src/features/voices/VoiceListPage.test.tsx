import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { categories, overdueSummary, page } from "./voiceFixtures";

function listApi() {
  return mockFetch({
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/voices/categories": () => json(categories),
    "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    "GET /api/v1/voices": () => json(page([overdueSummary], 41)),
  });
}

function voiceRequests(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === "/api/v1/voices");
}

describe("voice triage list", () => {
  it("asks the API with the URL's filters and lists the voices, overdue said in words", async () => {
    startSession("token-abc", 1800, hqStaff);
    const { requests } = listApi();
    renderRoute("/voices?status=ASSIGNED&ward=431056&overdue=true&from=2026-10-01&q=公園&page=2");

    const table = await screen.findByRole("table", { name: "検索結果" });
    const asked = voiceRequests(requests)[0].searchParams;
    expect(Object.fromEntries(asked)).toEqual({
      status: "ASSIGNED",
      ward: "431056",
      overdue: "true",
      from: "2026-10-01",
      q: "公園",
      page: "1",
      size: "20",
    });
    const row = within(table).getAllByRole("row")[1];
    expect(within(row).getByRole("link", { name: "V-2026-000045" })).toHaveAttribute("href", "/voices/45");
    expect(row).toHaveTextContent("苦情");
    expect(row).toHaveTextContent("公園の草が伸び放題です。");
    expect(row).toHaveTextContent("担当割当て済み");
    expect(row).toHaveTextContent("2026年10月15日");
    expect(row).toHaveTextContent("期限超過");
    await waitFor(() => expect(row).toHaveTextContent("北区"));
    expect(within(row).getAllByRole("cell")[2]).toHaveTextContent("公園");
    expect(screen.getByRole("status")).toHaveTextContent("全41件");
    expect(screen.getByLabelText("回答期限を過ぎた未回答の声だけ")).toBeChecked();
    expect(screen.getByLabelText("キーワード")).toHaveValue("公園");
  });

  it("puts the chosen filters in the URL and starts from the first page", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    const { requests } = listApi();
    const { router } = renderRoute("/voices?page=3");

    const filters = await screen.findByRole("search", { name: "絞り込み" });
    await user.selectOptions(within(filters).getByLabelText("種別"), "COMPLAINT");
    await user.selectOptions(within(filters).getByLabelText("受付方法"), "DIALOGUE_MEETING");
    await screen.findByRole("option", { name: "道路" });
    await user.selectOptions(within(filters).getByLabelText("分類"), "roads");
    await user.type(within(filters).getByLabelText("キーワード"), "街灯");
    await user.click(within(filters).getByRole("button", { name: "検索" }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        "?type=COMPLAINT&channel=DIALOGUE_MEETING&category=roads&q=%E8%A1%97%E7%81%AF",
      ),
    );
    await waitFor(() => expect(voiceRequests(requests).at(-1)?.searchParams.get("category")).toBe("roads"));
    expect(voiceRequests(requests).at(-1)?.searchParams.get("page")).toBe("0");
  });

  it("is not for signed-out visitors", async () => {
    mockFetch({});
    const { router } = renderRoute("/voices");
    await waitFor(() => expect(router.state.location.pathname).toBe("/login"));
  });
});
