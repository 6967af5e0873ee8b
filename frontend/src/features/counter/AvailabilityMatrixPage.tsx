import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAvailabilityMatrix, useProcedureCategories } from "../../api/counter";
import { useWards } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { CounterNav } from "../../components/CounterNav";
import { ErrorMessage } from "../../components/ErrorMessage";
import { CONDITION_MARK, LevelLegend, LevelMark } from "../../components/levels";
import { LoadingStatus } from "../../components/LoadingStatus";
import { type MatrixFilters, useMatrixFilters } from "./useMatrixFilters";
import { WardSelectInput } from "../../components/WardSelectInput";

/**
 * Both filters apply as soon as they change. They are kept here too, because the URL only catches up when the
 * navigation (a transition) has rendered the new table: a second change before then must not undo the first.
 */
function MatrixFilterForm({ filters, onApply }: { filters: MatrixFilters; onApply: (f: MatrixFilters) => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: categories } = useProcedureCategories();
  const [values, setValues] = useState(filters);
  const { ward, category } = filters;
  useEffect(() => setValues({ ward, category }), [ward, category]);

  function apply(changes: Partial<MatrixFilters>) {
    const next = { ...values, ...changes };
    setValues(next);
    onApply(next);
  }
  return (
    <form
      role="search"
      aria-labelledby="matrix-filters"
      onSubmit={(event) => event.preventDefault()}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="matrix-filters" className="section-title mt-0">
        {t("matrix.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="field">
          <label htmlFor="matrix-ward" className="field-label">
            {t("matrix.ward")}
          </label>
          <WardSelectInput
            id="matrix-ward"
            value={values.ward}
            onChange={(event) => apply({ ward: event.currentTarget.value })}
            aria-describedby="matrix-ward-hint"
            className="field-input"
            emptyLabel={t("office.allWards")}
          />
          <p id="matrix-ward-hint" className="field-hint">
            {t("matrix.wardHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="matrix-category" className="field-label">
            {t("matrix.category")}
          </label>
          <select
            id="matrix-category"
            value={values.category}
            onChange={(event) => apply({ category: event.currentTarget.value })}
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
      <p className="mt-4">
        <Link to="/counter/matrix" className="link">
          {t("office.clear")}
        </Link>
      </p>
    </form>
  );
}

/** Rows grouped by category, keeping the API's order. */
function byCategory(rows: Schema<"MatrixRow">[]): { code: string; rows: Schema<"MatrixRow">[] }[] {
  const groups: { code: string; rows: Schema<"MatrixRow">[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.code === row.procedure.categoryCode) last.rows.push(row);
    else groups.push({ code: row.procedure.categoryCode, rows: [row] });
  }
  return groups;
}

function MatrixTable({ matrix, caption }: { matrix: Schema<"AvailabilityMatrix">; caption: string }) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const captionId = useId();
  const english = i18n.language === "en";
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="matrix-scroll">
      <table className="matrix-table">
        <caption id={captionId} className="matrix-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t("matrix.procedure")}
            </th>
            {matrix.places.map((place) => (
              <th key={place.key} scope="col">
                {place.officeId != null ? (
                  <Link to={`/offices/${place.officeId}`} className="link">
                    {localName(place)}
                  </Link>
                ) : (
                  localName(place)
                )}
              </th>
            ))}
          </tr>
        </thead>
        {byCategory(matrix.rows).map((group) => {
          const first = group.rows[0].procedure;
          const categoryName = english ? (first.categoryEn ?? first.categoryJa) : first.categoryJa;
          return (
            <tbody key={group.code}>
              {categoryName && (
                <tr className="matrix-group">
                  <th scope="colgroup" colSpan={matrix.places.length + 1}>
                    <span className="matrix-group-label">{categoryName}</span>
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <tr key={row.procedure.code}>
                  <th scope="row">
                    <Link to={`/counter?procedure=${encodeURIComponent(row.procedure.code)}`} className="link">
                      {localName(row.procedure)}
                    </Link>
                  </th>
                  {row.levels.map((level, index) => (
                    <td key={matrix.places[index]?.key ?? index} data-level={level}>
                      <LevelMark level={level} variant="symbol" />
                      {row.conditional.includes(index) && (
                        <span className="matrix-condition">
                          <span aria-hidden="true">{CONDITION_MARK}</span>
                          <span className="sr-only">{t("level.conditional")}</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

export function AvailabilityMatrixPage() {
  const { t } = useTranslation();
  usePageTitle(t("matrix.title"));
  const localName = useLocalName();
  const { filters, update } = useMatrixFilters();
  const { data: wards } = useWards();
  const { data: categories } = useProcedureCategories();
  const matrix = useAvailabilityMatrix({
    ward: filters.ward || undefined,
    category: filters.category || undefined,
  });
  const ward = wards?.find((candidate) => candidate.code === filters.ward);
  const category = categories?.find((candidate) => candidate.code === filters.category);
  const caption = t("matrix.caption", {
    ward: ward ? localName(ward) : t("office.allWards"),
    category: category ? localName(category) : t("matrix.allCategories"),
  });

  return (
    <>
      <CounterNav />
      <h1 className="page-title">{t("matrix.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("matrix.lead")}</p>
      <MatrixFilterForm filters={filters} onApply={update} />
      <div className="mt-6">
        <LevelLegend withConditionMark />
      </div>
      <section aria-labelledby="matrix-results" className="mt-8">
        <h2 id="matrix-results" className="section-title">
          {t("matrix.results")}
        </h2>
        {matrix.isPending && <LoadingStatus />}
        {matrix.isError && <ErrorMessage error={matrix.error} onRetry={() => void matrix.refetch()} />}
        {matrix.isSuccess &&
          (matrix.data.rows.length === 0 || matrix.data.places.length === 0 ? (
            <p role="status" className="notice">
              {t("matrix.empty")}
            </p>
          ) : (
            <div aria-busy={matrix.isPlaceholderData}>
              <p role="status" className="mb-2 text-std-16B-170">
                {t("matrix.total", { rows: matrix.data.rows.length, places: matrix.data.places.length })}
              </p>
              <MatrixTable matrix={matrix.data} caption={caption} />
            </div>
          ))}
      </section>
    </>
  );
}
