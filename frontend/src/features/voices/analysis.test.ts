import { describe, expect, it } from "vitest";
import { crossTab, csvFileName, heatLevel, monthStart, parseAnalysisPeriod, percentOf } from "./analysis";

describe("analysis period", () => {
  it("defaults to the twelve months up to today", () => {
    expect(parseAnalysisPeriod(new URLSearchParams(), "2026-11-20")).toEqual({ from: "2025-12-01", to: "2026-11-20" });
  });

  it("takes the URL's dates when they are dates", () => {
    expect(parseAnalysisPeriod(new URLSearchParams("from=2026-04-01&to=2026-09-30"), "2026-11-20")).toEqual({
      from: "2026-04-01",
      to: "2026-09-30",
    });
    expect(parseAnalysisPeriod(new URLSearchParams("from=April&to=2026-13-01"), "2026-11-20")).toEqual({
      from: "2025-12-01",
      to: "2026-11-20",
    });
  });

  it("counts months back across a year", () => {
    expect(monthStart("2026-01-31", 1)).toBe("2025-12-01");
    expect(monthStart("2026-03-15")).toBe("2026-03-01");
  });
});

describe("chart figures", () => {
  it("give shares in whole percent and heat levels by quarters", () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 0)).toBe(0);
    expect([0, 1, 5, 6, 10, 20].map((count) => heatLevel(count, 20))).toEqual([0, 1, 1, 2, 2, 4]);
  });
});

describe("category × month table", () => {
  it("lines the months up across categories and totals rows and columns", () => {
    const table = crossTab(
      ["2026-01", "2026-02", "2026-03"],
      [
        { key: "roads", counts: [3, 0, 0] },
        { key: "parks", counts: [0, 2, 1] },
      ],
    );
    expect(table.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(table.rows).toEqual([
      { key: "roads", counts: [3, 0, 0], total: 3 },
      { key: "parks", counts: [0, 2, 1], total: 3 },
    ]);
    expect(table.monthTotals).toEqual([3, 2, 1]);
    expect(table.max).toBe(3);
  });

  it("is empty without numbers", () => {
    expect(crossTab([], [{ key: "roads", counts: [] }])).toEqual({
      months: [],
      rows: [{ key: "roads", counts: [], total: 0 }],
      monthTotals: [],
      max: 0,
    });
  });
});

describe("CSV file name", () => {
  it("says the period exported", () => {
    expect(csvFileName({ from: "2026-04-01", to: "2026-09-30" }, "2026-11-20")).toBe(
      "voices_2026-04-01_2026-09-30.csv",
    );
    expect(csvFileName({}, "2026-11-20")).toBe("voices_start_2026-11-20.csv");
  });
});
