import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { BarChart } from "../../components/charts/Charts";
import { CsvDownload } from "../../components/CsvDownload";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FilterForm } from "../../components/FilterForm";
import { LoadingStatus } from "../../components/LoadingStatus";
import { ProcedureSelect } from "../../components/ProcedureSelect";
import { WardSelect } from "../../components/WardSelect";
import { CHANNEL_USAGE_IMPORTERS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { type ChannelUsageQuery, fetchChannelUsageCsv, useChannelUsage } from "./api";
import { channelUsageCsvFileName, channelUsageSearch, parseChannelUsageParams, sharePercent } from "./channelUsage";
import { ChannelUsageImport } from "./ChannelUsageImport";
import { CounterStatsNav } from "./CounterStatsNav";
import { useDateFormats } from "../../lib/dates";

const CHANNELS = ["counter", "convenienceStore", "online", "mail", "kiosk"] as const;

function useFormats() {
  const { t, i18n } = useTranslation();
  const dates = useDateFormats();
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en" : "ja-JP");
  return {
    month: dates.month,
    number: (n: number) => number.format(n),
    share: (share: number | null | undefined) => {
      const percent = sharePercent(share);
      return percent == null ? t("counterStats.noFigure") : `${percent.toFixed(1)}%`;
    },
  };
}

function Filters({ query, apply }: { query: ChannelUsageQuery; apply: (next: ChannelUsageQuery) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const wardStaff = session?.user.role === "WARD";
  return (
    <FilterForm id="channel-usage-filters" title={t("counterStats.filters")}>
      {wardStaff ? (
        <p className="text-std-16N-170">{t("channelUsage.ownWard", { ward: session.user.ward?.nameJa ?? "" })}</p>
      ) : (
        <WardSelect
          id="channel-usage-ward"
          name="ward"
          label={t("channelUsage.ward")}
          value={query.ward ?? ""}
          emptyLabel={t("channelUsage.allWards")}
          onChange={(event) => apply({ ...query, ward: event.currentTarget.value || undefined })}
        />
      )}
      <div className="field">
        <label htmlFor="channel-usage-procedure" className="field-label">
          {t("counterStats.procedure")}
        </label>
        <ProcedureSelect
          id="channel-usage-procedure"
          value={query.procedure ?? ""}
          emptyLabel={t("counterStats.allProcedures")}
          onChange={(code) => apply({ ...query, procedure: code || undefined })}
        />
      </div>
      <div className="field">
        <label htmlFor="channel-usage-from" className="field-label">
          {t("channelUsage.from")}
        </label>
        <input
          id="channel-usage-from"
          type="month"
          className="field-input"
          value={query.from ?? ""}
          onChange={(event) => apply({ ...query, from: event.currentTarget.value || undefined })}
        />
      </div>
      <div className="field">
        <label htmlFor="channel-usage-to" className="field-label">
          {t("channelUsage.to")}
        </label>
        <input
          id="channel-usage-to"
          type="month"
          className="field-input"
          value={query.to ?? ""}
          onChange={(event) => apply({ ...query, to: event.currentTarget.value || undefined })}
        />
      </div>
    </FilterForm>
  );
}

function ShareChart({ report }: { report: Schema<"ChannelUsageReport"> }) {
  const { t } = useTranslation();
  const f = useFormats();
  const bars = report.months.map((month) => ({
    key: month.month,
    label: f.month(month.month),
    count: sharePercent(month.counts.convenienceStoreShare) ?? 0,
  }));
  const first = report.months[0];
  const last = report.months.at(-1);
  const label =
    first && last
      ? t("channelUsage.chartLabel", {
          from: f.month(first.month),
          fromShare: f.share(first.counts.convenienceStoreShare),
          to: f.month(last.month),
          toShare: f.share(last.counts.convenienceStoreShare),
          total: f.share(report.total.convenienceStoreShare),
        })
      : t("channelUsage.empty");
  return <BarChart label={label} bars={bars} formatCount={(n) => `${n.toFixed(1)}%`} />;
}

function UsageTable({ report }: { report: Schema<"ChannelUsageReport"> }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const english = i18n.language === "en";
  const cells = (counts: Schema<"ChannelCounts">) => (
    <>
      {CHANNELS.map((channel) => (
        <td key={channel} className="text-right tabular-nums">
          {f.number(counts[channel])}
        </td>
      ))}
      <td className="text-right tabular-nums">{f.number(counts.total)}</td>
      <td className="text-right tabular-nums">{f.share(counts.convenienceStoreShare)}</td>
    </>
  );
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="channel-usage-table">
      <table className="data-table">
        <caption className="sr-only">{t("channelUsage.tableTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("channelUsage.month")}</th>
            <th scope="col">{t("channelUsage.ward")}</th>
            <th scope="col">{t("counterStats.procedure")}</th>
            {CHANNELS.map((channel) => (
              <th key={channel} scope="col" className="text-right">
                {t(`channelUsage.channel.${channel}`)}
              </th>
            ))}
            <th scope="col" className="text-right">
              {t("counterStats.total")}
            </th>
            <th scope="col" className="text-right">
              {t("channelUsage.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={`${row.month}-${row.wardCode ?? "city"}-${row.procedureCode}`}>
              <td className="whitespace-nowrap">{f.month(row.month)}</td>
              <td>{english ? row.wardNameEn : row.wardNameJa}</td>
              <th scope="row">{english ? row.procedureNameEn : row.procedureNameJa}</th>
              {cells(row.counts)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td />
            <th scope="row">{t("counterStats.total")}</th>
            {cells(report.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** チャネル別発行件数: the convenience-store share per procedure, ward and month; the CSV; the import (HQ, ADMIN). */
export function ChannelUsagePage() {
  const { t } = useTranslation();
  usePageTitle(t("channelUsage.title"));
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const query = parseChannelUsageParams(params);
  const usage = useChannelUsage(query);
  const apply = (next: ChannelUsageQuery) => setParams(channelUsageSearch(next));
  return (
    <>
      <h1 className="page-title">{t("channelUsage.title")}</h1>
      <CounterStatsNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("channelUsage.intro")}</p>
      <Filters query={query} apply={apply} />
      {usage.isPending && <LoadingStatus />}
      {usage.isError && <ErrorMessage error={usage.error} onRetry={() => void usage.refetch()} />}
      {usage.isSuccess && (
        <div aria-busy={usage.isPlaceholderData}>
          <section aria-labelledby="channel-usage-chart" className="mt-8">
            <h2 id="channel-usage-chart" className="section-title">
              {t("channelUsage.chartTitle")}
            </h2>
            {usage.data.months.length === 0 ? (
              <p className="notice">{t("channelUsage.empty")}</p>
            ) : (
              <ShareChart report={usage.data} />
            )}
          </section>
          <section aria-labelledby="channel-usage-table" className="mt-8">
            <h2 id="channel-usage-table" className="section-title">
              {t("channelUsage.tableTitle")}
            </h2>
            <UsageTable report={usage.data} />
          </section>
        </div>
      )}
      <CsvDownload
        id="channel-usage-csv"
        title={t("channelUsage.csvTitle")}
        intro={t("channelUsage.csvIntro")}
        fetchCsv={() => fetchChannelUsageCsv(query)}
        fileName={() => channelUsageCsvFileName(query)}
      />
      {hasRole(session?.user, CHANNEL_USAGE_IMPORTERS) && <ChannelUsageImport />}
    </>
  );
}
