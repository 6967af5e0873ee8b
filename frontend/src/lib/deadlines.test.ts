import { describe, expect, it } from "vitest";
import i18n from "../app/i18n";
import { deadlineCountdown } from "./deadlines";

describe("deadline countdown", () => {
  const t = i18n.getFixedT("ja");
  const today = "2027-01-08";

  it("counts the business days left", () => {
    expect(deadlineCountdown(t, { deadline: "2027-01-15", open: true, businessDaysLeft: 4 }, today)).toBe(
      "あと4開庁日",
    );
  });

  it("says when the deadline is today, passed, or has no business day before it", () => {
    expect(deadlineCountdown(t, { deadline: today, open: true, businessDaysLeft: 0 }, today)).toBe(
      "本日が回答期限です",
    );
    expect(deadlineCountdown(t, { deadline: "2027-01-09", open: true, businessDaysLeft: 0 }, today)).toBe(
      "期限までに開庁日はありません",
    );
    expect(deadlineCountdown(t, { deadline: "2027-01-07", open: false, businessDaysLeft: null }, today)).toBe(
      "回答期限を過ぎました",
    );
  });

  it("uses English plurals", () => {
    const en = i18n.getFixedT("en");
    expect(deadlineCountdown(en, { deadline: "2027-01-15", open: true, businessDaysLeft: 1 }, today)).toBe(
      "1 business day left",
    );
  });
});
