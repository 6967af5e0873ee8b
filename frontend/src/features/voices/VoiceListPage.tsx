import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/schemas";
import { VOICE_COORDINATORS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { PersonName } from "../../components/PersonName";
import { ScrollFrame } from "../../components/ScrollFrame";
import { StatusBadge } from "../../components/StatusBadge";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useVoices } from "./api";
import { DueDate } from "./DueDate";
import { useCategoryNames } from "../../lib/voiceCategories";
import { VoiceFilterForm } from "./VoiceFilterForm";
import {
  type VoiceFilters,
  type VoiceQueue,
  queueOf,
  toVoiceApiQuery,
  toVoiceSearchParams,
  useVoiceFilters,
  withQueue,
} from "./voiceFilters";
import { VoiceBulkActions } from "./VoiceBulkActions";
import { useAssigneeNames } from "./useAssigneeNames";
import { VoiceNav } from "./VoiceNav";

const PAGE_SIZE = 20;

/**
 * 自分の担当・自分の課: the work queues as links over the other filters, so a queue can be bookmarked and the back
 * button works. 自分の課 is the user's section, or for ward staff their ward; it is offered to those who have one.
 */
function QueueLinks({ filters }: { filters: VoiceFilters }) {
  const { t } = useTranslation();
  const user = useSession()?.user;
  const current = queueOf(filters);
  const hasTeam = user?.role === "HQ" ? Boolean(user.section) : Boolean(user?.ward && user.role !== "ADMIN");
  const queues: VoiceQueue[] = hasTeam ? ["all", "mine", "section"] : ["all", "mine"];
  const teamLabel = user?.role === "HQ" ? "voiceQueue.section" : "voiceQueue.ward";
  return (
    <nav aria-label={t("voiceQueue.label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {queues.map((queue) => (
          <li key={queue}>
            <Link
              to={{ search: toVoiceSearchParams(withQueue(filters, queue)).toString() }}
              aria-current={current === queue ? "page" : undefined}
              className={current === queue ? "btn-primary" : "btn-secondary"}
            >
              {t(queue === "section" ? teamLabel : `voiceQueue.${queue}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A row's checkbox, named by the voice's reference so a screen reader says which voice it picks. */
function SelectVoice({
  voice,
  selected,
  onToggle,
}: {
  voice: Schema<"VoiceSummary">;
  selected: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      className="h-6 w-6"
      checked={selected}
      onChange={onToggle}
      aria-label={t("voiceBulk.selectOne", { reference: voice.reference })}
    />
  );
}

/** 区民の声の一覧: the voices the user may see, filtered as the URL says, each leading to its page. */
export function VoiceListPage() {
  const { t } = useTranslation();
  usePageTitle(t("voice.listTitle"));
  const formats = useDateFormats();
  const wardName = useWardNames();
  const categoryName = useCategoryNames();
  const { filters, update } = useVoiceFilters();
  const voices = useVoices(toVoiceApiQuery(filters), filters.page - 1, PAGE_SIZE);
  const assigneeName = useAssigneeNames();
  const coordinator = hasRole(useSession()?.user, VOICE_COORDINATORS);
  // id → the version the list showed: what a bulk action sends back, so a voice changed meanwhile is refused
  const [selection, setSelection] = useState<Map<number, number>>(new Map());
  const pageItems = voices.data?.items ?? [];
  const allOnPage = pageItems.length > 0 && pageItems.every((voice) => selection.has(voice.id));

  function toggle(voice: Schema<"VoiceSummary">) {
    setSelection((current) => {
      const next = new Map(current);
      if (next.has(voice.id)) next.delete(voice.id);
      else next.set(voice.id, voice.version);
      return next;
    });
  }

  function toggleAllOnPage() {
    setSelection((current) => {
      const next = new Map(current);
      for (const voice of pageItems) {
        if (allOnPage) next.delete(voice.id);
        else next.set(voice.id, voice.version);
      }
      return next;
    });
  }

  function changeFilters(changes: Partial<VoiceFilters>) {
    setSelection(new Map()); // a selection is of what was on the screen
    update(changes);
  }

  return (
    <>
      <h1 className="page-title">{t("voice.listTitle")}</h1>
      <VoiceNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("voice.listIntro")}</p>
      <p className="mb-6">
        <Link to="/voices/new" className="btn-primary">
          {t("voice.newLink")}
        </Link>
      </p>
      <QueueLinks filters={filters} />
      <VoiceFilterForm filters={filters} onApply={(changes) => changeFilters(changes)} />
      {coordinator && <VoiceBulkActions selection={selection} onDone={() => setSelection(new Map())} />}
      <section aria-labelledby="voice-results" className="mt-6">
        <h2 id="voice-results" className="section-title">
          {t("voice.results")}
        </h2>
        <PagedResults
          query={voices}
          page={filters.page}
          onPage={(page) => changeFilters({ page })}
          empty={t("voice.noResults")}
          total={(count) => t("voice.total", { count })}
        >
          {(items) => (
            <ScrollFrame labelledBy="voice-results">
              <table className="data-table">
                <caption className="sr-only">{t("voice.results")}</caption>
                <thead>
                  <tr>
                    {coordinator && (
                      <th scope="col">
                        <input
                          type="checkbox"
                          className="h-6 w-6"
                          checked={allOnPage}
                          onChange={toggleAllOnPage}
                          aria-label={t("voiceBulk.selectPage")}
                        />
                      </th>
                    )}
                    <th scope="col">{t("voice.referenceAndExcerpt")}</th>
                    <th scope="col">{t("voice.receivedOn")}</th>
                    <th scope="col">{t("voice.type")}</th>
                    <th scope="col">{t("voice.categories")}</th>
                    <th scope="col">{t("voice.ward")}</th>
                    <th scope="col">{t("voice.status")}</th>
                    <th scope="col">{t("voice.assignee")}</th>
                    <th scope="col">{t("voice.dueOn")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((voice) => (
                    <tr key={voice.id}>
                      {coordinator && (
                        <td>
                          <SelectVoice
                            voice={voice}
                            selected={selection.has(voice.id)}
                            onToggle={() => toggle(voice)}
                          />
                        </td>
                      )}
                      <th scope="row" className="min-w-48 text-left font-normal">
                        <Link to={`/voices/${voice.id}`} className="link whitespace-nowrap font-bold">
                          {voice.reference}
                        </Link>
                        <span className="mt-1 block text-solid-gray-800">{voice.excerpt}</span>
                      </th>
                      <td className="whitespace-nowrap">
                        <time dateTime={voice.receivedOn}>{formats.date(voice.receivedOn)}</time>
                      </td>
                      <td className="whitespace-nowrap">{t(`voiceType.${voice.type}`)}</td>
                      <td className="min-w-24">{voice.categories.map(categoryName).join(t("voice.listSeparator"))}</td>
                      <td className="whitespace-nowrap">
                        {voice.wardCode ? wardName(voice.wardCode) : t("voice.noWard")}
                      </td>
                      <td>
                        <StatusBadge family="voice" status={voice.status}>
                          {t(`voiceStatus.${voice.status}`)}
                        </StatusBadge>
                      </td>
                      <td className="min-w-32">
                        {voice.assignedStaff ? (
                          <PersonName username={voice.assignedStaff} />
                        ) : voice.assignedWardCode ? (
                          assigneeName(`ward:${voice.assignedWardCode}`)
                        ) : voice.assignedSectionCode ? (
                          assigneeName(`section:${voice.assignedSectionCode}`)
                        ) : (
                          ""
                        )}
                      </td>
                      <td>
                        <DueDate dueOn={voice.dueOn} overdue={voice.overdue} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollFrame>
          )}
        </PagedResults>
      </section>
    </>
  );
}
