import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { bureaus, draftProposal, fill } from "./testFixtures";

const evidenceVoice: Schema<"VoiceSummary"> = {
  id: 112,
  reference: "V-2026-000112",
  channel: "PHONE",
  type: "REQUEST",
  categories: ["roads"],
  wardCode: "431010",
  excerpt: "通学路の街灯が切れています。",
  receivedOn: "2026-11-01",
  dueOn: "2026-11-15",
  overdue: false,
  status: "ANSWERED",
  publication: "UNDECIDED",
  version: 3,
};

const noNotifications = () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 });

describe("the proposal editor", () => {
  // A dozen fields filled through the whole app: allow for a busy test machine.
  it("drafts a proposal once, with an Idempotency-Key, and opens its page", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/bureaus": () => json(bureaus),
      "GET /api/v1/voices": () =>
        json({
          items: [evidenceVoice, { ...evidenceVoice, id: 113, reference: "V-2026-000113" }],
          page: 0,
          size: 10,
          total: 2,
        }),
      "POST /api/v1/proposals": () => json(draftProposal, 201),
      "GET /api/v1/proposals/7": () => json(draftProposal),
    });
    const { router } = renderRoute("/proposals/new");
    const searches = () =>
      requests.map((request) => new URL(request.url)).filter((url) => url.pathname === "/api/v1/voices");

    expect(await screen.findByRole("heading", { level: 1, name: "区提案の起案" })).toBeInTheDocument();
    // The ward is the user's own: there is nothing to choose.
    expect(screen.queryByRole("combobox", { name: /提案する区/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /種類/ }), "BUDGET_REQUEST");
    await user.selectOptions(screen.getByRole("combobox", { name: /年度/ }), "2027");
    await fill(user, screen.getByRole("textbox", { name: /件名/ }), "通学路の安全対策");
    await fill(user, screen.getByRole("textbox", { name: /背景・現状/ }), "背景");
    await fill(user, screen.getByRole("textbox", { name: /提案内容/ }), "内容");
    await fill(user, screen.getByRole("textbox", { name: /期待される効果/ }), "効果");
    // evidence found by what staff remember of it, searched as the voice list searches (the server folds width and kana)
    await user.type(screen.getByRole("combobox", { name: "根拠となる区民の声を探す" }), "ガイトウ");
    const suggestion = await screen.findByRole("option", { name: /V-2026-000112/ });
    expect(suggestion).toHaveTextContent("通学路の街灯が切れています");
    await waitFor(() => expect(searches().at(-1)?.searchParams.get("q")).toBe("ガイトウ"));
    await screen.findByRole("option", { name: /V-2026-000112/ });
    await user.keyboard("{ArrowDown}{Enter}");
    const chosen = await screen.findByRole("list", { name: "根拠となる区民の声" });
    expect(chosen).toHaveTextContent("V-2026-000112");
    expect(chosen).toHaveTextContent("通学路の街灯が切れています");
    expect(screen.getByRole("combobox", { name: "根拠となる区民の声を探す" })).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "数値を追加する" }));
    const figure = screen.getByRole("group", { name: "数値 1" });
    await fill(user, within(figure).getByRole("textbox", { name: /項目/ }), "ヒヤリハット");
    await fill(user, within(figure).getByRole("textbox", { name: /数値/ }), "42");
    await user.click(screen.getByRole("button", { name: "下書きを保存する" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/proposals/7"));
    expect(await screen.findByText("下書きを保存しました。提出先の局を選んで提出してください。")).toBeInTheDocument();
    const created = requests.find((request) => request.method === "POST")!;
    expect(created.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await created.json()).toEqual({
      kind: "BUDGET_REQUEST",
      fiscalYear: 2027,
      title: "通学路の安全対策",
      background: "背景",
      content: "内容",
      expectedEffect: "効果",
      voiceRefs: ["V-2026-000112"],
      figures: [{ label: "ヒヤリハット", value: 42 }],
    });
  });

  it("shows the API's field errors under the fields", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/proposals/7": () => json(draftProposal),
      "PUT /api/v1/proposals/7": () =>
        problem({
          type: "https://wardhub.city/problems/invalid",
          title: "入力内容に誤りがあります",
          titleEn: "Invalid input",
          status: 400,
          errors: [
            {
              field: "voiceRefs[0]",
              rule: "Pattern",
              message: "区民の声の受付番号は V-2026-000123 の形です",
            },
          ],
        }),
    });
    renderRoute("/proposals/7/edit");

    const chosen = await screen.findByRole("list", { name: "根拠となる区民の声" });
    expect(chosen).toHaveTextContent("V-2026-000112");
    await user.click(screen.getByRole("button", { name: "修正を保存する" }));

    const search = screen.getByRole("combobox", { name: "根拠となる区民の声を探す" });
    await waitFor(() => expect(search).toHaveAttribute("aria-invalid", "true"));
    expect(search).toHaveAccessibleDescription(/V-2026-000123 の形です/);
    await user.click(within(chosen).getByRole("button", { name: "V-2026-000112 を外す" }));
    expect(screen.getByText("まだ選んでいません。")).toBeInTheDocument();
  });

  it("shows the conflict message when someone saved first", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let version = 3;
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/proposals/7": () => json({ ...draftProposal, version } satisfies Schema<"Proposal">),
      "PUT /api/v1/proposals/7": () =>
        problem({ type: "https://wardhub.city/problems/conflict", title: "競合", titleEn: "Conflict", status: 412 }),
    });
    renderRoute("/proposals/7/edit");

    expect(
      await screen.findByRole("heading", { level: 1, name: `区提案の修正: ${draftProposal.title}` }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "修正を保存する" }));

    expect(await screen.findByText("他の人が先に更新しました。再読み込みしてください")).toBeInTheDocument();
    expect(requests.find((request) => request.method === "PUT")!.headers.get("If-Match")).toBe('"3"');
    version = 5;
    await user.click(screen.getByRole("button", { name: "再読み込み" }));
    await waitFor(() =>
      expect(screen.queryByText("他の人が先に更新しました。再読み込みしてください")).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole("button", { name: "修正を保存する" }));
    await waitFor(() =>
      expect(
        requests
          .filter((request) => request.method === "PUT")
          .at(-1)!
          .headers.get("If-Match"),
      ).toBe('"5"'),
    );
  });

  it("does not offer to edit a proposal that is no longer a draft", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/proposals/7": () => json({ ...draftProposal, status: "SUBMITTED", actions: ["WITHDRAW"] }),
    });
    renderRoute("/proposals/7/edit");
    expect(await screen.findByText("この提案は起案中ではないため修正できません。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "修正を保存する" })).not.toBeInTheDocument();
  });
});
