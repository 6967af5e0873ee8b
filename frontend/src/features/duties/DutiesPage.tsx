import { type FormEvent, useState } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { PagedResults } from "../../components/PagedResults";
import { DUTY_EDITORS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useSectionNames } from "../../lib/useSectionNames";
import { useDuties } from "./api";
import { DUTY_REASONS, DUTY_SIDES, dutyReasonLabelKey, dutySideLabelKey, isDutyReason, isDutySide } from "./dutyDraft";
import { formText } from "../../lib/formText";
import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";

const PAGE_SIZE = 20;

interface DutyFilters {
  q: string;
  side?: Schema<"DutySide">;
  reason?: Schema<"DutyReason">;
  section: string;
  /** 1-based. */
  page: number;
}

function parseDutyFilters(params: URLSearchParams): DutyFilters {
  const side = params.get("side");
  const reason = params.get("reason");
  return {
    q: textParam(params, "q"),
    side: isDutySide(side) ? side : undefined,
    reason: isDutyReason(reason) ? reason : undefined,
    section: textParam(params, "section"),
    page: pageParam(params),
  };
}

function SearchForm({ filters, onApply }: { filters: DutyFilters; onApply: (f: Partial<DutyFilters>) => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: bureaus } = useBureaus();
  const [side, setSide] = useState<string>(filters.side ?? "");
  const [reason, setReason] = useState<string>(filters.reason ?? "");
  const [section, setSection] = useState(filters.section);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply({
      q: formText(data, "q").trim(),
      side: isDutySide(side) ? side : undefined,
      reason: isDutyReason(reason) ? reason : undefined,
      section,
    });
  }

  return (
    <form
      role="search"
      aria-labelledby="duty-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="duty-filters" className="section-title mt-0">
        {t("duty.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field md:col-span-2">
          <Label className="field-label">{t("duty.keyword")}</Label>
          <Input className="field-input" />
          <Text slot="description" className="field-hint">
            {t("duty.keywordHint")}
          </Text>
        </TextField>
        <div className="field">
          <label htmlFor="duty-filter-side" className="field-label">
            {t("duty.side")}
          </label>
          <select
            id="duty-filter-side"
            value={side}
            onChange={(e) => setSide(e.currentTarget.value)}
            className="field-input"
          >
            <option value="">{t("duty.anySide")}</option>
            {DUTY_SIDES.map((option) => (
              <option key={option} value={option}>
                {t(dutySideLabelKey(option))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="duty-filter-reason" className="field-label">
            {t("duty.reason")}
          </label>
          <select
            id="duty-filter-reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            className="field-input"
          >
            <option value="">{t("duty.anyReason")}</option>
            {DUTY_REASONS.map((option) => (
              <option key={option} value={option}>
                {t(dutyReasonLabelKey(option))}
              </option>
            ))}
          </select>
        </div>
        <div className="field md:col-span-2">
          <label htmlFor="duty-filter-section" className="field-label">
            {t("duty.contactSection")}
          </label>
          <select
            id="duty-filter-section"
            value={section}
            onChange={(e) => setSection(e.currentTarget.value)}
            aria-describedby="duty-filter-section-hint"
            className="field-input"
          >
            <option value="">{t("duty.anySection")}</option>
            {bureaus?.map((bureau) => (
              <optgroup key={bureau.code} label={localName(bureau)}>
                {bureau.sections.map((candidate) => (
                  <option key={candidate.code} value={candidate.code}>
                    {localName(candidate)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <p id="duty-filter-section-hint" className="field-hint">
            {t("duty.sectionHint")}
          </p>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("duty.search")}
        </button>
        <Link to="/duties" className="link">
          {t("duty.clearFilters")}
        </Link>
      </div>
    </form>
  );
}

function Results({ filters, onPage }: { filters: DutyFilters; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const sectionName = useSectionNames();
  const duties = useDuties({
    q: filters.q || undefined,
    side: filters.side,
    reason: filters.reason,
    section: filters.section || undefined,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  return (
    <PagedResults
      query={duties}
      page={filters.page}
      onPage={onPage}
      empty={t("duty.empty")}
      total={(count) => t("duty.total", { count })}
    >
      {(items) => (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("duty.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("duty.name")}</th>
                <th scope="col">{t("duty.side")}</th>
                <th scope="col">{t("duty.reasons")}</th>
                <th scope="col">{t("duty.contactSection")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((duty) => (
                <tr key={duty.id}>
                  <th scope="row">
                    <Link to={`/duties/${duty.id}`} className="link">
                      {duty.titleJa}
                    </Link>
                  </th>
                  <td>{t(dutySideLabelKey(duty.side))}</td>
                  <td>{duty.reasons.map((reason) => t(dutyReasonLabelKey(reason))).join(t("duty.listSeparator"))}</td>
                  <td>{sectionName(duty.contactSectionCode)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PagedResults>
  );
}

/** The division of duties: who does what (HQ, ward or both), why, and whom to ask. */
export function DutiesPage() {
  const { t } = useTranslation();
  usePageTitle(t("duty.title"));
  const session = useSession();
  const { filters, update } = useUrlFilters(parseDutyFilters);
  return (
    <>
      <h1 className="page-title">{t("duty.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("duty.lead")}</p>
      {hasRole(session?.user, DUTY_EDITORS) && (
        <p className="mb-6">
          <Link to="/duties/new" className="btn-primary">
            {t("duty.newTitle")}
          </Link>
        </p>
      )}
      <SearchForm key={`${filters.side}-${filters.reason}-${filters.section}`} filters={filters} onApply={update} />
      <section aria-labelledby="duty-results" className="mt-8">
        <h2 id="duty-results" className="section-title">
          {t("duty.results")}
        </h2>
        <Results filters={filters} onPage={(page) => update({ page })} />
      </section>
    </>
  );
}
