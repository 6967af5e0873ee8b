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

function locale(language: string): string {
  return language === "en" ? "en-GB" : "ja-JP";
}

export interface DateFormats {
  /** 2027年1月1日(金) / Fri 1 January 2027 */
  date: (isoDate: string) => string;
  /** 1月1日(金) / Fri 1 Jan */
  shortDate: (isoDate: string) => string;
  /** 金 / Fri */
  weekday: (isoDate: string) => string;
  /** 2027年1月 / January 2027 */
  month: (isoMonth: string) => string;
  /** 1月4日(月) 8:30 / Mon 4 Jan, 8:30, for an instant, in Kumamoto time */
  dateTime: (instant: string) => string;
  /** 17:15, for an instant, in Kumamoto time */
  time: (instant: string) => string;
  /** 8:30〜12:00、13:00〜17:15 */
  spans: (spans: Schema<"TimeSpan">[]) => string;
}

/** Formats counter dates and times in the current language. */
export function useDateFormats(): DateFormats {
  const { t, i18n } = useTranslation();
  const lang = locale(i18n.language);
  const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { timeZone: "UTC", ...options });
  const local = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang, { timeZone: BUSINESS_TIME_ZONE, ...options });
  const fullDate = utc({ year: "numeric", month: "long", day: "numeric", weekday: "short" });
  const shortDate = utc({ month: "short", day: "numeric", weekday: "short" });
  const weekday = utc({ weekday: "short" });
  const month = utc({ year: "numeric", month: "long" });
  const dateTime = local({ month: "short", day: "numeric", weekday: "short", hour: "numeric", minute: "2-digit" });
  const time = local({ hour: "numeric", minute: "2-digit" });
  const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
  return {
    date: (isoDate) => fullDate.format(day(isoDate)),
    shortDate: (isoDate) => shortDate.format(day(isoDate)),
    weekday: (isoDate) => weekday.format(day(isoDate)),
    month: (isoMonth) => month.format(new Date(`${isoMonth}-01T00:00:00Z`)),
    dateTime: (instant) => dateTime.format(new Date(instant)),
    time: (instant) => time.format(new Date(instant)),
    spans: (spans) =>
      spans
        .map((span) => t("hours.span", { opens: shortTime(span.opens), closes: shortTime(span.closes) }))
        .join(t("hours.spanSeparator")),
  };
}
