import type { FormEvent } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProcedureCategories, useProcedures } from "../../api/counter";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { useFee } from "../../lib/useFee";
import { statusLabelKey } from "./ProcedureForm";
import { formText } from "../../lib/formText";
import { StatusBadge } from "../../components/StatusBadge";
import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";

const PAGE_SIZE = 50;

function parseListFilters(params: URLSearchParams) {
  return { q: textParam(params, "q"), category: textParam(params, "category"), page: pageParam(params) };
}

export function StaffProceduresPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("procedureEditor.listTitle"));
  const english = i18n.language === "en";
  const localName = useLocalName();
  const fee = useFee();
  const { filters, update } = useUrlFilters(parseListFilters);
  const { data: categories } = useProcedureCategories();
  const procedures = useProcedures({
    q: filters.q || undefined,
    category: filters.category || undefined,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update({ q: formText(data, "q").trim(), category: formText(data, "category") });
  }

  return (
    <>
      <h1 className="page-title">{t("procedureEditor.listTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("procedureEditor.listIntro")}</p>
      <p className="mb-6">
        <Link to="/staff/procedures/new" className="btn-primary">
          {t("procedureEditor.newLink")}
        </Link>
      </p>
      <form
        role="search"
        aria-labelledby="procedure-filters"
        onSubmit={handleSubmit}
        className="rounded-8 bg-solid-gray-50 p-4"
      >
        <h2 id="procedure-filters" className="section-title mt-0">
          {t("office.filters")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field">
            <Label className="field-label">{t("office.keyword")}</Label>
            <Input className="field-input" />
          </TextField>
          <div className="field">
            <label htmlFor="procedure-list-category" className="field-label">
              {t("matrix.category")}
            </label>
            <select
              key={filters.category}
              id="procedure-list-category"
              name="category"
              defaultValue={filters.category}
              className="field-input"
            >
              <option value="">{t("matrix.allCategories")}</option>
              {categories?.map((category) => (
                <option key={category.code} value={category.code}>
                  {localName(category)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="btn-primary mt-4">
          {t("office.search")}
        </button>
      </form>
      <section aria-labelledby="procedure-results" className="mt-8">
        <h2 id="procedure-results" className="section-title">
          {t("office.results")}
        </h2>
        <PagedResults
          query={procedures}
          page={filters.page}
          onPage={(page) => update({ page })}
          empty={t("procedureEditor.empty")}
          total={(count) => t("office.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("procedureEditor.listCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("procedureEditor.name")}</th>
                    <th scope="col">{t("procedureEditor.code")}</th>
                    <th scope="col">{t("procedureEditor.category")}</th>
                    <th scope="col">{t("procedure.fee")}</th>
                    <th scope="col">{t("procedureEditor.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((procedure) => (
                    <tr key={procedure.code}>
                      <th scope="row">
                        <Link to={`/staff/procedures/${encodeURIComponent(procedure.code)}`} className="link">
                          {localName(procedure)}
                        </Link>
                      </th>
                      <td className="font-mono">{procedure.code}</td>
                      <td>{english ? (procedure.categoryEn ?? procedure.categoryJa) : procedure.categoryJa}</td>
                      <td>{fee(procedure.feeYen)}</td>
                      <td>
                        {procedure.status && (
                          <StatusBadge family="procedure" status={procedure.status}>
                            {t(statusLabelKey(procedure.status))}
                          </StatusBadge>
                        )}
                      </td>
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
