import type { FormEvent } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useBureaus } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf, parseFiscalYear } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { PROPOSAL_KINDS, PROPOSAL_STATUSES, isProposalKind, isProposalStatus } from "./proposalEnums";
import type { ProposalFilters } from "./proposalFilters";
import { formText } from "../../lib/formText";
import { WardSelectInput } from "../../components/WardSelectInput";

interface ProposalFilterFormProps {
  filters: ProposalFilters;
  /** Ward staff only ever see their own ward's proposals: no ward to choose. */
  showWard: boolean;
  onApply: (changes: Omit<ProposalFilters, "page">) => void;
}

function readForm(form: HTMLFormElement): Omit<ProposalFilters, "page"> {
  const data = new FormData(form);
  const status = formText(data, "status");
  const kind = formText(data, "kind");
  return {
    status: isProposalStatus(status) ? status : "",
    ward: formText(data, "ward"),
    bureau: formText(data, "bureau"),
    fiscalYear: parseFiscalYear(formText(data, "fiscalYear")),
    kind: isProposalKind(kind) ? kind : "",
    overdue: data.get("overdue") === "true",
    q: formText(data, "q").trim(),
  };
}

/** The selects and the check box apply as soon as they change; the keyword applies on submit. */
export function ProposalFilterForm({ filters, showWard, onApply }: ProposalFilterFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useProposalFormats();
  const { data: bureaus } = useBureaus();
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), filters.fiscalYear);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(readForm(event.currentTarget));
  }

  function applyNow(event: FormEvent<HTMLSelectElement | HTMLInputElement>) {
    const form = event.currentTarget.form;
    if (form) onApply(readForm(form));
  }

  return (
    <form
      role="search"
      aria-labelledby="proposal-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="proposal-filters" className="section-title mt-0">
        {t("proposal.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        <div className="field">
          <label htmlFor="proposal-status" className="field-label">
            {t("proposal.status")}
          </label>
          <select id="proposal-status" name="status" value={filters.status} onChange={applyNow} className="field-input">
            <option value="">{t("proposal.allStatuses")}</option>
            {PROPOSAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`proposalStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {showWard && (
          <div className="field">
            <label htmlFor="proposal-ward" className="field-label">
              {t("proposal.ward")}
            </label>
            <WardSelectInput
              id="proposal-ward"
              name="ward"
              value={filters.ward}
              onChange={applyNow}
              className="field-input"
              emptyLabel={t("proposal.allWards")}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="proposal-bureau" className="field-label">
            {t("proposal.bureau")}
          </label>
          <select id="proposal-bureau" name="bureau" value={filters.bureau} onChange={applyNow} className="field-input">
            <option value="">{t("proposal.allBureaus")}</option>
            {bureaus?.map((bureau) => (
              <option key={bureau.code} value={bureau.code}>
                {localName(bureau)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="proposal-fiscal-year" className="field-label">
            {t("proposal.fiscalYear")}
          </label>
          <select
            id="proposal-fiscal-year"
            name="fiscalYear"
            value={filters.fiscalYear ?? ""}
            onChange={applyNow}
            className="field-input"
          >
            <option value="">{t("proposal.allFiscalYears")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {formats.fiscalYear(year)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="proposal-kind" className="field-label">
            {t("proposal.kind")}
          </label>
          <select id="proposal-kind" name="kind" value={filters.kind} onChange={applyNow} className="field-input">
            <option value="">{t("proposal.allKinds")}</option>
            {PROPOSAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`proposalKind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex items-center gap-3">
        <input
          id="proposal-overdue"
          type="checkbox"
          name="overdue"
          value="true"
          checked={filters.overdue}
          onChange={applyNow}
          className="size-6"
        />
        <label htmlFor="proposal-overdue" className="text-std-16N-170">
          {t("proposal.overdueOnly")}
        </label>
      </div>
      <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field mt-4">
        <Label className="field-label">{t("proposal.keyword")}</Label>
        <Input className="field-input" />
        <Text slot="description" className="field-hint">
          {t("proposal.keywordHint")}
        </Text>
      </TextField>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("proposal.search")}
        </button>
        <Link to="/proposals" className="link">
          {t("proposal.clear")}
        </Link>
      </div>
    </form>
  );
}
