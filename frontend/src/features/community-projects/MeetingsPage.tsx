import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { MEETING_HOLDERS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useMeetings } from "./api";
import {
  type MeetingFilters,
  meetingSearchParams,
  parseMeetingFilters,
  toMeetingQuery,
  usePagedFilters,
} from "./projectFilters";
import { ProjectNav } from "./ProjectNav";
import { formText } from "../../lib/formText";
import { WardSelectInput } from "../../components/WardSelectInput";

function MeetingFilterForm({
  filters,
  showWard,
  onApply,
}: {
  filters: MeetingFilters;
  showWard: boolean;
  onApply: (changes: Partial<MeetingFilters>) => void;
}) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply({
      ward: formText(data, "ward", filters.ward),
      from: formText(data, "from"),
      to: formText(data, "to"),
    });
  }

  return (
    <form
      role="search"
      aria-labelledby="meeting-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
      // Each search starts from the URL's filters again.
      key={meetingSearchParams(filters).toString()}
    >
      <h2 id="meeting-filters" className="section-title mt-0">
        {t("meeting.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        {showWard && (
          <div className="field">
            <label htmlFor="meeting-ward" className="field-label">
              {t("meeting.ward")}
            </label>
            <WardSelectInput
              id="meeting-ward"
              name="ward"
              defaultValue={filters.ward}
              className="field-input"
              emptyLabel={t("meeting.allWards")}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="meeting-from" className="field-label">
            {t("meeting.from")}
          </label>
          <input id="meeting-from" name="from" type="date" defaultValue={filters.from} className="field-input" />
        </div>
        <div className="field">
          <label htmlFor="meeting-to" className="field-label">
            {t("meeting.to")}
          </label>
          <input id="meeting-to" name="to" type="date" defaultValue={filters.to} className="field-input" />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("meeting.search")}
        </button>
        <Link to="/community/meetings" className="link">
          {t("meeting.clear")}
        </Link>
      </div>
    </form>
  );
}

/** 対話集会の一覧: newest first, by ward and period, each with the number of opinions taken in. */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("meeting.listTitle"));
  const session = useSession();
  const dates = useDateFormats();
  const wardName = useWardNames();
  const { filters, update } = usePagedFilters(parseMeetingFilters, meetingSearchParams);
  const meetings = useMeetings(toMeetingQuery(filters));
  // Ward staff see their own ward's meetings only: no ward to choose.
  const ownWardOnly = Boolean(session?.user.ward);

  return (
    <>
      <h1 className="page-title">{t("meeting.listTitle")}</h1>
      <ProjectNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("meeting.intro")}</p>
      {hasRole(session?.user, MEETING_HOLDERS) && (
        <p className="mb-6">
          <Link to="/community/meetings/new" className="btn-primary">
            {t("meeting.newLink")}
          </Link>
        </p>
      )}
      <MeetingFilterForm filters={filters} showWard={!ownWardOnly} onApply={update} />
      <section aria-labelledby="meeting-results" className="mt-6">
        <h2 id="meeting-results" className="section-title">
          {t("meeting.results")}
        </h2>
        <PagedResults
          query={meetings}
          page={filters.page}
          onPage={(page) => update({ page })}
          empty={t("meeting.empty")}
          total={(count) => t("meeting.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("meeting.results")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("meeting.titleField")}</th>
                    <th scope="col">{t("meeting.heldOn")}</th>
                    <th scope="col">{t("meeting.ward")}</th>
                    <th scope="col">{t("meeting.place")}</th>
                    <th scope="col" className="text-right">
                      {t("meeting.participants")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("meeting.opinionCount")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((meeting) => (
                    <tr key={meeting.id}>
                      <th scope="row">
                        <Link to={`/community/meetings/${meeting.id}`} className="link">
                          {meeting.title}
                        </Link>
                      </th>
                      <td>
                        <time dateTime={meeting.heldOn}>{dates.date(meeting.heldOn)}</time>
                      </td>
                      <td>{wardName(meeting.wardCode)}</td>
                      <td>{meeting.place}</td>
                      <td className="text-right tabular-nums">{meeting.participants}</td>
                      <td className="text-right tabular-nums">{meeting.voices}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </section>
    </>
  );
}
