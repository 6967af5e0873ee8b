import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useAllOffices } from "../../api/organization";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { BarChart, ChartTable } from "../../components/charts/Charts";
import { HeatMap } from "../../components/charts/HeatMap";
import { CsvDownload } from "../../components/CsvDownload";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FilterForm } from "../../components/FilterForm";
import { LoadingStatus } from "../../components/LoadingStatus";
import { ProcedureSelect } from "../../components/ProcedureSelect";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto } from "../../lib/dates";
import {
  type CounterStats,
  type CounterStatsGroupBy,
  type CounterStatsQuery,
  type CounterStatsRow,
  fetchCounterStatsCsv,
  useCounterStats,
  useFloor,
} from "./api";
import {
  counterStatsCsvFileName,
  counterStatsSearch,
  minutes,
  parseCounterStatsParams,
  weekdayHourTable,
} from "./counterStats";
import { CounterStatsNav } from "./CounterStatsNav";

/** Offices with a counter floor: the city hall, ward offices and general branch offices. */
const FLOOR_OFFICE_TYPES = new Set(["CITY_HALL", "WARD_OFFICE", "GENERAL_BRANCH_OFFICE"]);

function useRowLabel(): (row: CounterStatsRow) => string {
  const { i18n } = useTranslation();
  return (row) => (i18n.language === "en" ? row.labelEn : row.labelJa);
}

function useFormats() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en" : "ja-JP");
  return {
    count: (n: number) => t("counterStats.count", { count: n, formatted: number.format(n) }),
    minutes: (seconds: number | null | undefined) => {
      const m = minutes(seconds);
      return m == null ? t("counterStats.noFigure") : t("counterStats.minutes", { count: m });
    },
    percent: (share: number | null | undefined) =>
      share == null ? t("counterStats.noFigure") : `${(Math.round(share * 1000) / 10).toFixed(1)}%`,
  };
}

function Filters({ query, apply }: { query: CounterStatsQuery; apply: (next: CounterStatsQuery) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const localName = useLocalName();
  const offices = useAllOffices();
  const floor = useFloor(query.office);
  const ownWard = session?.user.role === "WARD" ? session.user.ward?.code : undefined;
  const choices = (offices.data ?? []).filter(
    (office) => FLOOR_OFFICE_TYPES.has(office.type) && (!ownWard || office.wardCode === ownWard),
  );
  return (
    <FilterForm id="counter-stats-filters" title={t("counterStats.filters")}>
      <div className="field">
        <label htmlFor="counter-stats-office" className="field-label">
          {t("counterStats.office")}
        </label>
        <select
          id="counter-stats-office"
          className="field-input"
          value={query.office ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            apply({ ...query, office: value ? Number(value) : undefined, lane: undefined });
          }}
        >
          <option value="">{t(ownWard ? "counterStats.allOwnOffices" : "counterStats.allOffices")}</option>
          {choices.map((office) => (
            <option key={office.id} value={office.id}>
              {localName(office)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="counter-stats-lane" className="field-label">
          {t("counterStats.lane")}
        </label>
        <select
          id="counter-stats-lane"
          className="field-input"
          value={query.lane ?? ""}
          aria-describedby="counter-stats-lane-hint"
          disabled={query.office === undefined}
          onChange={(event) => {
            const value = event.currentTarget.value;
            apply({ ...query, lane: value ? Number(value) : undefined });
          }}
        >
          <option value="">{t("counterStats.allLanes")}</option>
          {(floor.data?.lanes ?? []).map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.letter} {localName(lane)}
            </option>
          ))}
        </select>
        <p id="counter-stats-lane-hint" className="field-hint">
          {t("counterStats.laneHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="counter-stats-procedure" className="field-label">
          {t("counterStats.procedure")}
        </label>
        <ProcedureSelect
          id="counter-stats-procedure"
          value={query.procedure ?? ""}
          emptyLabel={t("counterStats.allProcedures")}
          onChange={(code) => apply({ ...query, procedure: code || undefined })}
        />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <div className="field">
          <label htmlFor="counter-stats-from" className="field-label">
            {t("counterStats.from")}
          </label>
          <input
            id="counter-stats-from"
            type="date"
            className="field-input"
            value={query.from}
            max={query.to}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value) apply({ ...query, from: value });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="counter-stats-to" className="field-label">
            {t("counterStats.to")}
          </label>
          <input
            id="counter-stats-to"
            type="date"
            className="field-input"
            value={query.to}
            min={query.from}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value) apply({ ...query, to: value });
            }}
          />
        </div>
      </div>
    </FilterForm>
  );
}

