import { describe, expect, it } from "vitest";
import { formatRate, formatYen, grantLimits, parseYen, rateCap, settlementCap, usedPercent } from "./money";

describe("yen", () => {
  it("is written with a yen sign and thousands separators in both languages", () => {
    expect(formatYen(1_000_000)).toBe("¥1,000,000");
    expect(formatYen(0)).toBe("¥0");
  });

  it("is read from digits with or without separators, full-width or not", () => {
    expect(parseYen("1000000")).toBe(1_000_000);
    expect(parseYen(" 1,000,000 ")).toBe(1_000_000);
    expect(parseYen("¥25,000")).toBe(25_000);
    expect(parseYen("３００，０００")).toBe(300_000);
    expect(parseYen("30000円")).toBe(30_000);
  });

  it("is never a fraction, a negative number or a word", () => {
    expect(parseYen("")).toBeUndefined();
    expect(parseYen("1.5")).toBeUndefined();
    expect(parseYen("-100")).toBeUndefined();
    expect(parseYen("百万")).toBeUndefined();
    expect(parseYen("10000000000000")).toBeUndefined();
  });
});

describe("subsidy rate", () => {
  it("is a fraction that caps a cost rounded down to the yen", () => {
    expect(formatRate({ numerator: 2, denominator: 3 })).toBe("2/3");
    expect(rateCap(100_001, { numerator: 1, denominator: 2 })).toBe(50_000);
    expect(rateCap(100, { numerator: 2, denominator: 3 })).toBe(66);
    // exact where a floating-point division would round up to the next yen
    expect(rateCap(999_999_999_999, { numerator: 999, denominator: 1000 })).toBe(998_999_999_999);
  });
});

describe("grant limits", () => {
  const program = {
    maximumPerApplicationYen: 300_000,
    minimumPerApplicationYen: 25_000,
    subsidyRate: { numerator: 1, denominator: 2 },
    budgetRemainingYen: 370_000,
  };

  it("names every cap and takes the lowest as the most that may be granted", () => {
    const limits = grantLimits({ requestedAmountYen: 200_000, eligibleCostYen: 300_000 }, program);
    expect(limits.caps).toEqual([
      { rule: "requestedAmount", amountYen: 200_000 },
      { rule: "maximumPerApplication", amountYen: 300_000 },
      { rule: "subsidyRate", amountYen: 150_000 },
      { rule: "remainingBudget", amountYen: 370_000 },
    ]);
    expect(limits.highestYen).toBe(150_000);
    expect(limits.lowestYen).toBe(25_000);
  });

  it("caps a settlement by the grant and by the rate of the actual cost", () => {
    expect(settlementCap(150_000, 280_000, { numerator: 1, denominator: 2 })).toBe(140_000);
    expect(settlementCap(100_000, 280_000, { numerator: 1, denominator: 2 })).toBe(100_000);
  });
});

describe("budget meter", () => {
  it("gives whole percent within 0–100", () => {
    expect(usedPercent(630_000, 1_000_000)).toBe(63);
    expect(usedPercent(5, 0)).toBe(0);
    expect(usedPercent(2_000, 1_000)).toBe(100);
  });
});
