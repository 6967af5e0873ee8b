import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../api/schemas";
import { startSession } from "../lib/auth/session";
import { mockFetch } from "../test/fetchMock";
import { chuoStaff } from "../test/fixtures";
import { renderRoute } from "../test/renderRoute";

/** The main menu's groups and their links, as the bar of groups holds them (open or not). */
function menu(): Record<string, string[]> {
  const nav = screen.getByRole("navigation", { name: "メインメニュー" });
  return Object.fromEntries(
    within(nav)
      .getAllByRole("button")
      .map((button) => [
        button.textContent.replace(/[▲▼]/g, ""),
        Array.from(
          document.getElementById(button.getAttribute("aria-controls")!)!.querySelectorAll("a"),
          (link) => link.textContent,
        ),
      ]),
  );
}

describe("app shell", () => {
  it("has landmarks, a skip link and only the public pages in the menu when signed out", async () => {
    mockFetch({});
    renderRoute("/");

    expect(screen.getByRole("link", { name: "本文へスキップ" })).toHaveAttribute("href", "#main-content");
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("id", "main-content");
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
    expect(menu()).toEqual({
      窓口: ["窓口案内", "区の一覧", "施設一覧", "今何人待ち"],
      "区民の声・提案": ["区民の声を送る", "区民の声の公表", "区提案の結果"],
      まちづくり: ["地域の取り組み"],
    });
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe("区政ハブ"));
    expect(screen.queryByRole("navigation", { name: "パンくずリスト" })).not.toBeInTheDocument();
  });

  it("greets a signed-in user with their name, role and ward", async () => {
    mockFetch({});
    startSession("token-abc", 1800, chuoStaff);
    renderRoute("/");

    expect(await screen.findByText("中央 花子さん、こんにちは。")).toBeInTheDocument();
    expect(screen.getAllByText("区職員").length).toBeGreaterThan(0);
    expect(screen.getByText("所属: 中央区")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "マイプロフィール" })).toHaveAttribute("href", "/me");
  });

  it("groups the pages each role may use under 窓口, 区民の声・提案 and まちづくり", () => {
    mockFetch({});
    const publicCounter = ["窓口案内", "区の一覧", "施設一覧", "今何人待ち"];
    const publicVoices = ["区民の声を送る", "区民の声の公表", "区提案の結果"];
    const as = (user: Schema<"Me">) => {
      startSession("token-abc", 1800, user);
      const rendered = renderRoute("/");
      const groups = menu();
      rendered.unmount();
      return groups;
    };

    expect(as(chuoStaff)).toEqual({
      窓口: [...publicCounter, "窓口コンソール", "フロア案内", "窓口利用統計", "開庁時間の設定", "Q&Aの管理"],
      "区民の声・提案": [...publicVoices, "区民の声", "区提案", "事前協議", "事務分担"],
      まちづくり: ["地域の取り組み", "まちづくり事業", "地域担当の割当て", "地域づくり支援"],
    });
    expect(as({ ...chuoStaff, username: "hq", role: "HQ", ward: null })).toEqual({
      窓口: [...publicCounter, "窓口利用統計", "手続きの管理", "Q&Aの管理"],
      "区民の声・提案": [...publicVoices, "区民の声", "区提案", "事前協議", "事務分担"],
      まちづくり: ["地域の取り組み", "まちづくり事業", "地域担当の割当て", "地域づくり支援"],
    });
    expect(as({ ...chuoStaff, username: "chuo-floor", role: "FLOOR" })).toEqual({
      窓口: [...publicCounter, "フロア案内"],
      "区民の声・提案": [...publicVoices, "区民の声", "事務分担"],
      まちづくり: ["地域の取り組み"],
    });
    expect(as({ ...chuoStaff, username: "chuo-liaison", role: "LIAISON" })).toEqual({
      窓口: publicCounter,
      "区民の声・提案": [...publicVoices, "区民の声", "事務分担"],
      まちづくり: ["地域の取り組み", "まちづくり事業", "担当地域", "地域づくり支援"],
    });
    expect(as({ ...chuoStaff, username: "admin", role: "ADMIN", ward: null })).toEqual({
      窓口: [...publicCounter, "窓口利用統計", "手続きの管理", "開庁時間の設定", "Q&Aの管理"],
      "区民の声・提案": [...publicVoices, "区民の声", "区提案", "事前協議", "事務分担"],
      まちづくり: ["地域の取り組み", "まちづくり事業", "地域担当の割当て", "地域づくり支援"],
      管理: ["職員アカウント", "連携システム・端末", "施設の管理", "局と課", "チャネルの利用時間", "監査記録"],
    });
  });

  it("opens one group at a time, closes it with Escape back on its button, and marks the group of the page shown", async () => {
    const user = userEvent.setup();
    mockFetch({});
    renderRoute("/published-voices");
    const nav = screen.getByRole("navigation", { name: "メインメニュー" });
    const counter = within(nav).getByRole("button", { name: /^窓口/ });
    const voices = within(nav).getByRole("button", { name: /^区民の声・提案/ });
    expect(voices).toHaveAttribute("data-current");
    expect(counter).not.toHaveAttribute("data-current");

    await user.click(counter);
    expect(counter).toHaveAttribute("aria-expanded", "true");
    expect(within(nav).getByRole("link", { name: "今何人待ち" })).toBeVisible();
    await user.click(voices);
    expect(counter).toHaveAttribute("aria-expanded", "false");
    expect(within(nav).queryByRole("link", { name: "今何人待ち" })).not.toBeInTheDocument();
    await user.tab();
    expect(within(nav).getByRole("link", { name: "区民の声を送る" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(voices).toHaveAttribute("aria-expanded", "false");
    expect(voices).toHaveFocus();
  });

  it("opens the whole menu in a drawer, which a followed link closes", async () => {
    const user = userEvent.setup();
    mockFetch({});
    const { router } = renderRoute("/");
    await user.click(screen.getByRole("button", { name: "メニュー" }));
    const drawer = await screen.findByRole("dialog", { name: "メニュー" });
    expect(within(drawer).getByRole("heading", { name: "区民の声・提案" })).toBeInTheDocument();
    await user.click(within(drawer).getByRole("link", { name: "区提案の結果" }));

    expect(router.state.location.pathname).toBe("/proposal-results");
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "メニュー" })).not.toBeInTheDocument());
  });

  it("tells a signed-in user when a staff page is not for their role", async () => {
    mockFetch({});
    startSession("token-abc", 1800, chuoStaff);
    renderRoute("/staff/procedures");

    expect(screen.getByRole("heading", { level: 1, name: "このページを表示する権限がありません" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("このページを表示する権限がありません | 区政ハブ"));
  });

  it("shows a not-found page for unknown routes", async () => {
    mockFetch({});
    renderRoute("/no/such/page");

    expect(screen.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("ページが見つかりません | 区政ハブ"));
  });
});
