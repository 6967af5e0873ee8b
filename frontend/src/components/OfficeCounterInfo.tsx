import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOfficeHours, useOfficeProcedures, useOpenNow } from "../api/counter";
import { useLocalName } from "../app/useLocalName";
import { canEditOfficeHours } from "../lib/auth/permissions";
import { useSession } from "../lib/auth/session";
import { addDays, todayInKumamoto, useDateFormats } from "../lib/dates";
import { ErrorMessage } from "./ErrorMessage";
import type { Schema } from "../api/schemas";
import { LoadingStatus } from "./LoadingStatus";
import { LevelLegend, LevelMark } from "./levels";
import { StatusBadge } from "../components/StatusBadge";

/** The reason a day is special (祝日名, 休日開庁, 年末年始 …) in the current language. */
export function useDayReason(): (day: Schema<"DayHours">) => string {
  const { i18n } = useTranslation();
  return (day) => (i18n.language === "en" ? (day.reasonEn ?? day.reasonJa ?? "") : (day.reasonJa ?? ""));
}

function OpenNowStatus({ officeId }: { officeId: number }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const openNow = useOpenNow(officeId);
  if (openNow.isPending) return <LoadingStatus />;
  if (openNow.isError) return <ErrorMessage error={openNow.error} onRetry={() => void openNow.refetch()} />;
  const { open, closesAt, nextOpening } = openNow.data;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-3 text-std-17B-170" data-testid="open-now">
      <StatusBadge family="office" status={open ? "OPEN" : "CLOSED"}>
        {open ? t("hours.badgeOpen") : t("hours.badgeClosed")}
      </StatusBadge>
      <span>
        {open
          ? closesAt
            ? t("hours.openUntil", { time: formats.time(closesAt) })
            : t("hours.openNow")
          : nextOpening
            ? t("hours.closedNext", { when: formats.dateTime(nextOpening) })
            : t("hours.closedNow")}
      </span>
    </p>
  );
}

/** One row per day: the hours, or that it is closed and why. */
export function DayRows({ days, today }: { days: Schema<"DayHours">[]; today?: string }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const reason = useDayReason();
  return (
    <>
      {days.map((day) => (
        <tr key={day.date} data-open={day.open}>
          <th scope="row" className="whitespace-nowrap">
            {formats.date(day.date)}
            {day.date === today && <span className="ml-2 status-badge">{t("hours.today")}</span>}
          </th>
          <td>{day.open ? formats.spans(day.spans) : t("hours.closed")}</td>
          <td>{reason(day)}</td>
        </tr>
      ))}
    </>
  );
}

function WeekHours({ officeId }: { officeId: number }) {
  const { t } = useTranslation();
  const today = todayInKumamoto();
  const hours = useOfficeHours(officeId, today, addDays(today, 6));
  if (hours.isPending) return <LoadingStatus />;
  if (hours.isError) return <ErrorMessage error={hours.error} onRetry={() => void hours.refetch()} />;
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("hours.weekCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("hours.date")}</th>
            <th scope="col">{t("hours.hours")}</th>
            <th scope="col">{t("hours.reason")}</th>
          </tr>
        </thead>
        <tbody>
          <DayRows days={hours.data.days} today={today} />
        </tbody>
      </table>
    </div>
  );
}

function groupByCategory(items: Schema<"OfficeProcedure">[]) {
  const groups: { code: string; nameJa?: string; nameEn?: string; items: Schema<"OfficeProcedure">[] }[] = [];
  for (const item of items) {
    const { categoryCode, categoryJa, categoryEn } = item.procedure;
    const group = groups.find((candidate) => candidate.code === categoryCode);
    if (group) group.items.push(item);
    else groups.push({ code: categoryCode, nameJa: categoryJa, nameEn: categoryEn, items: [item] });
  }
  return groups;
}

function OfficeProcedureList({ officeId }: { officeId: number }) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const procedures = useOfficeProcedures(officeId);
  const english = i18n.language === "en";
  if (procedures.isPending) return <LoadingStatus />;
  if (procedures.isError) return <ErrorMessage error={procedures.error} onRetry={() => void procedures.refetch()} />;
  if (procedures.data.items.length === 0) {
    return <p className="notice">{t("officeCounter.noProcedures")}</p>;
  }
  return (
    <>
      <LevelLegend headingLevel={3} />
      {groupByCategory(procedures.data.items).map((group) => (
        <section key={group.code} aria-labelledby={`office-category-${group.code}`} className="mt-6">
          <h3 id={`office-category-${group.code}`} className="mb-2 text-std-20B-150 text-solid-gray-900">
            {(english ? group.nameEn : group.nameJa) ?? group.nameJa ?? group.code}
          </h3>
          <ul className="flex flex-col gap-2">
            {group.items.map((item) => {
              const conditions = english ? (item.conditionsEn ?? item.conditionsJa) : item.conditionsJa;
              return (
                <li key={item.procedure.code} className="border-b border-solid-gray-200 pb-2 text-std-16N-170">
                  <Link to={`/counter?procedure=${encodeURIComponent(item.procedure.code)}`} className="link">
                    {localName(item.procedure)}
                  </Link>
                  <span className="ml-3">
                    <LevelMark level={item.level} />
                  </span>
                  {conditions && <span className="block text-solid-gray-700">{conditions}</span>}
                  {item.residentsOnly && (
                    <span className="block text-solid-gray-700">{t("officeCounter.residentsOnly")}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The counter guide's part of an office page: this week's hours, whether it is open now, and what it handles. */
export function OfficeCounterInfo({ office }: { office: Schema<"Office"> }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <section aria-labelledby="office-hours" className="mt-8">
        <h2 id="office-hours" className="section-title">
          {t("officeCounter.hoursHeading")}
        </h2>
        <OpenNowStatus officeId={office.id} />
        <WeekHours officeId={office.id} />
        {canEditOfficeHours(session?.user, office.wardCode) && (
          <p className="mt-4">
            <Link to={`/staff/offices/${office.id}/hours`} className="link">
              {t("officeCounter.editHours")}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="office-procedures" className="mt-8">
        <h2 id="office-procedures" className="section-title">
          {t("officeCounter.proceduresHeading")}
        </h2>
        <OfficeProcedureList officeId={office.id} />
      </section>
    </>
  );
}
