import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../lib/auth/session";
import { mockFetch } from "../test/fetchMock";
import { chuoStaff } from "../test/fixtures";
import { renderRoute } from "../test/renderRoute";

describe("app shell", () => {
  it("has landmarks, a skip link and only the public pages in the menu when signed out", () => {
    mockFetch({});
    renderRoute("/");

    expect(screen.getByRole("link", { name: "本文へスキップ" })).toHaveAttribute("href", "#main-content");
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("id", "main-content");
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "メインメニュー" });
    expect(Array.from(nav.querySelectorAll("a"), (link) => link.textContent)).toEqual([
      "窓口案内",
      "区の一覧",
      "施設一覧",
      "今何人待ち",
      "地域の取り組み",
      "区民の声を送る",
      "区民の声の公表",
      "区提案の結果",
    ]);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(document.title).toBe("区政ハブ");
  });

  it("greets a signed-in user with their name, role and ward", () => {
    mockFetch({});
    startSession("token-abc", 1800, chuoStaff);
    renderRoute("/");

    expect(screen.getByText("中央 花子さん、こんにちは。")).toBeInTheDocument();
    expect(screen.getAllByText("区職員").length).toBeGreaterThan(0);
    expect(screen.getByText("所属: 中央区")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "マイプロフィール" })).toHaveAttribute("href", "/me");
  });

  it("shows each role only the staff pages it may use", () => {
    mockFetch({});
    startSession("token-abc", 1800, chuoStaff);
    const { unmount } = renderRoute("/");
    const menu = () =>
      Array.from(
        screen.getByRole("navigation", { name: "メインメニュー" }).querySelectorAll("a"),
        (link) => link.textContent,
      );
    expect(menu()).toEqual([
      "窓口案内",
      "区の一覧",
      "施設一覧",
      "今何人待ち",
      "地域の取り組み",
      "区民の声を送る",
      "区民の声の公表",
      "区提案の結果",
      "窓口コンソール",
      "フロア案内",
      "開庁時間の設定",
      "Q&Aの管理",
      "区民の声",
      "窓口利用統計",
      "区提案",
      "事前協議",
      "事務分担",
      "まちづくり事業",
      "地域づくり支援",
      "マイプロフィール",
    ]);
    unmount();

    startSession("token-abc", 1800, { ...chuoStaff, username: "hq", role: "HQ", ward: null });
    const hq = renderRoute("/");
    expect(menu()).toEqual([
      "窓口案内",
      "区の一覧",
      "施設一覧",
      "今何人待ち",
      "地域の取り組み",
      "区民の声を送る",
      "区民の声の公表",
      "区提案の結果",
      "手続きの管理",
      "Q&Aの管理",
      "区民の声",
      "窓口利用統計",
      "区提案",
      "事前協議",
      "事務分担",
      "まちづくり事業",
      "地域づくり支援",
      "マイプロフィール",
    ]);
    hq.unmount();

    startSession("token-abc", 1800, { ...chuoStaff, username: "chuo-floor", role: "FLOOR" });
    const floor = renderRoute("/");
    expect(menu()).toEqual([
      "窓口案内",
      "区の一覧",
      "施設一覧",
      "今何人待ち",
      "地域の取り組み",
      "区民の声を送る",
      "区民の声の公表",
      "区提案の結果",
      "フロア案内",
      "区民の声",
      "事務分担",
      "マイプロフィール",
    ]);
    floor.unmount();

    startSession("token-abc", 1800, { ...chuoStaff, username: "chuo-liaison", role: "LIAISON" });
    const liaison = renderRoute("/");
    expect(menu()).toEqual([
      "窓口案内",
      "区の一覧",
      "施設一覧",
      "今何人待ち",
      "地域の取り組み",
      "区民の声を送る",
      "区民の声の公表",
      "区提案の結果",
      "区民の声",
      "事務分担",
      "まちづくり事業",
      "担当地域",
      "地域づくり支援",
      "マイプロフィール",
    ]);
    liaison.unmount();

    startSession("token-abc", 1800, { ...chuoStaff, username: "admin", role: "ADMIN", ward: null });
    renderRoute("/");
    expect(menu()).toEqual([
      "窓口案内",
      "区の一覧",
      "施設一覧",
      "今何人待ち",
      "地域の取り組み",
      "区民の声を送る",
      "区民の声の公表",
      "区提案の結果",
      "手続きの管理",
      "開庁時間の設定",
      "Q&Aの管理",
      "区民の声",
      "窓口利用統計",
      "区提案",
      "事前協議",
      "事務分担",
      "まちづくり事業",
      "地域づくり支援",
      "マイプロフィール",
      "職員アカウント",
      "連携システム・端末",
      "監査記録",
    ]);
  });

  it("tells a signed-in user when a staff page is not for their role", () => {
    mockFetch({});
    startSession("token-abc", 1800, chuoStaff);
    renderRoute("/staff/procedures");

    expect(screen.getByRole("heading", { level: 1, name: "このページを表示する権限がありません" })).toBeInTheDocument();
    expect(document.title).toBe("このページを表示する権限がありません | 区政ハブ");
  });

  it("shows a not-found page for unknown routes", () => {
    mockFetch({});
    renderRoute("/no/such/page");

    expect(screen.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeInTheDocument();
    expect(document.title).toBe("ページが見つかりません | 区政ハブ");
  });
});
