import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle";
import { BarChart, ChartTable } from "../../components/charts/Charts";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useProjectStats } from "./api";
import { ProjectNav } from "./ProjectNav";
import { countOf, wardBars } from "./projectStats";
import type { Schema } from "../../api/schemas";
import { PROJECT_STATUSES } from "./projectEnums";

function useRowLabel(): (row: Schema<"CommunityProjectStatsRow">) => string {
  const { i18n } = useTranslation();
  return (row) => (i18n.language === "en" ? row.labelEn : row.labelJa);
}

function StatsTable({ stats }: { stats: Schema<"CommunityProjectStats"> }) {
  const { t } = useTranslation();
  const label = useRowLabel();
  const cells = (row: Schema<"CommunityProjectStatsRow">) => (
    <>
      {PROJECT_STATUSES.map((status) => (
        <td key={status} className="text-right tabular-nums">
          {countOf(row, status)}
        </td>
      ))}
      <td className="text-right tabular-nums">{row.total}</td>
    </>
  );
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("project.statsTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("project.ward")}</th>
            {PROJECT_STATUSES.map((status) => (
              <th key={status} scope="col" className="text-right">
                {t(`projectStatus.${status}`)}
              </th>
            ))}
            <th scope="col" className="text-right">
              {t("project.statsTotal")}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.wards.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row)}</th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-bold">
            <th scope="row">{t("project.statsTotal")}</th>
            {cells(stats.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function WardChart({ stats }: { stats: Schema<"CommunityProjectStats"> }) {
  const { t } = useTranslation();
  const label = useRowLabel();
  const bars = wardBars(stats.wards, label, (count) => t("project.chartActive", { count }));
  const title = t("project.chartTitle");
  const summary = t("project.chartLabel", {
    total: stats.total.total,
    list: bars
      .map((bar) => t("project.chartValue", { label: bar.label, count: bar.count, active: bar.extra }))
      .join(t("project.listSeparator")),
  });
  return (
    <section aria-labelledby="project-stats-chart" className="mt-10">
      <h2 id="project-stats-chart" className="section-title">
        {title}
      </h2>
      <BarChart label={summary} bars={bars} formatCount={(count) => t("project.count", { count })} />
      <ChartTable
        caption={title}
        toggleLabel={t("project.chartShowTable", { chart: title })}
        headers={[t("project.ward"), t("project.statsTotal"), t("projectStatus.ACTIVE")]}
        rows={stats.wards.map((row) => ({ key: row.key, heading: label(row), cells: [row.total, row.active] }))}
      />
    </section>
  );
}

/** まちづくり事業の集計: projects per ward and status, over those the caller may see. */
export function ProjectStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t("project.statsTitle"));
  const stats = useProjectStats();
  return (
    <>
      <h1 className="page-title">{t("project.statsTitle")}</h1>
      <ProjectNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("project.statsIntro")}</p>
      <section aria-labelledby="project-stats-table">
        <h2 id="project-stats-table" className="section-title">
          {t("project.statsTable")}
        </h2>
        {stats.isPending && <LoadingStatus />}
        {stats.isError && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
        {stats.isSuccess && <StatsTable stats={stats.data} />}
      </section>
      {stats.isSuccess && <WardChart stats={stats.data} />}
    </>
  );
}
