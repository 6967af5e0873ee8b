import type { UseQueryResult } from "@tanstack/react-query";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { BarChart, type ChartBar, ChartTable } from "../../components/charts/Charts";
import { CsvDownload } from "../../components/CsvDownload";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { isIsoDate, todayInKumamoto, useDateFormats } from "../../lib/dates";
import { type AnalysisPeriod, crossTab, csvFileName, parseAnalysisPeriod, percentOf } from "./analysis";
import { fetchVoicesCsv, useVoiceAnalysis } from "./api";
import { HeatMap } from "../../components/charts/HeatMap";
import type { VoiceApiQuery } from "./voiceFilters";
import { VoiceNav } from "./VoiceNav";
import type { Schema } from "../../api/schemas";
import { formText } from "../../lib/formText";

function PeriodForm({ period, onApply }: { period: AnalysisPeriod; onApply: (period: AnalysisPeriod) => void }) {
  const { t } = useTranslation();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = formText(data, "from");
    const to = formText(data, "to");
    onApply({ from: isIsoDate(from) ? from : period.from, to: isIsoDate(to) ? to : period.to });
  }
  return (
    <form
      key={`${period.from}-${period.to}`}
      role="search"
      aria-labelledby="analysis-period"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="analysis-period" className="section-title mt-0">
        {t("voiceAnalysis.period")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div className="field">
          <label htmlFor="analysis-from" className="field-label">
            {t("voice.receivedFrom")}
          </label>
          <input
            id="analysis-from"
            type="date"
            name="from"
            required
            defaultValue={period.from}
            className="field-input"
          />
        </div>
        <div className="field">
          <label htmlFor="analysis-to" className="field-label">
            {t("voice.receivedTo")}
          </label>
          <input id="analysis-to" type="date" name="to" required defaultValue={period.to} className="field-input" />
        </div>
        <button type="submit" className="btn-primary">
          {t("voiceAnalysis.apply")}
        </button>
      </div>
    </form>
  );
}

/** A bucket's label in the current language. */
function useBucketLabel() {
  const { i18n } = useTranslation();
  return (bucket: { labelJa: string; labelEn: string }) => (i18n.language === "en" ? bucket.labelEn : bucket.labelJa);
}

function ChartSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {intro && <p className="mb-4 max-w-3xl text-std-16N-170">{intro}</p>}
      {children}
    </section>
  );
}

type Analysis = Schema<"VoiceAnalysis">;
type AnalysisResult = UseQueryResult<Analysis>;

/** Stats still loading or failed, or what is drawn from them. */
function Loaded<T>({ result, children }: { result: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (result.isPending) return <LoadingStatus />;
  if (result.isError) return <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />;
  return children(result.data);
}

/** "12月" over "2025" (the year under the first month and each January), for the heat map's narrow columns. */
function useShortMonth() {
  const formats = useDateFormats();
  return (month: string, index: number): [string, string] => [
    formats.monthOnly(month),
    index === 0 || month.endsWith("-01") ? month.slice(0, 4) : "",
  ];
}

function CategoryMonthChart({ data, period, title }: { data: Analysis; period: AnalysisPeriod; title: string }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const label = useBucketLabel();
  const names = new Map(data.byCategoryMonth.map((category) => [category.key, label(category)]));
  const categoryName = (code: string) => names.get(code) ?? code;
  const shortMonth = useShortMonth();
  const table = crossTab(data.months, data.byCategoryMonth);
  const top = [...table.rows]
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 3);
  const chartLabel = t("voiceAnalysis.byCategoryMonthLabel", {
    from: formats.date(period.from),
    to: formats.date(period.to),
    months: table.months.length,
    top: top.length
      ? top
          .map((row) => t("voiceAnalysis.labelCount", { label: categoryName(row.key), count: row.total }))
          .join(t("voice.listSeparator"))
      : t("voiceAnalysis.none"),
  });
  return (
    <>
      <HeatMap
        label={chartLabel}
        table={{ columns: table.months, rows: table.rows, max: table.max }}
        rowLabel={categoryName}
        columnLabel={shortMonth}
      />
      <ChartTable
        caption={title}
        toggleLabel={t("voiceAnalysis.showTable", { chart: title })}
        headers={[t("voice.category"), ...table.months.map(formats.month), t("voiceAnalysis.total")]}
        rows={[
          ...table.rows.map((row) => ({
            key: row.key,
            heading: categoryName(row.key),
            cells: [...row.counts, row.total],
          })),
          {
            key: "total",
            heading: t("voiceAnalysis.totalCountedByCategory"),
            cells: [...table.monthTotals, table.monthTotals.reduce((sum, count) => sum + count, 0)],
          },
        ]}
      />
    </>
  );
}

function CategoryByMonth({ analysis, period }: { analysis: AnalysisResult; period: AnalysisPeriod }) {
  const { t } = useTranslation();
  const title = t("voiceAnalysis.byCategoryMonth");
  return (
    <ChartSection id="analysis-category-month" title={title} intro={t("voiceAnalysis.byCategoryMonthIntro")}>
      <Loaded result={analysis}>{(data) => <CategoryMonthChart data={data} period={period} title={title} />}</Loaded>
    </ChartSection>
  );
}

function barsOf(
  buckets: Schema<"VoiceStatsBucket">[],
  label: (bucket: { labelJa: string; labelEn: string }) => string,
  shareOf?: number,
): ChartBar[] {
  return buckets.map((bucket) => ({
    key: bucket.key,
    label: label(bucket),
    count: bucket.count,
    extra: shareOf === undefined ? undefined : `${percentOf(bucket.count, shareOf)}%`,
  }));
}

