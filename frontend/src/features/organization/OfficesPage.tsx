import { useTranslation } from "react-i18next";
import { useOffices } from "../../api/organization";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { OfficeFilterForm } from "./OfficeFilterForm";
import { OfficeTable } from "./OfficeTable";
import { type OfficeFilters, useOfficeFilters } from "./useOfficeFilters";

const OFFICE_PAGE_SIZE = 20;

function OfficeResults({ filters, onPage }: { filters: OfficeFilters; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const offices = useOffices({
    ward: filters.ward || undefined,
    type: filters.type || undefined,
    q: filters.q || undefined,
    page: filters.page - 1,
    size: OFFICE_PAGE_SIZE,
  });

  return (
    <PagedResults
      query={offices}
      page={filters.page}
      onPage={onPage}
      empty={t("office.empty")}
      total={(count) => t("office.total", { count })}
    >
      {(items) => <OfficeTable offices={items} caption={t("office.results")} />}
    </PagedResults>
  );
}

export function OfficesPage() {
  const { t } = useTranslation();
  usePageTitle(t("office.listTitle"));
  const { filters, update } = useOfficeFilters();
  return (
    <>
      <h1 className="page-title">{t("office.listTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("office.listIntro")}</p>
      <OfficeFilterForm filters={filters} onApply={update} />
      <section aria-labelledby="office-results" className="mt-8">
        <h2 id="office-results" className="section-title">
          {t("office.results")}
        </h2>
        <OfficeResults filters={filters} onPage={(page) => update({ page })} />
      </section>
    </>
  );
}
