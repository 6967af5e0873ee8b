import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { FieldMessage, RequiredMark, SelectField, TextInputField } from "../../components/FormFields";
import { WardSelectInput } from "../../components/WardSelectInput";
import { OFFICE_TYPES, isOfficeType, officeTypeLabelKey } from "../../lib/officeTypes";
import { type OfficeDraft, type OfficeTextField, toOfficeInput } from "./officeDraft";

/**
 * An office's fields, grouped as the public facility list (公共施設一覧) has them: what it is, where, how to reach it,
 * and what residents are told. The API checks each field and names the ones it refuses.
 */
export function OfficeForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial: OfficeDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"OfficeInput">) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const errors = fieldErrorsOf(error);
  const text = (
    field: OfficeTextField,
    options: { required?: boolean; hint?: string; maxLength?: number; lang?: string; multiline?: boolean } = {},
  ) => (
    <TextInputField
      name={field}
      label={t(`admin.offices.${field}`)}
      value={draft[field]}
      onChange={(value) => setDraft((current) => ({ ...current, [field]: value }))}
      isRequired={options.required}
      hint={options.hint}
      maxLength={options.maxLength}
      lang={options.lang}
      multiline={options.multiline}
      autoComplete="off"
    />
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toOfficeInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-8">
      <fieldset className="flex flex-col gap-6">
        <legend className="section-title">{t("admin.offices.basics")}</legend>
        <div className="grid gap-6 md:grid-cols-2">
          <SelectField
            id="office-form-type"
            label={t("admin.offices.type")}
            required
            error={errors.type}
            value={draft.type}
            onChange={(type) => {
              if (type === "" || isOfficeType(type)) setDraft((current) => ({ ...current, type }));
            }}
          >
            <option value="">{t("common.choose")}</option>
            {OFFICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(officeTypeLabelKey(type))}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label htmlFor="office-form-ward" className="field-label">
              {t("admin.offices.ward")}
              <RequiredMark />
            </label>
            <WardSelectInput
              id="office-form-ward"
              required
              value={draft.wardCode}
              onChange={(event) => {
                const wardCode = event.currentTarget.value;
                setDraft((current) => ({ ...current, wardCode }));
              }}
              aria-invalid={errors.wardCode ? true : undefined}
              aria-describedby={errors.wardCode ? "office-form-ward-error" : undefined}
              className="field-input"
              emptyLabel={t("common.choose")}
              keep={draft.wardCode}
            />
            <FieldMessage id="office-form-ward-error" message={errors.wardCode} />
          </div>
        </div>
        {text("nameJa", { required: true, maxLength: 200 })}
        {text("nameKana", { required: true, maxLength: 200, hint: t("admin.offices.nameKanaHint") })}
        {text("nameEn", { required: true, maxLength: 200, lang: "en" })}
        {text("nameCommon", { maxLength: 200 })}
        {text("poiCode", { maxLength: 4, hint: t("admin.offices.poiCodeHint") })}
      </fieldset>
      <fieldset className="flex flex-col gap-6">
        <legend className="section-title">{t("admin.offices.place")}</legend>
        {text("postalCode", { maxLength: 8, hint: t("admin.offices.postalCodeHint") })}
        {text("address", { required: true, maxLength: 300 })}
        {text("building", { maxLength: 200 })}
        <div className="grid gap-6 md:grid-cols-2">
          {text("latitude", { maxLength: 20, hint: t("admin.offices.coordinateHint") })}
          {text("longitude", { maxLength: 20, hint: t("admin.offices.coordinateHint") })}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-6">
        <legend className="section-title">{t("admin.offices.contact")}</legend>
        <div className="grid gap-6 md:grid-cols-2">
          {text("phone", { maxLength: 20, hint: t("admin.offices.phoneHint") })}
          {text("extension", { maxLength: 10 })}
        </div>
        {text("email", { maxLength: 254, lang: "en" })}
        {text("url", { maxLength: 500, lang: "en", hint: t("admin.offices.urlHint") })}
      </fieldset>
      <fieldset className="flex flex-col gap-6">
        <legend className="section-title">{t("admin.offices.guidance")}</legend>
        {text("accessibility", { maxLength: 2000, multiline: true })}
        {text("notes", { maxLength: 2000, multiline: true })}
        {(["closedOnHolidays", "closedYearEnd"] as const).map((flag) => (
          <label key={flag} className="flex min-h-11 items-center gap-2 text-std-16N-170">
            <input
              type="checkbox"
              checked={draft[flag]}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setDraft((current) => ({ ...current, [flag]: checked }));
              }}
              className="size-5"
            />
            {t(`admin.offices.${flag}`)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {submitLabel}
        </button>
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}
