import type { Schema } from "../../api/schemas";

/**
 * Money is whole yen, as the API keeps it. Written the same in both languages (¥1,000,000), so that figures read
 * alike in Japanese and English pages and tables.
 */
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatYen(amount: number): string {
  return `¥${GROUPED.format(amount)}`;
}

/** The most the API accepts for an amount: a trillion yen. */
export const MAX_YEN = 1_000_000_000_000;

/**
 * Whole yen from what someone typed: digits with or without thousands separators, an optional yen sign, full-width
 * digits too (a Japanese input method often gives them). Anything else (decimals, words) is not an amount.
 */
export function parseYen(text: string): number | undefined {
  const normalized = text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[，,]/g, "")
    .replace(/^[¥￥]/, "")
    .replace(/円$/, "")
    .trim();
  if (!/^\d{1,13}$/.test(normalized)) return undefined;
  const amount = Number(normalized);
  return amount <= MAX_YEN ? amount : undefined;
}

/** 補助率 as people write it: 1/2. */
export function formatRate(rate: Schema<"SubsidyRate">): string {
  return `${rate.numerator}/${rate.denominator}`;
}

/** The cap a rate puts on a cost, rounded down to the yen exactly as the API does (integers, no floating point). */
export function rateCap(costYen: number, rate: Schema<"SubsidyRate">): number {
  return Number((BigInt(costYen) * BigInt(rate.numerator)) / BigInt(rate.denominator));
}

export type GrantLimitRule = "requestedAmount" | "maximumPerApplication" | "subsidyRate" | "remainingBudget";

export interface GrantLimits {
  /** Each upper limit of a grant, in the order the API checks them. */
  caps: { rule: GrantLimitRule; amountYen: number }[];
  /** The most that may be granted: the lowest cap. */
  highestYen: number;
  lowestYen: number;
}

/** What a grant may not exceed: the requested amount, the programme's maximum, rate × cost and the budget left. */
export function grantLimits(
  application: { requestedAmountYen: number; eligibleCostYen: number },
  program: {
    maximumPerApplicationYen: number;
    minimumPerApplicationYen: number;
    subsidyRate: Schema<"SubsidyRate">;
    budgetRemainingYen: number;
  },
): GrantLimits {
  const caps: GrantLimits["caps"] = [
    { rule: "requestedAmount", amountYen: application.requestedAmountYen },
    { rule: "maximumPerApplication", amountYen: program.maximumPerApplicationYen },
    { rule: "subsidyRate", amountYen: rateCap(application.eligibleCostYen, program.subsidyRate) },
    { rule: "remainingBudget", amountYen: program.budgetRemainingYen },
  ];
  return {
    caps,
    highestYen: Math.min(...caps.map((cap) => cap.amountYen)),
    lowestYen: program.minimumPerApplicationYen,
  };
}

/** A settlement's final amount may not exceed the granted amount nor the rate of the actual cost. */
export function settlementCap(grantedYen: number, actualCostYen: number, rate: Schema<"SubsidyRate">): number {
  return Math.min(grantedYen, rateCap(actualCostYen, rate));
}

/** The share of the budget used, in whole percent for a meter (0–100). */
export function usedPercent(usedYen: number, budgetYen: number): number {
  if (budgetYen <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((usedYen / budgetYen) * 100)));
}
