import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf, parseFiscalYear } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { type StatsGrouping, useProposalStats } from "./api";
import { CHART_BAR_AREA, CHART_BAR_HEIGHT, CHART_WIDTH, chartBars, chartHeight } from "./statsChart";

const GROUPINGS: readonly StatsGrouping[] = ["bureau", "ward", "fiscalYear"];

function isGrouping(value: unknown): value is StatsGrouping {
  return GROUPINGS.includes(value as StatsGrouping);
}

/** A group's label in the current language (the API names bureaus, wards and years in both). */
function useGroupLabel(): (group: Schema<"ProposalStatsGroup">) => string {
  const { i18n } = useTranslation();
  return (group) => (i18n.language === "en" ? group.labelEn : group.labelJa);
}

interface StatsTableProps {
  groups: Schema<"ProposalStatsGroup">[];
  total: Schema<"ProposalStatsGroup">;
  grouping: string;
}

function StatsTable({ groups, total, grouping }: StatsTableProps) {
  const { t } = useTranslation();
  const label = useGroupLabel();
  const formats = useProposalFormats();
  const rate = (value: number | null | undefined) =>
    value == null ? (
      <>
        <span aria-hidden="true">{t("proposalStats.noRate")}</span>
        <span className="sr-only">{t("proposalStats.noRateLabel")}</span>
      </>
    ) : (
      formats.rate(value)
    );
  const cells = (group: Schema<"ProposalStatsGroup">) => (
    <>
      <td className="text-right">{formats.number(group.proposals)}</td>
      <td className="text-right">{formats.number(group.reflectedProposals)}</td>
      <td className="text-right">{rate(group.proposalReflectionRate)}</td>
      <td className="text-right">{formats.number(group.requests)}</td>
      <td className="text-right">{formats.number(group.reflectedRequests)}</td>
      <td className="text-right">{rate(group.requestReflectionRate)}</td>
      <td className="text-right">{formats.number(group.decisions.adopted)}</td>
      <td className="text-right">{formats.number(group.decisions.partiallyAdopted)}</td>
      <td className="text-right">{formats.number(group.decisions.furtherStudy)}</td>
      <td className="text-right">{formats.number(group.decisions.notAdopted)}</td>
    </>
  );
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("proposalStats.tableTitle", { grouping })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("proposalStats.colGroup")}</th>
            <th scope="col">{t("proposalStats.colProposals")}</th>
            <th scope="col">{t("proposalStats.colReflectedProposals")}</th>
            <th scope="col">{t("proposalStats.colProposalRate")}</th>
            <th scope="col">{t("proposalStats.colRequests")}</th>
            <th scope="col">{t("proposalStats.colReflectedRequests")}</th>
            <th scope="col">{t("proposalStats.colRequestRate")}</th>
            <th scope="col">{t("proposalDecision.ADOPTED")}</th>
            <th scope="col">{t("proposalDecision.PARTIALLY_ADOPTED")}</th>
            <th scope="col">{t("proposalDecision.FURTHER_STUDY")}</th>
            <th scope="col">{t("proposalDecision.NOT_ADOPTED")}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{label(group)}</th>
              {cells(group)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-bold">
            <th scope="row">{t("proposalStats.total")}</th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The per-proposal reflection rate as horizontal bars, with the same figures in a table beside it. */
function ReflectionChart({ groups, grouping }: { groups: Schema<"ProposalStatsGroup">[]; grouping: string }) {
  const { t } = useTranslation();
  const label = useGroupLabel();
  const formats = useProposalFormats();
  const bars = chartBars(
    groups.map((group) => ({ key: group.key, label: label(group), rate: group.proposalReflectionRate })),
  );
  const rateText = (rate: number | null) => (rate === null ? t("proposalStats.noRateLabel") : formats.rate(rate));
  const summary = t("proposalStats.chartLabel", {
    grouping,
    values: formats.list(
      bars.map((bar) => t("proposalStats.chartValue", { label: bar.label, rate: rateText(bar.rate) })),
    ),
  });
  const height = chartHeight(bars.length);
  return (
    <section aria-labelledby="proposal-stats-chart" className="mt-8">
      <h2 id="proposal-stats-chart" className="section-title">
        {t("proposalStats.chartTitle", { grouping })}
      </h2>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <svg role="img" aria-label={summary} viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="w-full max-w-2xl">
          {bars.map((bar) => (
            <g key={bar.key} transform={`translate(0 ${bar.y})`}>
              <text x={0} y={18} className="fill-solid-gray-900 text-[16px]">
                {bar.label}
              </text>
              <rect
                x={0}
                y={24}
                width={CHART_BAR_AREA}
                height={CHART_BAR_HEIGHT}
                className="fill-solid-gray-50 stroke-solid-gray-420"
              />
              <rect x={0} y={24} width={bar.width} height={CHART_BAR_HEIGHT} className="fill-blue-900" />
              <text
                x={CHART_BAR_AREA + 8}
                y={24 + CHART_BAR_HEIGHT - 4}
                className="fill-solid-gray-900 text-[16px] font-bold"
              >
                {rateText(bar.rate)}
              </text>
            </g>
          ))}
        </svg>
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="text-left text-std-16B-170">
              {t("proposalStats.chartTableCaption", { grouping })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("proposalStats.colGroup")}</th>
                <th scope="col">{t("proposalStats.colReflectedProposals")}</th>
                <th scope="col">{t("proposalStats.colProposals")}</th>
                <th scope="col">{t("proposalStats.colProposalRate")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.key}>
                  <th scope="row">{label(group)}</th>
                  <td className="text-right">{formats.number(group.reflectedProposals)}</td>
                  <td className="text-right">{formats.number(group.proposals)}</td>
                  <td className="text-right">{rateText(group.proposalReflectionRate ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

/** How ward proposals were reflected, by bureau, ward or fiscal year, as GET /proposals/stats counts it. */
export function ProposalStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t("proposalStats.title"));
  const formats = useProposalFormats();
  const [params, setParams] = useSearchParams();
  const rawGrouping = params.get("groupBy");
  const groupBy: StatsGrouping = isGrouping(rawGrouping) ? rawGrouping : "bureau";
  const fiscalYear = parseFiscalYear(params.get("fiscalYear"));
  const stats = useProposalStats({ groupBy, fiscalYear });
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), fiscalYear);
  const grouping = t(`proposalStats.grouping_${groupBy}`);

  function go(next: { groupBy?: StatsGrouping; fiscalYear?: number | undefined }) {
    const search = new URLSearchParams({ groupBy: next.groupBy ?? groupBy });
    const year = "fiscalYear" in next ? next.fiscalYear : fiscalYear;
    if (year !== undefined) search.set("fiscalYear", String(year));
    setParams(search);
  }

  return (
    <>
      <h1 className="page-title">{t("proposalStats.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("proposalStats.intro")}</p>
      <div className="flex flex-wrap items-end gap-6 rounded-8 bg-solid-gray-50 p-4">
        <div role="group" aria-label={t("proposalStats.groupBy")} className="flex flex-wrap gap-2">
          {GROUPINGS.map((candidate) => (
            <button
              key={candidate}
              type="button"
              aria-pressed={candidate === groupBy}
              onClick={() => go({ groupBy: candidate })}
              className="btn-toggle"
            >
              {t(`proposalStats.groupBy_${candidate}`)}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor="proposal-stats-year" className="field-label">
            {t("proposalStats.fiscalYear")}
          </label>
          <select
            id="proposal-stats-year"
            value={fiscalYear ?? ""}
            onChange={(event) => go({ fiscalYear: parseFiscalYear(event.currentTarget.value) })}
            className="field-input"
          >
            <option value="">{t("proposalStats.allFiscalYears")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {formats.fiscalYear(year)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section aria-labelledby="proposal-stats-table" className="mt-6">
        <h2 id="proposal-stats-table" className="section-title">
          {t("proposalStats.tableTitle", { grouping })}
        </h2>
        {stats.isPending && <LoadingStatus />}
        {stats.isError && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
        {stats.isSuccess &&
          (stats.data.groups.length === 0 ? (
            <p role="status" className="notice">
              {t("proposalStats.empty")}
            </p>
          ) : (
            <div aria-busy={stats.isPlaceholderData}>
              <StatsTable groups={stats.data.groups} total={stats.data.total} grouping={grouping} />
            </div>
          ))}
      </section>
      {stats.isSuccess && stats.data.groups.length > 0 && (
        <ReflectionChart groups={stats.data.groups} grouping={grouping} />
      )}
      <BackLink to="/proposals">{t("proposalStats.backToList")}</BackLink>
    </>
  );
}