/** Reads bars out as text ("中央区 12件、北区 3件"), for a chart's accessible name. */
function useBarSummary(): (bars: ChartBar[]) => string {
  const { t } = useTranslation();
  return (bars) =>
    bars.length
      ? bars
          .map(
            (bar) =>
              t("voiceAnalysis.labelCount", { label: bar.label, count: bar.count }) +
              (bar.extra ? ` (${bar.extra})` : ""),
          )
          .join(t("voice.listSeparator"))
      : t("voiceAnalysis.none");
}

function WardsSideBySide({ analysis }: { analysis: AnalysisResult }) {
  const { t } = useTranslation();
  const label = useBucketLabel();
  const summarize = useBarSummary();
  const title = t("voiceAnalysis.byWard");
  return (
    <ChartSection id="analysis-ward" title={title}>
      <Loaded result={analysis}>
        {(data) => {
          // In the city's ward order (the codes), not by count, so the wards are always where expected.
          const bars = barsOf(data.byWard, label).sort((a, b) => a.key.localeCompare(b.key));
          return (
            <>
              <BarChart
                label={t("voiceAnalysis.byWardLabel", { list: summarize(bars) })}
                bars={bars}
                formatCount={(count) => t("voiceAnalysis.count", { count })}
              />
              <ChartTable
                caption={title}
                toggleLabel={t("voiceAnalysis.showTable", { chart: title })}
                headers={[t("voice.ward"), t("voiceAnalysis.voices")]}
                rows={bars.map((bar) => ({ key: bar.key, heading: bar.label, cells: [bar.count] }))}
              />
            </>
          );
        }}
      </Loaded>
    </ChartSection>
  );
}

function ChannelShare({ analysis }: { analysis: AnalysisResult }) {
  const { t } = useTranslation();
  const label = useBucketLabel();
  const summarize = useBarSummary();
  const title = t("voiceAnalysis.byChannel");
  return (
    <ChartSection id="analysis-channel" title={title}>
      <Loaded result={analysis}>
        {(data) => {
          const bars = barsOf(data.byChannel, label, data.total);
          return (
            <>
              <BarChart
                label={t("voiceAnalysis.byChannelLabel", { total: data.total, list: summarize(bars) })}
                bars={bars}
                formatCount={(count) => t("voiceAnalysis.count", { count })}
              />
              <ChartTable
                caption={title}
                toggleLabel={t("voiceAnalysis.showTable", { chart: title })}
                headers={[t("voice.channel"), t("voiceAnalysis.voices"), t("voiceAnalysis.share")]}
                rows={bars.map((bar) => ({ key: bar.key, heading: bar.label, cells: [bar.count, bar.extra] }))}
              />
            </>
          );
        }}
      </Loaded>
    </ChartSection>
  );
}

function Overdue({ analysis }: { analysis: AnalysisResult }) {
  const { t } = useTranslation();
  const label = useBucketLabel();
  const summarize = useBarSummary();
  const title = t("voiceAnalysis.overdue");
  return (
    <ChartSection id="analysis-overdue" title={title} intro={t("voiceAnalysis.overdueIntro")}>
      <Loaded result={analysis}>
        {(data) => {
          const bars = barsOf(data.overdueByWard, label);
          return (
            <>
              <p className="mb-4 text-std-17B-170">{t("voiceAnalysis.overdueTotal", { count: data.overdueTotal })}</p>
              {bars.length > 0 && (
                <>
                  <BarChart
                    label={t("voiceAnalysis.overdueLabel", { total: data.overdueTotal, list: summarize(bars) })}
                    bars={bars}
                    formatCount={(count) => t("voiceAnalysis.count", { count })}
                  />
                  <ChartTable
                    caption={title}
                    toggleLabel={t("voiceAnalysis.showTable", { chart: title })}
                    headers={[t("voice.ward"), t("voiceAnalysis.overdueVoices")]}
                    rows={bars.map((bar) => ({ key: bar.key, heading: bar.label, cells: [bar.count] }))}
                  />
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </ChartSection>
  );
}

/** 区民の声の分析: the period's voices by category and month, by ward, by channel, and those overdue; and the CSV. */
export function VoiceAnalysisPage() {
  const { t } = useTranslation();
  usePageTitle(t("voiceAnalysis.title"));
  const formats = useDateFormats();
  const [params, setParams] = useSearchParams();
  const period = parseAnalysisPeriod(params, todayInKumamoto());
  const query: VoiceApiQuery = { from: period.from, to: period.to };
  // one request for every figure on the page
  const analysis = useVoiceAnalysis(query);

  return (
    <>
      <h1 className="page-title">{t("voiceAnalysis.title")}</h1>
      <VoiceNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("voiceAnalysis.intro")}</p>
      <PeriodForm period={period} onApply={(next) => setParams({ from: next.from, to: next.to })} />
      <p role="status" className="mt-4 text-std-17B-170">
        {analysis.isSuccess &&
          t("voiceAnalysis.periodTotal", {
            from: formats.date(period.from),
            to: formats.date(period.to),
            count: analysis.data.total,
          })}
      </p>
      <CsvDownload
        id="analysis-csv"
        title={t("voiceAnalysis.csvTitle")}
        intro={t("voiceAnalysis.csvIntro")}
        fetchCsv={() => fetchVoicesCsv(query)}
        fileName={() => csvFileName(query, todayInKumamoto())}
      />
      <CategoryByMonth analysis={analysis} period={period} />
      <WardsSideBySide analysis={analysis} />
      <ChannelShare analysis={analysis} />
      <Overdue analysis={analysis} />
    </>
  );
}
