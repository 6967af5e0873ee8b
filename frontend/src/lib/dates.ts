import { createContext, createElement, type ReactNode, useContext } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../api/schemas";

/** Dates and times of the counters are Kumamoto's (Asia/Tokyo), wherever the browser is. */
export const BUSINESS_TIME_ZONE = "Asia/Tokyo";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the value is an existing date written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today's date in Kumamoto as YYYY-MM-DD. */
export function todayInKumamoto(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: BUSINESS_TIME_ZONE }).format(now);
}

/** The date `days` after an ISO date (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "2027-01" for the month an ISO date falls in. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** "08:30" → "8:30"; "24:00" stays. */
export function shortTime(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/**
 * How a date is written. Staff read the Western year (2026年12月4日(金)); residents read the Japanese era in Japanese
 * (令和8年12月4日(金)), as on the city's letters and forms. In English both read Dec 4, 2026 (Fri).
 */
export type DateReader = "staff" | "resident";

const english = (language: string) => language === "en";

/** The formatter for a language and reader; the Japanese calendar only for residents reading Japanese. */
function dateTimeFormat(language: string, reader: DateReader, options: Intl.DateTimeFormatOptions) {
  if (english(language)) return new Intl.DateTimeFormat("en-US", options);
  if (reader === "resident") {
    return new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", ...options });
  }
  return new Intl.DateTimeFormat("ja-JP", options);
}

/** A calendar date (YYYY-MM-DD) as the instant it names in UTC, so that no time zone shifts the day. */
function utcDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** "Dec 4, 2026 (Fri)": English has no fixed pattern with the weekday after the date, so it is put there. */
function englishDate(date: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone });
  const weekday = new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone });
  return `${day.format(date)} (${weekday.format(date)})`;
}

function dateOf(date: Date, language: string, reader: DateReader, timeZone: string): string {
  if (english(language)) return englishDate(date, timeZone);
  return dateTimeFormat(language, reader, {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
    timeZone,
  }).format(date);
}

/** 2026年12月4日(金) / 令和8年12月4日(金) for residents / Dec 4, 2026 (Fri): the one way the app writes a date. */
export function formatDate(isoDate: string, language: string, reader: DateReader = "staff"): string {
  return dateOf(utcDay(isoDate), language, reader, "UTC");
}

/** The date of an instant in Kumamoto, written as formatDate writes dates. */
export function formatInstantDate(instant: string, language: string, reader: DateReader = "staff"): string {
  return dateOf(new Date(instant), language, reader, BUSINESS_TIME_ZONE);
}

/** 8:30 (17:15:02 with seconds), for an instant, in Kumamoto time, on the 24-hour clock in both languages. */
export function formatTime(instant: string, options: { seconds?: boolean } = {}): string {
  return new Intl.DateTimeFormat("ja-JP", {
    hour: "numeric",
    minute: "2-digit",
    second: options.seconds ? "2-digit" : undefined,
    timeZone: BUSINESS_TIME_ZONE,
  }).format(new Date(instant));
}

/** 2026年12月4日(金) 8:30 / Dec 4, 2026 (Fri) 8:30, for an instant, in Kumamoto time. */
export function formatDateTime(
  instant: string,
  language: string,
  reader: DateReader = "staff",
  options: { seconds?: boolean } = {},
): string {
  return `${formatInstantDate(instant, language, reader)} ${formatTime(instant, options)}`;
}

/** 2026年12月 / 令和8年12月 for residents / Dec 2026. */
export function formatMonth(isoMonth: string, language: string, reader: DateReader = "staff"): string {
  return dateTimeFormat(language, reader, {
    year: "numeric",
    month: english(language) ? "short" : "long",
    timeZone: "UTC",
  }).format(utcDay(`${isoMonth}-01`));
}

/** 12月 / Dec: a month on a chart's axis, where the year is written once beside it. */
export function formatMonthOnly(isoMonth: string, language: string): string {
  return new Intl.DateTimeFormat(english(language) ? "en-US" : "ja-JP", { month: "short", timeZone: "UTC" }).format(
    utcDay(`${isoMonth}-01`),
  );
}

/** 金 / Fri */
export function formatWeekday(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(english(language) ? "en-US" : "ja-JP", { weekday: "short", timeZone: "UTC" }).format(
    utcDay(isoDate),
  );
}

const ReaderContext = createContext<DateReader>("staff");

/** Marks a page as read by residents: its dates, and those of the parts it shows, are written with the era. */
export function ForResidents({ children }: { children: ReactNode }) {
  return createElement(ReaderContext.Provider, { value: "resident" }, children);
}

export interface DateFormats {
  /** 2027年1月1日(金) / 令和9年1月1日(金) on residents' pages / Jan 1, 2027 (Fri) */
  date: (isoDate: string) => string;
  /** The date an instant falls on in Kumamoto, written as `date` */
  instantDate: (instant: string) => string;
  /** 金 / Fri */
  weekday: (isoDate: string) => string;
  /** 2027年1月 / 令和9年1月 on residents' pages / Jan 2027 */
  month: (isoMonth: string) => string;
  /** 1月 / Jan, for a chart's axis */
  monthOnly: (isoMonth: string) => string;
  /** 2027年1月4日(月) 8:30 / Jan 4, 2027 (Mon) 8:30, for an instant, in Kumamoto time */
  dateTime: (instant: string, options?: { seconds?: boolean }) => string;
  /** 17:15, for an instant, in Kumamoto time */
  time: (instant: string) => string;
  /** 8:30〜12:00、13:00〜17:15 */
  spans: (spans: Schema<"TimeSpan">[]) => string;
}

/** Writes dates and times in the current language, with the era on residents' pages (see ForResidents). */
export function useDateFormats(): DateFormats {
  const { t, i18n } = useTranslation();
  const reader = useContext(ReaderContext);
  const language = i18n.language;
  return {
    date: (isoDate) => formatDate(isoDate, language, reader),
    instantDate: (instant) => formatInstantDate(instant, language, reader),
    weekday: (isoDate) => formatWeekday(isoDate, language),
    month: (isoMonth) => formatMonth(isoMonth, language, reader),
    monthOnly: (isoMonth) => formatMonthOnly(isoMonth, language),
    dateTime: (instant, options) => formatDateTime(instant, language, reader, options),
    time: (instant) => formatTime(instant),
    spans: (spans) =>
      spans
        .map((span) => t("hours.span", { opens: shortTime(span.opens), closes: shortTime(span.closes) }))
        .join(t("hours.spanSeparator")),
  };
}
