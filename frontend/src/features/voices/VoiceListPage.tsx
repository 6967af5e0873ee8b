import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useVoices } from "./api";
import { DueDate } from "./DueDate";
import { useCategoryNames } from "../../lib/voiceCategories";
import { VoiceFilterForm } from "./VoiceFilterForm";
import { toVoiceApiQuery, useVoiceFilters } from "./voiceFilters";
import { VoiceNav } from "./VoiceNav";

const PAGE_SIZE = 20;

/** 区民の声の一覧: the voices the user may see, filtered as the URL says, each leading to its page. */
export function VoiceListPage() {
  const { t } = useTranslation();
  usePageTitle(t("voice.listTitle"));
  const formats = useDateFormats();
  const wardName = useWardNames();
  const categoryName = useCategoryNames();
  const { filters, update } = useVoiceFilters();
  const voices = useVoices(toVoiceApiQuery(filters), filters.page - 1, PAGE_SIZE);

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
      <VoiceFilterForm filters={filters} onApply={(changes) => update(changes)} />
      <section aria-labelledby="voice-results" className="mt-6">
        <h2 id="voice-results" className="section-title">
          {t("voice.results")}
        </h2>
        <PagedResults
          query={voices}
          page={filters.page}
          onPage={(page) => update({ page })}
          empty={t("voice.noResults")}
          total={(count) => t("voice.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("voice.results")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("voice.reference")}</th>
                    <th scope="col">{t("voice.receivedOn")}</th>
                    <th scope="col">{t("voice.type")}</th>
                    <th scope="col">{t("voice.categories")}</th>
                    <th scope="col">{t("voice.ward")}</th>
                    <th scope="col">{t("voice.status")}</th>
                    <th scope="col">{t("voice.dueOn")}</th>
                    <th scope="col">{t("voice.excerpt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((voice) => (
                    <tr key={voice.id}>
                      <th scope="row" className="whitespace-nowrap">
                        <Link to={`/voices/${voice.id}`} className="link">
                          {voice.reference}
                        </Link>
                      </th>
                      <td className="whitespace-nowrap">
                        <time dateTime={voice.receivedOn}>{formats.date(voice.receivedOn)}</time>
                      </td>
                      <td>{t(`voiceType.${voice.type}`)}</td>
                      <td>{voice.categories.map(categoryName).join(t("voice.listSeparator"))}</td>
                      <td>{voice.wardCode ? wardName(voice.wardCode) : t("voice.noWard")}</td>
                      <td>
                        <span className="status-badge">{t(`voiceStatus.${voice.status}`)}</span>
                      </td>
                      <td className="whitespace-nowrap">
                        <DueDate dueOn={voice.dueOn} overdue={voice.overdue} />
                      </td>
                      <td className="min-w-64">{voice.excerpt}</td>
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
