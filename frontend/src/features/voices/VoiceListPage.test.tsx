import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { assignees, bureaus, categories, overdueSummary, page, triagedSummary } from "./voiceFixtures";

function listApi(handlers: Record<string, (request: Request) => Response | Promise<Response>> = {}) {
  return mockFetch({
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/bureaus": () => json(bureaus),
    "GET /api/v1/voices/categories": () => json(categories),
    "GET /api/v1/voices/assignees": () => json(assignees),
    "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    "GET /api/v1/voices": () => json(page([overdueSummary], 41)),
    ...handlers,
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
    expect(within(row).getAllByRole("cell")[3]).toHaveTextContent("公園");
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

  it("offers the work queues as links that keep the other filters", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    const { requests } = listApi();
    const { router } = renderRoute("/voices?status=TRIAGED");

    const queues = await screen.findByRole("navigation", { name: "作業の一覧" });
    expect(within(queues).getByRole("link", { name: "すべての声" })).toHaveAttribute("aria-current", "page");
    await user.click(within(queues).getByRole("link", { name: "自分の担当" }));
    await waitFor(() => expect(router.state.location.search).toBe("?status=TRIAGED&assignee=me"));
    await waitFor(() => expect(voiceRequests(requests).at(-1)?.searchParams.get("assignee")).toBe("me"));
    expect(within(queues).getByRole("link", { name: "自分の担当" })).toHaveAttribute("aria-current", "page");
    await user.click(within(queues).getByRole("link", { name: "自分の課" }));
    await waitFor(() => expect(router.state.location.search).toBe("?status=TRIAGED&section=mine"));
  });

  it("calls the ward's queue 自分の区 for ward staff", async () => {
    startSession("token-abc", 1800, chuoStaff);
    listApi();
    renderRoute("/voices");
    const queues = await screen.findByRole("navigation", { name: "作業の一覧" });
    expect(within(queues).getByRole("link", { name: "自分の区" })).toHaveAttribute("href", "/voices?section=mine");
  });

  it("offers the assignee picker once a voice is selected, in the place of an inert field", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    listApi({ "GET /api/v1/voices": () => json(page([triagedSummary], 1)) });
    renderRoute("/voices");

    const one = await screen.findByRole("checkbox", { name: "V-2026-000046 を選ぶ" });
    const bulk = screen.getByRole("region", { name: "選んだ声をまとめて扱う" });
    expect(bulk).toHaveTextContent("0件を選択中");
    expect(within(bulk).getByRole("textbox", { name: /担当/ })).toBeDisabled();
    expect(within(bulk).queryByRole("combobox", { name: /担当/ })).not.toBeInTheDocument();

    await user.click(one);
    expect(await within(bulk).findByRole("combobox", { name: /担当/ })).toBeEnabled();

    await user.click(one);
    expect(within(bulk).getByRole("textbox", { name: /担当/ })).toBeDisabled();
  });

  it("selects voices from the keyboard and assigns them in one request with their versions", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = listApi({
      "GET /api/v1/voices": () => json(page([triagedSummary, { ...overdueSummary, status: "TRIAGED" }], 2)),
      "POST /api/v1/voices/bulk": () =>
        json({
          action: "ASSIGN",
          voices: [
            { ...triagedSummary, status: "ASSIGNED", assignedStaff: "chuo-kessai", version: 2 },
            { ...overdueSummary, status: "ASSIGNED", assignedStaff: "chuo-kessai", version: 3 },
          ],
        }),
    });
    renderRoute("/voices");

    const first = await screen.findByRole("checkbox", { name: "V-2026-000046 を選ぶ" });
    first.focus();
    await user.keyboard(" ");
    await user.tab();
    // the next stop is the row's link, then the next row's checkbox
    await user.tab();
    expect(screen.getByRole("checkbox", { name: "V-2026-000045 を選ぶ" })).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: "このページの声をすべて選ぶ" })).toBeChecked();
    const bulk = screen.getByRole("region", { name: "選んだ声をまとめて扱う" });
    expect(bulk).toHaveTextContent("2件を選択中");

    // the picker loads with the first voice selected
    await user.type(await within(bulk).findByRole("combobox", { name: /担当/ }), "決裁");
    await user.click(await screen.findByRole("option", { name: "決裁 一郎" }));
    await user.click(within(bulk).getByRole("button", { name: "選んだ2件に適用する" }));

    expect(await within(bulk).findByText("2件の担当を決めました。担当に通知しました。")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toBeTruthy();
    expect(await post.json()).toEqual({
      action: "ASSIGN",
      items: [
        { id: 46, version: 1 },
        { id: 45, version: 2 },
      ],
      staffUsername: "chuo-kessai",
    });
    expect(bulk).toHaveTextContent("0件を選択中");
  });

  it("lists every voice the API refused and why, and keeps the selection", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    listApi({
      "GET /api/v1/voices": () => json(page([triagedSummary, overdueSummary], 2)),
      "POST /api/v1/voices/bulk": () =>
        problem({
          type: "https://wardhub.city/problems/voice-bulk-refused",
          title: "まとめて操作できない声があります。どの声も変えていません",
          titleEn: "Some voices could not be changed; none was changed",
          status: 409,
          detail: "1 件の声を変えられません。どの声も変えていません",
          errors: [
            {
              field: "items[1]",
              rule: "Stale",
              message: "V-2026-000045: 読み込んだ後に他の人が更新しました。読み直してください",
              value: "45",
            },
          ],
        }),
    });
    renderRoute("/voices");

    await user.click(await screen.findByRole("checkbox", { name: "このページの声をすべて選ぶ" }));
    const bulk = screen.getByRole("region", { name: "選んだ声をまとめて扱う" });
    await user.selectOptions(within(bulk).getByLabelText("操作"), "CLOSE");
    await user.click(within(bulk).getByRole("button", { name: "選んだ2件に適用する" }));

    const alert = await within(bulk).findByRole("alert");
    expect(alert).toHaveTextContent("まとめて操作できない声があります");
    expect(alert).toHaveTextContent("V-2026-000045: 読み込んだ後に他の人が更新しました");
    expect(bulk).toHaveTextContent("2件を選択中");
  });

  it("offers no selection to those who only read voices", async () => {
    startSession("token-abc", 1800, { ...chuoStaff, role: "FLOOR" });
    listApi();
    renderRoute("/voices");
    await screen.findByRole("table", { name: "検索結果" });
    expect(screen.queryByRole("checkbox", { name: "このページの声をすべて選ぶ" })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "V-2026-000045 を選ぶ" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "選んだ声をまとめて扱う" })).not.toBeInTheDocument();
  });

  it("is not for signed-out visitors", async () => {
    mockFetch({});
    const { router } = renderRoute("/voices");
    await waitFor(() => expect(router.state.location.pathname).toBe("/login"));
  });
});
