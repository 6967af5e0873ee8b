import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOfficeHours } from "../../api/counter";
import type { Schema } from "../../api/schemas";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { DayRows } from "../../components/OfficeCounterInfo";
import { useChannelHours } from "./api";
import { addDays, monthOf, todayInKumamoto, useDateFormats } from "../../lib/dates";

/** How far the preview looks ahead at first. */
const DEFAULT_PREVIEW_DAYS = 42;

function byMonth(days: Schema<"DayHours">[]): [string, Schema<"DayHours">[]][] {
  const months = new Map<string, Schema<"DayHours">[]>();
  for (const day of days) {
    const month = monthOf(day.date);
    months.set(month, [...(months.get(month) ?? []), day]);
  }
  return [...months.entries()];
}

/** A place whose resolved days can be read: an office or a channel. */
export type PreviewPlace = { kind: "office"; id: number } | { kind: "channel"; code: string };

/** The place's days as residents will see them, resolved by the API from every period; refreshed after each save. */
export function HoursPreview({ place }: { place: PreviewPlace }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const today = todayInKumamoto();
  const [range, setRange] = useState({ from: today, to: addDays(today, DEFAULT_PREVIEW_DAYS - 1) });
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const officeHours = useOfficeHours(
    place.kind === "office" ? place.id : 0,
    range.from,
    range.to,
    place.kind === "office",
  );
  const channelHours = useChannelHours(
    place.kind === "channel" ? place.code : "",
    range.from,
    range.to,
    place.kind === "channel",
  );
  const hours = place.kind === "office" ? officeHours : channelHours;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRange({ from, to });
  }

  return (
    <section aria-labelledby="hours-preview" className="mt-10">
      <h2 id="hours-preview" className="section-title">
        {t("hoursEditor.previewTitle")}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("hoursEditor.previewIntro")}</p>
      <form
        onSubmit={handleSubmit}
        aria-label={t("hoursEditor.previewRange")}
        className="rounded-8 bg-solid-gray-50 p-4"
      >
        <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div className="field">
            <label htmlFor="preview-from" className="field-label">
              {t("hoursEditor.previewFrom")}
            </label>
            <input
              id="preview-from"
              type="date"
              required
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              className="field-input"
            />
          </div>
          <div className="field">
            <label htmlFor="preview-to" className="field-label">
              {t("hoursEditor.previewTo")}
            </label>
            <input
              id="preview-to"
              type="date"
              required
              min={from || undefined}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              className="field-input"
            />
          </div>
          <button type="submit" className="btn-primary">
            {t("hoursEditor.previewShow")}
          </button>
        </div>
      </form>
      <div className="mt-6" data-testid="hours-preview">
        {hours.isPending && <LoadingStatus />}
        {hours.isError && <ErrorMessage error={hours.error} onRetry={() => void hours.refetch()} />}
        {hours.isSuccess && (
          <div aria-busy={hours.isFetching} className="grid gap-8 lg:grid-cols-2">
            {byMonth(hours.data.days).map(([month, days]) => (
              <div key={month} className="overflow-x-auto">
                <table className="data-table">
                  <caption className="mb-2 text-left text-std-20B-150 text-solid-gray-900">
                    {formats.month(month)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("hours.date")}</th>
                      <th scope="col">{t("hours.hours")}</th>
                      <th scope="col">{t("hours.reason")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <DayRows days={days} today={today} />
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
