import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useConsultations } from "../../api/consultations";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DeadlineText } from "../../components/DeadlineText";
import { PagedResults } from "../../components/PagedResults";
import { CONSULTATION_OPENERS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useWardStances } from "./useWardStances";
import { formText } from "../../lib/formText";
import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";
import { WardSelectInput } from "../../components/WardSelectInput";

const PAGE_SIZE = 20;

type OpenFilter = "" | "true" | "false";

interface ConsultationFilters {
  open: OpenFilter;
  unansweredBy: string;
  /** 1-based. */
  page: number;
}

function parseConsultationFilters(params: URLSearchParams): ConsultationFilters {
  const open = params.get("open");
  return {
    open: open === "true" || open === "false" ? open : "",
    unansweredBy: textParam(params, "unansweredBy"),
    page: pageParam(params),
  };
}

interface FilterFormProps {
  filters: ConsultationFilters;
  onApply: (changes: Partial<ConsultationFilters>) => void;
}

function FilterForm({ filters, onApply }: FilterFormProps) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const open = formText(data, "open");
    onApply({
      open: open === "true" || open === "false" ? open : "",
      unansweredBy: formText(data, "unansweredBy"),
    });
  }

  return (
    <form
      role="search"
      aria-labelledby="consultation-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="consultation-filters" className="section-title mt-0">
        {t("consultation.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="field">
          <label htmlFor="consultation-open" className="field-label">
            {t("consultation.openFilter")}
          </label>
          <select id="consultation-open" name="open" defaultValue={filters.open} className="field-input">
            <option value="">{t("consultation.openAll")}</option>
            <option value="true">{t("consultation.openOnly")}</option>
            <option value="false">{t("consultation.closedOnly")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="consultation-unanswered" className="field-label">
            {t("consultation.unansweredBy")}
          </label>
          <WardSelectInput
            id="consultation-unanswered"
            name="unansweredBy"
            defaultValue={filters.unansweredBy}
            className="field-input"
            emptyLabel={t("consultation.anyWard")}
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("consultation.search")}
        </button>
        <Link to="/consultations" className="link">
          {t("consultation.clearFilters")}
        </Link>
      </div>
    </form>
  );
}

function Results({ filters, onPage }: { filters: ConsultationFilters; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardStances = useWardStances();
  const consultations = useConsultations({
    open: filters.open === "" ? undefined : filters.open === "true",
    unansweredBy: filters.unansweredBy || undefined,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  return (
    <PagedResults
      query={consultations}
      page={filters.page}
      onPage={onPage}
      empty={t("consultation.empty")}
      total={(count) => t("consultation.total", { count })}
    >
      {(items) => (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("consultation.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("consultation.subject")}</th>
                <th scope="col">{t("consultation.bureau")}</th>
                <th scope="col">{t("consultation.deadline")}</th>
                <th scope="col">{t("consultation.wardAnswers")}</th>
                <th scope="col">{t("consultation.reportCount")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((consultation) => (
                <tr key={consultation.id}>
                  <th scope="row">
                    <Link to={`/consultations/${consultation.id}`} className="link">
                      {consultation.title}
                    </Link>
                  </th>
                  <td>{localName(consultation.bureau)}</td>
                  <td>
                    <DeadlineText consultation={consultation} />
                  </td>
                  <td>{wardStances(consultation)}</td>
                  <td>{t("consultation.reports", { count: consultation.reports })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PagedResults>
  );
}

/** Prior consultations the user may see: their bureau's (HQ), those addressed to their ward (ward staff), or all. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("consultation.title"));
  const session = useSession();
  const { filters, update } = useUrlFilters(parseConsultationFilters);
  return (
    <>
      <h1 className="page-title">{t("consultation.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("consultation.lead")}</p>
      {hasRole(session?.user, CONSULTATION_OPENERS) && (
        <p className="mb-6">
          <Link to="/consultations/new" className="btn-primary">
            {t("consultation.openNew")}
          </Link>
        </p>
      )}
      <FilterForm key={`${filters.open}-${filters.unansweredBy}`} filters={filters} onApply={update} />
      <section aria-labelledby="consultation-results" className="mt-8">
        <h2 id="consultation-results" className="section-title">
          {t("consultation.results")}
        </h2>
        <Results filters={filters} onPage={(page) => update({ page })} />
      </section>
    </>
  );
}
