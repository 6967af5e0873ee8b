import { type FormEvent, useRef, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { FieldMessage, TextInputField } from "../../components/FormFields";
import { type BureauDraft, type SectionDraft, moveSection, newSection, toBureauInput } from "./bureauDraft";

function SectionFields({
  section,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  section: SectionDraft;
  index: number;
  count: number;
  onChange: (section: SectionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4" data-section={section.code}>
      <legend className="px-1 text-std-16B-170">{t("admin.bureaus.section", { number })}</legend>
      <div className="grid gap-4 md:grid-cols-3">
        <TextInputField
          name={`sections[${index}].code`}
          label={t("admin.bureaus.sectionCode")}
          value={section.code}
          onChange={(code) => onChange({ ...section, code })}
          isRequired
          isReadOnly={section.saved}
          pattern="[a-z0-9\-]{2,40}"
          maxLength={40}
          lang="en"
          autoComplete="off"
        />
        <TextInputField
          name={`sections[${index}].nameJa`}
          label={t("admin.bureaus.sectionNameJa")}
          value={section.nameJa}
          onChange={(nameJa) => onChange({ ...section, nameJa })}
          isRequired
          maxLength={100}
          autoComplete="off"
        />
        <TextInputField
          name={`sections[${index}].nameEn`}
          label={t("admin.bureaus.sectionNameEn")}
          value={section.nameEn}
          onChange={(nameEn) => onChange({ ...section, nameEn })}
          isRequired
          maxLength={200}
          lang="en"
          autoComplete="off"
        />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" aria-disabled={index === 0} onClick={() => onMove(-1)}>
          {t("admin.bureaus.moveUp", { number })}
        </button>
        <button type="button" className="btn-secondary" aria-disabled={index === count - 1} onClick={() => onMove(1)}>
          {t("admin.bureaus.moveDown", { number })}
        </button>
        <button type="button" className="btn-danger-secondary" onClick={onRemove}>
          {t("admin.bureaus.removeSection", { number })}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * A bureau with its sections in the order shown. The bureau's code is given once; a saved section keeps its code
 * (staff, procedures and duties name it), and one still in use cannot be removed (the API says which).
 */
export function BureauForm({
  initial,
  isNew,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial: BureauDraft;
  isNew: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"BureauInput">) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const errors = fieldErrorsOf(error);
  const sectionsHeading = useRef<HTMLLegendElement>(null);
  const set = (field: "code" | "nameJa" | "nameEn" | "sortOrder") => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const setSections = (change: (sections: SectionDraft[]) => SectionDraft[]) =>
    setDraft((current) => ({ ...current, sections: change(current.sections) }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toBureauInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-4xl flex-col gap-6">
      <TextInputField
        name="code"
        label={t("admin.bureaus.code")}
        value={draft.code}
        onChange={set("code")}
        hint={isNew ? t("admin.bureaus.codeHint") : t("admin.bureaus.codeFixed")}
        isRequired
        isReadOnly={!isNew}
        pattern="[a-z0-9\-]{2,40}"
        maxLength={40}
        lang="en"
        autoComplete="off"
      />
      <div className="grid gap-6 md:grid-cols-2">
        <TextInputField
          name="nameJa"
          label={t("admin.bureaus.nameJa")}
          value={draft.nameJa}
          onChange={set("nameJa")}
          isRequired
          maxLength={100}
          autoComplete="off"
        />
        <TextInputField
          name="nameEn"
          label={t("admin.bureaus.nameEn")}
          value={draft.nameEn}
          onChange={set("nameEn")}
          isRequired
          maxLength={200}
          lang="en"
          autoComplete="off"
        />
      </div>
      <TextInputField
        name="sortOrder"
        label={t("admin.bureaus.sortOrder")}
        value={draft.sortOrder}
        onChange={set("sortOrder")}
        hint={t("admin.bureaus.sortOrderHint")}
        inputMode="numeric"
        pattern="-?[0-9]{1,6}"
        maxLength={7}
        className="max-w-xs"
      />
      <fieldset
        className="flex flex-col gap-4"
        aria-describedby={errors.sections ? "bureau-sections-hint bureau-sections-error" : "bureau-sections-hint"}
      >
        <legend ref={sectionsHeading} className="section-title">
          {t("admin.bureaus.sections")}
        </legend>
        <p id="bureau-sections-hint" className="field-hint">
          {t("admin.bureaus.sectionsHint")}
        </p>
        <FieldMessage id="bureau-sections-error" message={errors.sections} />
        {draft.sections.map((section, index) => (
          <SectionFields
            key={section.key}
            section={section}
            index={index}
            count={draft.sections.length}
            onChange={(next) => setSections((sections) => sections.map((s) => (s.key === next.key ? next : s)))}
            onMove={(by) => setSections((sections) => moveSection(sections, index, by))}
            onRemove={() => setSections((sections) => sections.filter((s) => s.key !== section.key))}
          />
        ))}
        <div>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => setSections((sections) => [...sections, newSection()])}
          >
            {t("admin.bureaus.addSection")}
          </button>
        </div>
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
