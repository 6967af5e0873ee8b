import { useTranslation } from "react-i18next";
import { useOffices } from "../../api/organization";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { Pagination } from "../../components/Pagination";
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

  if (offices.isPending) return <LoadingStatus />;
  if (offices.isError) return <ErrorMessage error={offices.error} onRetry={() => void offices.refetch()} />;

  const { items, total, size } = offices.data;
  if (items.length === 0) {
    return (
      <p role="status" className="notice">
        {t("office.empty")}
      </p>
    );
  }
  return (
    <div aria-busy={offices.isPlaceholderData}>
      <p role="status" className="mb-2 text-std-16B-170">
        {t("office.total", { count: total })}
      </p>
      <OfficeTable offices={items} caption={t("office.results")} />
      <Pagination page={filters.page} pages={Math.max(1, Math.ceil(total / size))} onChange={onPage} />
    </div>
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