/** Loading, error or the figures of one grouping. */
function Loaded({
  result,
  children,
}: {
  result: UseQueryResult<CounterStats>;
  children: (stats: CounterStats) => ReactNode;
}) {
  if (result.isPending) return <LoadingStatus />;
  if (result.isError) return <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />;
  return <div aria-busy={result.isPlaceholderData}>{children(result.data)}</div>;
}

function Summary({ total }: { total: CounterStatsRow }) {
  const { t } = useTranslation();
  const f = useFormats();
  const items: [string, string][] = [
    [t("counterStats.tickets"), f.count(total.tickets)],
    [t("counterStats.served"), f.count(total.served)],
    [t("counterStats.noShows"), f.count(total.noShows)],
    [t("counterStats.noShowRate"), f.percent(total.tickets > 0 ? total.noShows / total.tickets : null)],
    [t("counterStats.waitMedian"), f.minutes(total.waitMedianSeconds)],
    [t("counterStats.serviceMedian"), f.minutes(total.serviceMedianSeconds)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 md:grid-cols-3">
      {items.map(([term, value]) => (
        <div key={term} className="rounded-8 border border-solid-gray-420 p-3">
          <dt className="text-std-16N-170">{term}</dt>
          <dd className="text-std-20B-150 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PeakHours({ stats }: { stats: CounterStats }) {
  const { t } = useTranslation();
  const table = weekdayHourTable(stats.rows);
  const weekday = (key: string) => t(`counterStats.weekday.${key as "1" | "2" | "3" | "4" | "5" | "6" | "7"}`);
  const peak = stats.rows.reduce<CounterStatsRow | undefined>(
    (best, row) => (row.tickets > (best?.tickets ?? 0) ? row : best),
    undefined,
  );
  const [peakDay, peakHour] = peak ? peak.key.split("-") : [];
  const label = peak
    ? t("counterStats.heatLabel", { day: weekday(peakDay), hour: Number(peakHour), count: peak.tickets })
    : t("counterStats.heatLabelEmpty");
  const title = t("counterStats.heatTitle");
  return (
    <>
      <HeatMap
        label={label}
        table={table}
        rowLabel={weekday}
        columnLabel={(hour) => [t("counterStats.hourShort", { hour: Number(hour) }), ""]}
      />
      <ChartTable
        caption={title}
        toggleLabel={t("counterStats.showTable", { chart: title })}
        headers={[
          t("counterStats.weekdayHeader"),
          ...table.columns.map((h) => t("counterStats.hourShort", { hour: Number(h) })),
        ]}
        rows={table.rows.map((row) => ({ key: row.key, heading: weekday(row.key), cells: row.counts }))}
      />
    </>
  );
}

type Column = "tickets" | "served" | "noShows" | "wait" | "service" | "utilisation";

/** The figures of one grouping as a table scrolling inside its frame, the total in the footer. */
function FiguresTable({
  caption,
  heading,
  stats,
  columns,
}: {
  caption: string;
  heading: string;
  stats: CounterStats;
  columns: readonly Column[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const label = useRowLabel();
  const headers: Record<Column, string[]> = {
    tickets: [t("counterStats.tickets")],
    served: [t("counterStats.served")],
    noShows: [t("counterStats.noShows")],
    wait: [t("counterStats.waitMedian"), t("counterStats.waitP90")],
    service: [t("counterStats.serviceMedian"), t("counterStats.serviceP90")],
    utilisation: [t("counterStats.utilisation")],
  };
  const cells = (row: CounterStatsRow): Record<Column, string[]> => ({
    tickets: [f.count(row.tickets)],
    served: [f.count(row.served)],
    noShows: [f.count(row.noShows)],
    wait: [f.minutes(row.waitMedianSeconds), f.minutes(row.waitP90Seconds)],
    service: [f.minutes(row.serviceMedianSeconds), f.minutes(row.serviceP90Seconds)],
    utilisation: [f.percent(row.utilisation)],
  });
  const line = (row: CounterStatsRow) =>
    columns
      .flatMap((column) => cells(row)[column])
      .map((cell, index) => (
        <td key={index} className="text-right tabular-nums">
          {cell}
        </td>
      ));
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {columns
              .flatMap((column) => headers[column])
              .map((header) => (
                <th key={header} scope="col" className="text-right">
                  {header}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {stats.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row)}</th>
              {line(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("counterStats.total")}</th>
            {line(stats.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The figures grouped by lane, by month and by window: each a bar chart and its table. */
const GROUPINGS = [
  {
    id: "counter-stats-lanes",
    groupBy: "lane",
    title: "counterStats.byLane",
    heading: "counterStats.lane",
    columns: ["tickets", "served", "noShows", "wait", "service"],
    bar: "wait",
  },
  {
    id: "counter-stats-months",
    groupBy: "month",
    title: "counterStats.byMonth",
    heading: "counterStats.month",
    columns: ["tickets", "served", "noShows", "wait", "service"],
    bar: "wait",
  },
  {
    id: "counter-stats-windows",
    groupBy: "window",
    title: "counterStats.byWindow",
    heading: "counterStats.window",
    columns: ["tickets", "served", "noShows", "service", "utilisation"],
    bar: "utilisation",
  },
] as const satisfies readonly {
  id: string;
  groupBy: CounterStatsGroupBy;
  title: string;
  heading: string;
  columns: readonly Column[];
  /** What the bar chart draws: minutes of the median wait, or utilisation in percent. */
  bar: "wait" | "utilisation";
}[];

function Grouped({ query, grouping }: { query: CounterStatsQuery; grouping: (typeof GROUPINGS)[number] }) {
  const { id, bar, columns } = grouping;
  const { t } = useTranslation();
  const f = useFormats();
  const label = useRowLabel();
  const result = useCounterStats(query, grouping.groupBy);
  const title = t(grouping.title);
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <Loaded result={result}>
        {(stats) => {
          if (stats.rows.length === 0) return <p className="notice">{t("counterStats.empty")}</p>;
          const bars = stats.rows.map((row) => ({
            key: row.key,
            label: label(row),
            count:
              bar === "wait" ? (minutes(row.waitMedianSeconds) ?? 0) : Math.round((row.utilisation ?? 0) * 1000) / 10,
          }));
          const chartLabel = t(bar === "wait" ? "counterStats.waitChart" : "counterStats.utilisationChart", {
            title,
            list: stats.rows
              .map(
                (row) =>
                  `${label(row)} ${bar === "wait" ? f.minutes(row.waitMedianSeconds) : f.percent(row.utilisation)}`,
              )
              .join(t("counterStats.listSeparator")),
          });
          return (
            <>
              <BarChart
                label={chartLabel}
                bars={bars}
                formatCount={(n) => (bar === "wait" ? t("counterStats.minutes", { count: n }) : `${n}%`)}
              />
              <FiguresTable caption={title} heading={t(grouping.heading)} stats={stats} columns={columns} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

/** 窓口利用統計: tickets by weekday and hour, waits and service times by lane and month, windows' utilisation. */
export function CounterStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t("counterStats.title"));
  const [params, setParams] = useSearchParams();
  const query = parseCounterStatsParams(params, todayInKumamoto());
  const apply = (next: CounterStatsQuery) => setParams(counterStatsSearch(next));
  const heat = useCounterStats(query, "weekday-hour");
  return (
    <>
      <h1 className="page-title">{t("counterStats.title")}</h1>
      <CounterStatsNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("counterStats.intro")}</p>
      <Filters query={query} apply={apply} />
      <section aria-labelledby="counter-stats-summary" className="mt-8">
        <h2 id="counter-stats-summary" className="section-title">
          {t("counterStats.summary")}
        </h2>
        <Loaded result={heat}>{(stats) => <Summary total={stats.total} />}</Loaded>
      </section>
      <section aria-labelledby="counter-stats-heat" className="mt-10">
        <h2 id="counter-stats-heat" className="section-title">
          {t("counterStats.heatTitle")}
        </h2>
        <Loaded result={heat}>{(stats) => <PeakHours stats={stats} />}</Loaded>
      </section>
      {GROUPINGS.map((grouping) => (
        <Grouped key={grouping.id} query={query} grouping={grouping} />
      ))}
      <CsvDownload
        id="counter-stats-csv"
        title={t("counterStats.csvTitle")}
        intro={t("counterStats.csvIntro")}
        fetchCsv={() => fetchCounterStatsCsv(query)}
        fileName={() => counterStatsCsvFileName(query)}
      />
    </>
  );
}
