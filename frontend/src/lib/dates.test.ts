import { renderHook } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import i18n from "../app/i18n";
import {
  ForResidents,
  formatDate,
  formatDateTime,
  formatInstantDate,
  formatMonth,
  formatMonthOnly,
  formatTime,
  formatWeekday,
  useDateFormats,
} from "./dates";

describe("the one way dates are written", () => {
  it("writes a staff date with the Western year, and the weekday in brackets", () => {
    expect(formatDate("2026-12-04", "ja")).toBe("2026年12月4日(金)");
    expect(formatDate("2027-01-01", "ja")).toBe("2027年1月1日(金)");
    expect(formatDate("2026-12-04", "en")).toBe("Dec 4, 2026 (Fri)");
  });

  it("writes a resident's date with the Japanese era in Japanese, and as staff read it in English", () => {
    expect(formatDate("2026-12-04", "ja", "resident")).toBe("令和8年12月4日(金)");
    expect(formatDate("2026-12-04", "en", "resident")).toBe("Dec 4, 2026 (Fri)");
  });

  it("changes era on 1 May 2019 and calls an era's first year 元年", () => {
    expect(formatDate("2019-04-30", "ja", "resident")).toBe("平成31年4月30日(火)");
    expect(formatDate("2019-05-01", "ja", "resident")).toBe("令和元年5月1日(水)");
    expect(formatDate("2020-01-01", "ja", "resident")).toBe("令和2年1月1日(水)");
  });

  it("writes an instant in Kumamoto time, whatever the browser's zone: 23:30 UTC is the next morning", () => {
    const instant = "2026-12-03T23:30:05Z";
    expect(formatDateTime(instant, "ja")).toBe("2026年12月4日(金) 8:30");
    expect(formatDateTime(instant, "en")).toBe("Dec 4, 2026 (Fri) 8:30");
    expect(formatDateTime(instant, "ja", "resident")).toBe("令和8年12月4日(金) 8:30");
    expect(formatDateTime(instant, "ja", "staff", { seconds: true })).toBe("2026年12月4日(金) 8:30:05");
    expect(formatDateTime("2026-12-04T08:15:00+09:00", "en")).toBe("Dec 4, 2026 (Fri) 8:15");
    expect(formatInstantDate(instant, "ja")).toBe("2026年12月4日(金)");
    expect(formatTime("2026-12-04T08:15:00Z")).toBe("17:15");
  });

  it("writes months and weekdays the same way", () => {
    expect(formatMonth("2026-12", "ja")).toBe("2026年12月");
    expect(formatMonth("2026-12", "ja", "resident")).toBe("令和8年12月");
    expect(formatMonth("2026-12", "en")).toBe("Dec 2026");
    expect(formatMonthOnly("2026-12", "ja")).toBe("12月");
    expect(formatMonthOnly("2026-12", "en")).toBe("Dec");
    expect(formatWeekday("2026-12-04", "ja")).toBe("金");
    expect(formatWeekday("2026-12-04", "en")).toBe("Fri");
  });
});

describe("useDateFormats", () => {
  afterEach(async () => {
    await i18n.changeLanguage("ja");
  });

  const residents = ({ children }: { children: ReactNode }) => createElement(ForResidents, null, children);

  it("writes the era on residents' pages and the Western year on staff pages", () => {
    const staff = renderHook(() => useDateFormats());
    expect(staff.result.current.date("2026-12-04")).toBe("2026年12月4日(金)");
    const resident = renderHook(() => useDateFormats(), { wrapper: residents });
    expect(resident.result.current.date("2026-12-04")).toBe("令和8年12月4日(金)");
    expect(resident.result.current.month("2026-12")).toBe("令和8年12月");
  });

  it("follows the chosen language", async () => {
    await i18n.changeLanguage("en");
    const { result } = renderHook(() => useDateFormats(), { wrapper: residents });
    expect(result.current.date("2026-12-04")).toBe("Dec 4, 2026 (Fri)");
    expect(result.current.dateTime("2026-12-03T23:30:00Z")).toBe("Dec 4, 2026 (Fri) 8:30");
  });
});
