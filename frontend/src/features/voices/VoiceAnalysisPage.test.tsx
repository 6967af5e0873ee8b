import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { startSession } from "../../lib/auth/session";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";
import type { Schema } from "../../api/schemas";

const analysis: Schema<"VoiceAnalysis"> = {
  from: "2026-09-01",
  to: "2026-10-31",
  total: 14,
  months: ["2026-09", "2026-10"],
  byCategoryMonth: [
    { key: "roads", labelJa: "道路", labelEn: "Roads", counts: [4, 2], total: 6 },
    { key: "parks", labelJa: "公園", labelEn: "Parks", counts: [1, 0], total: 1 },
    { key: "safety", labelJa: "防犯・防災", labelEn: "Safety and disaster prevention", counts: [1, 0], total: 1 },
  ],
  byWard: [
    { key: "431056", labelJa: "北区", labelEn: "Kita", count: 5 },
    { key: "431010", labelJa: "中央区", labelEn: "Chuo", count: 9 },
  ],
  byChannel: [
    { key: "PHONE", labelJa: "電話", labelEn: "Phone", count: 10 },
    { key: "COUNTER", labelJa: "窓口", labelEn: "Counter", count: 4 },
  ],
  overdueTotal: 2,
  overdueByWard: [{ key: "431056", labelJa: "北区", labelEn: "Kita", count: 2 }],
};

function analysisApi() {
  return mockFetch({
    "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    "GET /api/v1/voices/analysis": () => json(analysis),
    "GET /api/v1/voices/export.csv": () =>
      new Response("\uFEFF受付番号,受付日\r\nV-2026-000001,2026-09-01\r\n", {
        headers: { "Content-Type": "text/csv" },
      }),
  });
}

describe("voice analysis", () => {
  it("draws each chart as a labelled image with the same numbers in a table", async () => {
    startSession("token-abc", 1800, hqStaff);
    const { requests } = analysisApi();
    renderRoute("/voices/analysis?from=2026-09-01&to=2026-10-31");

    expect(await screen.findByText("2026年9月1日(火)〜2026年10月31日(土)に受け付けた声: 14件")).toBeInTheDocument();
    const wards = await screen.findByRole("img", { name: /^区別の件数の横棒グラフ。/ });
    // Side by side in ward-code order, whatever the counts.
    expect(wards).toHaveAccessibleName("区別の件数の横棒グラフ。中央区 9件、北区 5件");
    expect(
      await screen.findByRole("img", {
        name: /^受付方法ごとの件数と割合の横棒グラフ（全14件）。電話 10件 \(71%\)、窓口 4件 \(29%\)$/,
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("img", { name: /^区別の期限超過の件数の横棒グラフ（全2件）。北区 2件$/ }),
    ).toBeInTheDocument();
    const heat = await screen.findByRole("img", { name: /^分類別・月別の件数/ });
    expect(heat).toHaveAccessibleName(expect.stringContaining("多い分類: 道路 6件、公園 1件、防犯・防災 1件"));

    const table = screen.getByRole("table", { name: "分類別・月別の件数", hidden: true });
    const rows = within(table).getAllByRole("row", { hidden: true });
    expect(rows.map((row) => row.textContent)).toEqual([
      "分類2026年9月2026年10月計",
      "道路426",
      "公園101",
      "防犯・防災101",
      "計（分類ごとに数えた延べ件数）628",
    ]);
    // every figure comes in one request, for the period in the URL
    const voiceRequests = requests.filter((r) => new URL(r.url).pathname.startsWith("/api/v1/voices"));
    expect(voiceRequests.map((r) => new URL(r.url).pathname)).toEqual(["/api/v1/voices/analysis"]);
    expect(Object.fromEntries(new URL(voiceRequests[0].url).searchParams)).toEqual({
      from: "2026-09-01",
      to: "2026-10-31",
    });
  });

  it("downloads the CSV with the token and saves it under a name saying the period", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    const { requests } = analysisApi();
    const createObjectURL = vi.fn((blob: Blob) => {
      expect(blob.size).toBeGreaterThan(0);
      return "blob:voices";
    });
    // jsdom has no object URLs: put stand-ins in place for this test only.
    const originalCreate = URL.createObjectURL.bind(URL);
    const originalRevoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    onTestFinished(() => {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe("voices_2026-09-01_2026-10-31.csv");
      expect(this.href).toBe("blob:voices");
    });
    renderRoute("/voices/analysis?from=2026-09-01&to=2026-10-31");

    await user.click(await screen.findByRole("button", { name: "CSVをダウンロード" }));

    expect(await screen.findByText("CSVをダウンロードしました。")).toBeInTheDocument();
    expect(click).toHaveBeenCalledOnce();
    const csv = requests.find((request) => new URL(request.url).pathname === "/api/v1/voices/export.csv")!;
    expect(csv.headers.get("Authorization")).toBe("Bearer token-abc");
    expect(Object.fromEntries(new URL(csv.url).searchParams)).toEqual({ from: "2026-09-01", to: "2026-10-31" });
  });

  it("keeps the chosen period in the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    analysisApi();
    const { router } = renderRoute("/voices/analysis?from=2026-09-01&to=2026-10-31");

    const from = await screen.findByLabelText("受付日（から）");
    await user.clear(from);
    await user.type(from, "2026-04-01");
    await user.click(screen.getByRole("button", { name: "表示する" }));
    await waitFor(() => expect(router.state.location.search).toBe("?from=2026-04-01&to=2026-10-31"));
  });
});
