import type { FormEvent } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { OFFICE_TYPES, isOfficeType, officeTypeLabelKey } from "../../lib/officeTypes";
import type { OfficeFilters } from "./useOfficeFilters";
import { formText } from "../../lib/formText";
import { WardSelectInput } from "../../components/WardSelectInput";

interface OfficeFilterFormProps {
  filters: OfficeFilters;
  onApply: (changes: Omit<OfficeFilters, "page">) => void;
}

function readForm(form: HTMLFormElement): Omit<OfficeFilters, "page"> {
  const data = new FormData(form);
  const type = formText(data, "type");
  return {
    ward: formText(data, "ward"),
    type: isOfficeType(type) ? type : "",
    q: formText(data, "q").trim(),
  };
}

/** Ward and type apply as soon as they change; the keyword applies on submit. */
export function OfficeFilterForm({ filters, onApply }: OfficeFilterFormProps) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(readForm(event.currentTarget));
  }

  function applyNow(event: FormEvent<HTMLSelectElement>) {
    const form = event.currentTarget.form;
    if (form) onApply(readForm(form));
  }

  return (
    <form
      role="search"
      aria-labelledby="office-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="office-filters" className="section-title mt-0">
        {t("office.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="field">
          <label htmlFor="office-ward" className="field-label">
            {t("office.ward")}
          </label>
          <WardSelectInput
            id="office-ward"
            name="ward"
            value={filters.ward}
            onChange={applyNow}
            className="field-input"
            emptyLabel={t("office.allWards")}
          />
        </div>
        <div className="field">
          <label htmlFor="office-type" className="field-label">
            {t("office.type")}
          </label>
          <select id="office-type" name="type" value={filters.type} onChange={applyNow} className="field-input">
            <option value="">{t("office.allTypes")}</option>
            {OFFICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(officeTypeLabelKey(type))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field mt-4">
        <Label className="field-label">{t("office.keyword")}</Label>
        <Input className="field-input" />
        <Text slot="description" className="field-hint">
          {t("office.keywordHint")}
        </Text>
      </TextField>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("office.search")}
        </button>
        <Link to="/offices" className="link">
          {t("office.clear")}
        </Link>
      </div>
    </form>
  );
}
