import { optional } from "../../lib/optional";
import type { Schema } from "../../api/schemas";

export const PERIOD_KINDS: readonly Schema<"PeriodKind">[] = ["REGULAR", "CLOSED", "OPEN", "SPECIAL_HOURS"];

/** 1 (Monday) .. 7 (Sunday), as the API numbers weekdays. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function isPeriodKind(value: unknown): value is Schema<"PeriodKind"> {
  return PERIOD_KINDS.includes(value as Schema<"PeriodKind">);
}

export function periodKindLabelKey(kind: Schema<"PeriodKind">) {
  return `periodKind.${kind}` as const;
}

export type Weekday = (typeof WEEKDAYS)[number];

export function weekdayLabelKey(day: Weekday) {
  return `weekday.${day}` as const;
}

export interface SpanDraft {
  /** Local key for the list; not sent. */
  key: number;
  /** "" for every day, else "1" .. "7". */
  dayOfWeek: string;
  opens: string;
  closes: string;
}

export interface PeriodDraft {
  kind: Schema<"PeriodKind">;
  startsOn: string;
  endsOn: string;
  reasonJa: string;
  reasonEn: string;
  spans: SpanDraft[];
}

let nextKey = 1;

export function newSpan(dayOfWeek = "", opens = "08:30", closes = "17:15"): SpanDraft {
  return { key: nextKey++, dayOfWeek, opens, closes };
}

export function emptyPeriodDraft(): PeriodDraft {
  return { kind: "CLOSED", startsOn: "", endsOn: "", reasonJa: "", reasonEn: "", spans: [newSpan()] };
}

export function periodDraftOf(period: Schema<"OpeningPeriod">): PeriodDraft {
  return {
    kind: period.kind,
    startsOn: period.startsOn ?? "",
    endsOn: period.endsOn ?? "",
    reasonJa: period.reasonJa ?? "",
    reasonEn: period.reasonEn ?? "",
    spans: period.spans.length
      ? period.spans.map((span) =>
          newSpan(span.dayOfWeek == null ? "" : String(span.dayOfWeek), span.span.opens, span.span.closes),
        )
      : [newSpan()],
  };
}

/** The API's body: a closure has no spans; blank dates and reasons are left out. */
export function toPeriodInput(draft: PeriodDraft): Schema<"OpeningPeriodInput"> {
  return {
    kind: draft.kind,
    startsOn: draft.startsOn || undefined,
    endsOn: draft.endsOn || undefined,
    reasonJa: optional(draft.reasonJa),
    reasonEn: optional(draft.reasonEn),
    spans:
      draft.kind === "CLOSED"
        ? []
        : draft.spans.map((span) => ({
            dayOfWeek: span.dayOfWeek === "" ? undefined : Number(span.dayOfWeek),
            opens: span.opens.trim(),
            closes: span.closes.trim(),
          })),
  };
}

/**
 * The spans of a period as lines such as "毎日: 8:30〜17:15" or "月〜金: 8:30〜17:15", days with the same hours
 * next to each other written as a range.
 */
export function summarizeSpans(
  spans: Schema<"OpeningSpan">[],
  dayLabel: (day: Weekday) => string,
  everyDay: string,
  range: (from: string, to: string) => string,
  spanText: (span: Schema<"OpeningSpan">["span"][]) => string,
): string[] {
  const lines: string[] = [];
  const daily = spans.filter((span) => span.dayOfWeek == null).map((span) => span.span);
  if (daily.length) lines.push(`${everyDay}: ${spanText(daily)}`);
  const byDay = WEEKDAYS.map((day) =>
    spanText(spans.filter((span) => span.dayOfWeek === day).map((span) => span.span)),
  );
  let start = 0;
  while (start < WEEKDAYS.length) {
    let end = start;
    while (end + 1 < WEEKDAYS.length && byDay[end + 1] === byDay[start]) end++;
    if (byDay[start]) {
      const days =
        start === end ? dayLabel(WEEKDAYS[start]) : range(dayLabel(WEEKDAYS[start]), dayLabel(WEEKDAYS[end]));
      lines.push(`${days}: ${byDay[start]}`);
    }
    start = end + 1;
  }
  return lines;
}
