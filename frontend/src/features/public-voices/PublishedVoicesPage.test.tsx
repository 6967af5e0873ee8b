import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { json, mockFetch } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

/** The API's address in the tests' environment. */
const API = import.meta.env.VITE_API_BASE ?? "";

const voice: Schema<"PublicVoice"> = {
  reference: "V-2026-000123",
  type: "REQUEST",
  categories: [{ code: "roads", nameJa: "道路", nameEn: "Roads", groupJa: "まちづくり" }],
  ward: { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" },
  receivedOn: "2026-11-20",
  answeredOn: "2026-11-28",
  publishedAt: "2026-11-30T01:00:00Z",
  publishedText: "通学路の街灯が切れている。",
  answer: "現地を確認し、街灯を交換しました。",
  photos: ["/api/v1/public/voices/V-2026-000123/photos/2"],
};

const common = {
  "GET /api/v1/wards": () => json(wards),
  "GET /api/v1/public/voice-categories": () =>
    json([
      { code: "roads", nameJa: "道路", nameEn: "Roads", groupJa: "まちづくり" },
      { code: "parks", nameJa: "公園", nameEn: "Parks", groupJa: "まちづくり" },
    ]),
};

describe("the published voices page", () => {
  it("shows each published voice with its answer, and passes the filters of the URL to the list and the downloads", async () => {
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/public/voices": () => json({ items: [voice], page: 0, size: 20, total: 1 }),
    });
    renderRoute("/published-voices?ward=431010&year=2026&q=街灯");

    const article = await screen.findByRole("article", { name: /V-2026-000123/ });
    expect(within(article).getByText("通学路の街灯が切れている。")).toBeInTheDocument();
    expect(within(article).getByText("現地を確認し、街灯を交換しました。")).toBeInTheDocument();
    expect(within(article).getByText("道路")).toBeInTheDocument();
    const photo = within(article).getByRole("img", { name: "区民の方が送った写真 1" });
    expect(photo).toHaveAttribute("src", `${API}/api/v1/public/voices/V-2026-000123/photos/2`);
    expect(photo.closest("a")).toHaveAttribute("href", `${API}/api/v1/public/voices/V-2026-000123/photos/2`);
    expect(screen.getByRole("status")).toHaveTextContent("1 件");
    expect(screen.getByRole("heading", { level: 1, name: "区民の声の公表" })).toBeInTheDocument();

    const list = new URL(requests.find((request) => request.url.includes("/public/voices"))!.url);
    expect(list.searchParams.get("ward")).toBe("431010");
    expect(list.searchParams.get("year")).toBe("2026");
    expect(list.searchParams.get("q")).toBe("街灯");
    expect(screen.getByRole("link", { name: "CSV（UTF-8）" }).getAttribute("href")).toBe(
      `${API}/api/v1/public/voices.csv?ward=431010&year=2026&q=%E8%A1%97%E7%81%AF`,
    );
    expect(screen.getByRole("link", { name: "JSON" }).getAttribute("href")).toContain("/api/v1/public/voices.json?");
    expect(screen.getByRole("link", { name: "新着の公表（Atom フィード）" }).getAttribute("href")).toBe(
      `${API}/api/v1/public/feed.atom`,
    );
  });

  it("asks again with the category chosen and the keyword searched, from the first page", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/public/voices": () => json({ items: [], page: 0, size: 20, total: 0 }),
    });
    const { router } = renderRoute("/published-voices?page=3");
    expect(await screen.findByText("条件に合う公表した声はありません。")).toBeInTheDocument();

    await user.selectOptions(await screen.findByLabelText("分類"), "parks");
    await user.type(screen.getByLabelText("キーワード"), "ブランコ");
    await user.click(screen.getByRole("button", { name: "検索" }));

    expect(router.state.location.search).toBe("?category=parks&q=%E3%83%96%E3%83%A9%E3%83%B3%E3%82%B3");
    const last = new URL(requests.filter((request) => request.url.includes("/public/voices")).at(-1)!.url);
    expect(last.searchParams.get("category")).toBe("parks");
    expect(last.searchParams.get("q")).toBe("ブランコ");
    expect(last.searchParams.get("page")).toBe("0");
  });

  it("is linked from the header's 区民の声・提案 for visitors who are not signed in", async () => {
    const user = userEvent.setup();
    mockFetch({ ...common, "GET /api/v1/public/voices": () => json({ items: [], page: 0, size: 20, total: 0 }) });
    renderRoute("/published-voices");
    const nav = await screen.findByRole("navigation", { name: /メイン|main/i });
    await user.click(within(nav).getByRole("button", { name: "区民の声・提案" }));
    expect(within(nav).getByRole("link", { name: "区民の声の公表" })).toHaveAttribute("href", "/published-voices");
    expect(within(nav).getByRole("link", { name: "区提案の結果" })).toHaveAttribute("href", "/proposal-results");
  });
});
