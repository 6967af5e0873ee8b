import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { startSession } from "../../lib/auth/session";
import { bureaus } from "../../test/coordinationFixtures";
import { admin } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const common = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/bureaus": () => json(bureaus),
  "GET /api/v1/wards": () => json(wards),
};

const chuoLocked: Schema<"StaffAccount"> = {
  id: 3,
  username: "chuo",
  displayName: "中央 花子",
  role: "WARD",
  wardCode: "431010",
  active: true,
  locked: true,
  passwordChangeRequired: false,
  version: 5,
};

function page(items: Schema<"StaffAccount">[]): Schema<"StaffPage"> {
  return { items, page: 0, size: 20, total: items.length };
}

describe("staff accounts", () => {
  it("lists accounts with their state and filters them through the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({ ...common, "GET /api/v1/staff": () => json(page([chuoLocked])) });
    const { router } = renderRoute("/admin/staff");

    expect(await screen.findByRole("heading", { level: 1, name: "職員アカウント" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: /職員アカウントの一覧/ });
    const row = within(table).getByRole("row", { name: /chuo/ });
    expect(row).toHaveTextContent("区職員");
    expect(row).toHaveTextContent("中央区");
    expect(row).toHaveTextContent("ロック中");
    expect(within(row).getByRole("link", { name: "chuo" })).toHaveAttribute("href", "/admin/staff/3");

    await user.type(screen.getByRole("searchbox", { name: "ユーザー名・氏名" }), "chu");
    await user.selectOptions(screen.getByLabelText("役割"), "区職員");
    await user.selectOptions(screen.getByLabelText("所属区"), "中央区");
    await user.selectOptions(screen.getByLabelText("状態"), "無効にしたものだけ");
    await user.click(screen.getByRole("button", { name: "検索する" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=chu&role=WARD&ward=431010&active=false"));
    await waitFor(() => {
      const asked = new URL(requests.filter((r) => new URL(r.url).pathname === "/api/v1/staff").at(-1)!.url);
      expect(Object.fromEntries(asked.searchParams)).toMatchObject({
        q: "chu",
        role: "WARD",
        ward: "431010",
        active: "false",
      });
    });
  });

  it("is for administrators only", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch(common);
    renderRoute("/admin/staff");
    expect(await screen.findByRole("heading", { level: 1 })).not.toHaveTextContent("職員アカウント");
    expect(screen.queryByRole("link", { name: "職員アカウント" })).not.toBeInTheDocument();
  });

  it("creates an HQ account with its bureau and section only", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    let sent: unknown;
    const { router } = (() => {
      mockFetch({
        ...common,
        "POST /api/v1/staff": async (request) => {
          sent = await request.json();
          return json({ ...chuoLocked, id: 9, username: "hq-new", role: "HQ", wardCode: null, locked: false }, 201);
        },
        "GET /api/v1/staff/9": () =>
          json({ ...chuoLocked, id: 9, username: "hq-new", role: "HQ", wardCode: null, locked: false }),
      });
      return renderRoute("/admin/staff/new");
    })();

    await user.type(await screen.findByRole("textbox", { name: /ユーザー名/ }), "hq-new");
    await user.type(screen.getByRole("textbox", { name: /氏名/ }), "本庁 花子");
    await user.selectOptions(screen.getByLabelText(/役割/), "本庁職員");
    expect(screen.queryByLabelText(/所属区/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/所属局/), "政策局");
    await user.selectOptions(screen.getByLabelText(/所属課/), "区政推進課");
    await user.type(screen.getByRole("textbox", { name: /最初のパスワード/ }), "a-long-enough-password");
    await user.click(screen.getByRole("button", { name: "登録する" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/admin/staff/9"));
    expect(sent).toEqual({
      username: "hq-new",
      displayName: "本庁 花子",
      role: "HQ",
      bureauCode: "policy",
      sectionCode: "ward-coordination",
      password: "a-long-enough-password",
      active: true,
    });
    expect(await screen.findByRole("status")).toHaveTextContent("アカウントを登録しました。");
  });

  it("resets a password after confirming and shows the temporary one once", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/staff/3": () => json(chuoLocked),
      "POST /api/v1/staff/3/reset-password": () =>
        json({
          account: { ...chuoLocked, locked: false, passwordChangeRequired: true, version: 6 },
          temporaryPassword: "abcd-efgh-jkmn-pqrs",
        }),
    });
    renderRoute("/admin/staff/3");

    await user.click(await screen.findByRole("button", { name: "パスワードを再設定する" }));
    const dialog = await screen.findByRole("alertdialog", { name: "chuo のパスワードを再設定しますか" });
    // The safe choice has focus; cancelling sends nothing.
    expect(within(dialog).getByRole("button", { name: "やめる" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.click(screen.getByRole("button", { name: "パスワードを再設定する" }));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "パスワードを再設定する" }),
    );
    const shown = await screen.findByRole("region", { name: "仮パスワード" });
    expect(within(shown).getByText("abcd-efgh-jkmn-pqrs")).toBeInTheDocument();
    const reset = requests.find((r) => r.method === "POST")!;
    expect(reset.headers.get("If-Match")).toBe('"5"');
    expect(await screen.findByText("パスワード変更待ち")).toBeInTheDocument();

    await user.click(within(shown).getByRole("button", { name: "控えたので閉じる" }));
    expect(screen.queryByText("abcd-efgh-jkmn-pqrs")).not.toBeInTheDocument();
  });

  it("deactivates after confirming, sending the account as it is with active false", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    let sent: unknown;
    mockFetch({
      ...common,
      "GET /api/v1/staff/3": () => json(chuoLocked),
      "PUT /api/v1/staff/3": async (request) => {
        sent = await request.json();
        return json({ ...chuoLocked, active: false, version: 6 });
      },
    });
    renderRoute("/admin/staff/3");

    await user.click(await screen.findByRole("button", { name: "無効にする" }));
    const dialog = await screen.findByRole("alertdialog", { name: "chuo を無効にしますか" });
    await user.click(within(dialog).getByRole("button", { name: "無効にする" }));
    await waitFor(() =>
      expect(sent).toMatchObject({ username: "chuo", role: "WARD", wardCode: "431010", active: false }),
    );
    expect(await screen.findByRole("status")).toHaveTextContent("アカウントを無効にしました。");
    expect(screen.getByRole("button", { name: "有効に戻す" })).toBeInTheDocument();
  });
});
