import { type FormEvent, useState } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUrlFilters } from "../../lib/urlFilters";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { CsvDownload } from "../../components/CsvDownload";
import { DateField } from "../../components/FormFields";
import { PagedResults } from "../../components/PagedResults";
import { todayInKumamoto, useDateFormats } from "../../lib/dates";
import { formText } from "../../lib/formText";
import { fetchAuditCsv, useAuditTrail } from "./api";
import { type AuditFilters, auditFiltersOf, changedFields, toAuditApiQuery } from "./auditFilters";
import { PersonName } from "../../components/PersonName";

const PAGE_SIZE = 50;

function SearchForm({ filters, onApply }: { filters: AuditFilters; onApply: (f: Partial<AuditFilters>) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [personalDataReads, setPersonalDataReads] = useState(filters.personalDataReads);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply({
      actor: formText(data, "actor").trim(),
      entity: formText(data, "entity").trim(),
      id: formText(data, "id").trim(),
      action: formText(data, "action").trim(),
      from,
      to,
      personalDataReads,
    });
  }

  const text = (name: "actor" | "entity" | "id" | "action", hint?: string) => (
    <TextField key={`${name}-${filters[name]}`} name={name} defaultValue={filters[name]} className="field">
      <Label className="field-label">{t(`admin.audit.${name}`)}</Label>
      <Input className="field-input" lang="en" />
      {hint && <p className="field-hint">{hint}</p>}
    </TextField>
  );

  return (
    <form
      role="search"
      aria-labelledby="audit-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="audit-filters" className="section-title mt-0">
        {t("admin.audit.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        {text("actor", t("admin.audit.actorHint"))}
        {text("action", t("admin.audit.actionHint"))}
        {text("entity", t("admin.audit.entityHint"))}
        {text("id", t("admin.audit.idHint"))}
        <DateField id="audit-from" label={t("admin.audit.from")} value={from} onChange={setFrom} />
        <DateField id="audit-to" label={t("admin.audit.to")} value={to} onChange={setTo} />
        <label className="flex min-h-11 items-center gap-2 text-std-16N-170 md:col-span-2">
          <input
            type="checkbox"
            checked={personalDataReads}
            onChange={(event) => setPersonalDataReads(event.currentTarget.checked)}
            className="size-5"
          />
          {t("admin.audit.personalDataReadsOnly")}
        </label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("admin.search")}
        </button>
        <Link to="/admin/audit" className="link">
          {t("admin.clearFilters")}
        </Link>
      </div>
    </form>
  );
}

function useAuditTime(): (instant: string) => string {
  const formats = useDateFormats();
  // to the second: the trail orders changes that happen close together
  return (instant) => formats.dateTime(instant, { seconds: true });
}

function Change({ entry }: { entry: Schema<"AuditEntry"> }) {
  const { t } = useTranslation();
  const fields = changedFields(entry.before, entry.after);
  if (!entry.before && !entry.after) return <span className="text-solid-gray-700">{t("admin.audit.noState")}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-blue-1000 underline">
        {fields.length ? t("admin.audit.changed", { fields: fields.join(", ") }) : t("admin.audit.noChange")}
      </summary>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        {(["before", "after"] as const).map((side) => (
          <div key={side}>
            <p className="text-std-16B-170">{t(`admin.audit.${side}`)}</p>
            <pre lang="en" className="rounded-4 bg-solid-gray-50 p-2 text-dns-14N-130 break-all whitespace-pre-wrap">
              {entry[side] ? JSON.stringify(entry[side], null, 2) : "—"}
            </pre>
          </div>
        ))}
      </div>
    </details>
  );
}

function Results({ filters, onPage }: { filters: AuditFilters; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const time = useAuditTime();
  const trail = useAuditTrail(toAuditApiQuery(filters), filters.page - 1, PAGE_SIZE);
  return (
    <PagedResults
      query={trail}
      page={filters.page}
      onPage={onPage}
      empty={t("admin.audit.empty")}
      total={(count) => t("admin.total", { count })}
    >
      {(items) => (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("admin.audit.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.occurredAt")}</th>
                <th scope="col">{t("admin.audit.actor")}</th>
                <th scope="col">{t("admin.audit.action")}</th>
                <th scope="col">{t("admin.audit.record")}</th>
                <th scope="col">{t("admin.audit.change")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="whitespace-nowrap">
                    {time(entry.occurredAt)}
                  </th>
                  <td>
                    <PersonName username={entry.actor} />
                    <span className="block text-std-14N-150 text-solid-gray-700" lang="en">
                      {entry.actor}
                    </span>
                  </td>
                  <td lang="en">{entry.action}</td>
                  <td lang="en">
                    {entry.entity} {entry.entityId}
                  </td>
                  <td>
                    <Change entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PagedResults>
  );
}

/** 監査記録: who did what to which record and when, the log of personal-data reads, and both as CSV. */
export function AuditTrailPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.audit.title"));
  const { filters, update, params } = useUrlFilters(auditFiltersOf);
  return (
    <>
      <h1 className="page-title">{t("admin.audit.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.audit.lead")}</p>
      <SearchForm key={params.toString()} filters={filters} onApply={update} />
      <section aria-labelledby="audit-results" className="mt-8">
        <h2 id="audit-results" className="section-title">
          {filters.personalDataReads ? t("admin.audit.personalDataReads") : t("admin.results")}
        </h2>
        <Results filters={filters} onPage={(page) => update({ page })} />
      </section>
      <CsvDownload
        id="audit-csv"
        title={t("admin.audit.csvTitle")}
        intro={t("admin.audit.csvIntro")}
        fetchCsv={() => fetchAuditCsv(toAuditApiQuery(filters))}
        fileName={() => `${filters.personalDataReads ? "personal-data-reads" : "audit"}-${todayInKumamoto()}.csv`}
      />
    </>
  );
}
