import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { chuoWardOffice, wards } from "../../test/fixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";

const office: Schema<"Office"> = {
  ...chuoWardOffice,
  building: "本館",
  extension: "1234",
  url: "https://www.city.kumamoto.jp/",
  accessibility: "車いす用トイレ、スロープ、エレベーターがあります。",
  notes: "土日祝日は閉庁です。",
  latitude: 32.8031,
  longitude: 130.7079,
};

describe("office detail", () => {
  it("shows the names, type, ward, address, phone, accessibility, notes and location", async () => {
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices/1": () => json(office),
      "GET /api/v1/offices/1/hours": () => json({ place: {}, from: "2026-12-01", to: "2026-12-07", days: [] }),
      "GET /api/v1/offices/1/open-now": () => json({ place: {}, open: false, today: {} }),
      "GET /api/v1/offices/1/procedures": () => json({ place: {}, items: [] }),
    });

    renderRoute("/offices/1");

    expect(await screen.findByRole("heading", { level: 1, name: "中央区役所" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("中央区役所 | 区政ハブ"));
    expect(screen.getByText("ちゅうおうくやくしょ")).toBeInTheDocument();
    expect(screen.getByText("Chuo Ward Office")).toHaveAttribute("lang", "en");
    expect(screen.getByText("区役所")).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "中央区" })).toHaveAttribute("href", "/wards/431010");
    expect(screen.getByText("〒860-8601")).toBeInTheDocument();
    expect(screen.getByText("熊本市中央区手取本町1番1号")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "096-328-2111" })).toHaveAttribute("href", "tel:096-328-2111");
    expect(screen.getByText("内線 1234")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "https://www.city.kumamoto.jp/" })).toBeInTheDocument();
    expect(screen.getByText("車いす用トイレ、スロープ、エレベーターがあります。")).toBeInTheDocument();
    expect(screen.getByText("土日祝日は閉庁です。")).toBeInTheDocument();
    expect(screen.getByText("北緯 32.8031、東経 130.7079")).toBeInTheDocument();
  });

  it("shows a friendly page for an unknown office", async () => {
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices/999": () =>
        problem({ type: "about:blank", title: "施設が見つかりません", titleEn: "Office not found", status: 404 }),
    });

    renderRoute("/offices/999");

    expect(await screen.findByRole("heading", { level: 1, name: "施設が見つかりません" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "施設一覧へ戻る" })).toHaveAttribute("href", "/offices");
  });
});
