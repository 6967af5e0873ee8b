import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { BarChart } from "../../components/charts/Charts";
import { CsvDownload } from "../../components/CsvDownload";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FilterForm } from "../../components/FilterForm";
import { LoadingStatus } from "../../components/LoadingStatus";
import { ScrollFrame } from "../../components/ScrollFrame";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { fetchGrantsCsv, useGrantStats } from "./api";
import { CommunityNav } from "./CommunityNav";
import type { Schema } from "../../api/schemas";
import { GRANT_GROUPINGS, grantsCsvFileName, isGrantGrouping, parseGrantStatsParams } from "./grantStats";
import { formatYen } from "./money";

/** A group's label in the current language (the API names programmes, wards and years in both). */
function useGroupLabel(): (group: Schema<"GrantStatsGroup">) => string {
  const { i18n } = useTranslation();
  return (group) => (i18n.language === "en" ? group.labelEn : group.labelJa);
}

function Figures({ stats, grouping }: { stats: Schema<"GrantStats">; grouping: string }) {
  const { t } = useTranslation();
  const label = useGroupLabel();
  const formats = useProposalFormats();
  const percent = (group: Schema<"GrantStatsGroup">) =>
    group.budgetUsedPercent == null ? t("grantStats.noBudget") : formats.rate(group.budgetUsedPercent);
  const bars = stats.groups.map((group) => ({
    key: group.key,
    label: label(group),
    count: group.grantedAmountYen,
  }));
  const summary = t("grantStats.chartLabel", {
    grouping,
    list: bars.length
      ? bars.map((bar) => `${bar.label} ${formatYen(bar.count)}`).join(t("communityGroup.listSeparator"))
      : t("grantStats.none"),
    total: formatYen(stats.total.grantedAmountYen),
  });
  const row = (group: Schema<"GrantStatsGroup">) => (
    <>
      <td className="text-right tabular-nums">{formats.number(group.applications)}</td>
      <td className="text-right tabular-nums">{formats.number(group.grantedCount)}</td>
      <td className="text-right tabular-nums">{formatYen(group.grantedAmountYen)}</td>
      <td className="text-right tabular-nums">{formatYen(group.settledAmountYen)}</td>
      <td className="text-right tabular-nums">{formatYen(group.budgetYen)}</td>
      <td className="text-right tabular-nums">{formatYen(group.budgetUsedYen)}</td>
      <td className="text-right tabular-nums">{percent(group)}</td>
    </>
  );
  return (
    <>
      <section aria-labelledby="grants-chart" className="mt-8">
        <h2 id="grants-chart" className="section-title">
          {t("grantStats.chartTitle", { grouping })}
        </h2>
        {bars.length === 0 ? (
          <p className="notice">{t("grantStats.empty")}</p>
        ) : (
          <BarChart label={summary} bars={bars} formatCount={formatYen} />
        )}
      </section>
      <section aria-labelledby="grants-table" className="mt-8">
        <h2 id="grants-table" className="section-title">
          {t("grantStats.tableTitle", { grouping })}
        </h2>
        <ScrollFrame labelledBy="grants-table">
          <table className="data-table">
            <caption className="sr-only">{t("grantStats.tableTitle", { grouping })}</caption>
            <thead>
              <tr>
                <th scope="col">{grouping}</th>
                <th scope="col" className="text-right">
                  {t("grantStats.applications")}
                </th>
                <th scope="col" className="text-right">
                  {t("grantStats.grantedCount")}
                </th>
                <th scope="col" className="text-right">
                  {t("grantStats.grantedAmount")}
                </th>
                <th scope="col" className="text-right">
                  {t("grantStats.settledAmount")}
                </th>
                <th scope="col" className="text-right">
                  {t("grantStats.budget")}
                </th>
                <th scope="col" className="text-right">
                  {t("grantStats.budgetUsed")}
                </th>
                <th scope="col" className="text-right">
                  {t("grantStats.budgetUsedPercent")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.groups.map((group) => (
                <tr key={group.key}>
                  <th scope="row">{label(group)}</th>
                  {row(group)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("grantStats.total")}</th>
                {row(stats.total)}
              </tr>
            </tfoot>
          </table>
        </ScrollFrame>
      </section>
    </>
  );
}

/** 補助金の交付状況: applications, grants and budget used by programme, ward or fiscal year; and the CSV. */
export function GrantStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t("grantStats.title"));
  const formats = useProposalFormats();
  const [params, setParams] = useSearchParams();
  const query = parseGrantStatsParams(params);
  const stats = useGrantStats(query);
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), query.fiscalYear);
  const grouping = t(`grantStats.by.${query.groupBy}`);

  function apply(next: { groupBy: string; fiscalYear?: number }) {
    const search = new URLSearchParams();
    if (next.groupBy !== "program") search.set("groupBy", next.groupBy);
    if (next.fiscalYear !== undefined) search.set("fiscalYear", String(next.fiscalYear));
    setParams(search);
  }

  return (
    <>
      <h1 className="page-title">{t("grantStats.title")}</h1>
      <CommunityNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("grantStats.intro")}</p>
      <FilterForm id="grants-filters" title={t("grantStats.filters")}>
        <div className="field">
          <label htmlFor="grants-group-by" className="field-label">
            {t("grantStats.groupBy")}
          </label>
          <select
            id="grants-group-by"
            value={query.groupBy}
            onChange={(event) => {
              const groupBy = event.currentTarget.value;
              if (isGrantGrouping(groupBy)) apply({ ...query, groupBy });
            }}
            className="field-input"
          >
            {GRANT_GROUPINGS.map((groupBy) => (
              <option key={groupBy} value={groupBy}>
                {t(`grantStats.by.${groupBy}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="grants-fiscal-year" className="field-label">
            {t("supportProgram.fiscalYear")}
          </label>
          <select
            id="grants-fiscal-year"
            value={query.fiscalYear ?? ""}
            onChange={(event) => {
              const value = event.currentTarget.value;
              apply({ ...query, fiscalYear: value ? Number(value) : undefined });
            }}
            className="field-input"
          >
            <option value="">{t("supportProgram.allFiscalYears")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {formats.fiscalYear(year)}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      {stats.isPending && <LoadingStatus />}
      {stats.isError && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isSuccess && (
        <div aria-busy={stats.isPlaceholderData}>
          <Figures stats={stats.data} grouping={grouping} />
        </div>
      )}
      <CsvDownload
        id="grants-csv"
        title={t("grantStats.csvTitle")}
        intro={t("grantStats.csvIntro")}
        fetchCsv={() => fetchGrantsCsv(query.fiscalYear)}
        fileName={() => grantsCsvFileName(query.fiscalYear, todayInKumamoto())}
      />
    </>
  );
}
