import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useProcedureCategories } from "../../api/counter";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { PROCEDURE_STATUSES, type ProcedureDraft, toProcedureInput } from "./procedureDraft";

interface ProcedureFormProps {
  initial: ProcedureDraft;
  mode: "create" | "edit";
  onSubmit: (input: Schema<"ProcedureInput">) => void;
  pending: boolean;
  /** The last failed save, whose field errors are shown under their fields. */
  error: unknown;
}

export function statusLabelKey(status: Schema<"ProcedureStatus">) {
  return `procedureStatus.${status}` as const;
}

/** Every field of a procedure. The code is chosen once, on creation. */
export function ProcedureForm({ initial, mode, onSubmit, pending, error }: ProcedureFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: categories } = useProcedureCategories();
  const { data: bureaus } = useBureaus();
  const [draft, setDraft] = useState(initial);
  const set = (field: keyof ProcedureDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    onSubmit(toProcedureInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={fieldErrorsOf(error)} className="flex flex-col gap-6">
      {mode === "create" && (
        <TextInputField
          name="code"
          label={t("procedureEditor.code")}
          value={draft.code}
          onChange={set("code")}
          isRequired
          pattern="[a-z0-9\-]{2,40}"
          hint={t("procedureEditor.codeHint")}
        />
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="procedure-category" className="field-label">
            {t("procedureEditor.category")}
            <RequiredMark />
          </label>
          <select
            id="procedure-category"
            name="categoryCode"
            required
            value={draft.categoryCode}
            onChange={(event) => set("categoryCode")(event.currentTarget.value)}
            className="field-input"
          >
            <option value="">{t("common.choose")}</option>
            {categories?.map((category) => (
              <option key={category.code} value={category.code}>
                {localName(category)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="procedure-status" className="field-label">
            {t("procedureEditor.status")}
            <RequiredMark />
          </label>
          <select
            id="procedure-status"
            name="status"
            required
            value={draft.status}
            onChange={(event) => set("status")(event.currentTarget.value)}
            className="field-input"
          >
            {PROCEDURE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(statusLabelKey(status))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextInputField
        name="nameJa"
        label={t("procedureEditor.nameJa")}
        value={draft.nameJa}
        onChange={set("nameJa")}
        isRequired
        maxLength={200}
      />
      <TextInputField
        name="nameKana"
        label={t("procedureEditor.nameKana")}
        value={draft.nameKana}
        onChange={set("nameKana")}
        isRequired
        maxLength={300}
        hint={t("procedureEditor.nameKanaHint")}
      />
      <TextInputField
        name="nameEn"
        label={t("procedureEditor.nameEn")}
        value={draft.nameEn}
        onChange={set("nameEn")}
        isRequired
        maxLength={200}
        lang="en"
      />
      <TextInputField
        name="keywords"
        label={t("procedureEditor.keywords")}
        value={draft.keywords}
        onChange={set("keywords")}
        maxLength={500}
        hint={t("procedureEditor.keywordsHint")}
      />
      <p className="text-std-16N-170">{t("procedureEditor.englishHint")}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <TextInputField
          name="description"
          label={t("procedureEditor.descriptionJa")}
          value={draft.description}
          onChange={set("description")}
          isRequired
          multiline
          rows={5}
          maxLength={4000}
        />
        <TextInputField
          name="descriptionEn"
          label={t("procedureEditor.descriptionEn")}
          value={draft.descriptionEn}
          onChange={set("descriptionEn")}
          multiline
          rows={5}
          maxLength={4000}
          lang="en"
        />
        <TextInputField
          name="whatToBring"
          label={t("procedureEditor.whatToBringJa")}
          value={draft.whatToBring}
          onChange={set("whatToBring")}
          multiline
          maxLength={2000}
        />
        <TextInputField
          name="whatToBringEn"
          label={t("procedureEditor.whatToBringEn")}
          value={draft.whatToBringEn}
          onChange={set("whatToBringEn")}
          multiline
          maxLength={2000}
          lang="en"
        />
        <TextInputField
          name="feeYen"
          label={t("procedureEditor.feeYen")}
          value={draft.feeYen}
          onChange={set("feeYen")}
          inputMode="numeric"
          pattern="[0-9]{1,7}"
          hint={t("procedureEditor.feeYenHint")}
          className="md:col-span-2 md:max-w-[calc(50%-0.75rem)]"
        />
        <TextInputField
          name="feeNote"
          label={t("procedureEditor.feeNoteJa")}
          value={draft.feeNote}
          onChange={set("feeNote")}
          maxLength={500}
        />
        <TextInputField
          name="feeNoteEn"
          label={t("procedureEditor.feeNoteEn")}
          value={draft.feeNoteEn}
          onChange={set("feeNoteEn")}
          maxLength={500}
          lang="en"
        />
        <TextInputField
          name="processingTime"
          label={t("procedureEditor.processingTimeJa")}
          value={draft.processingTime}
          onChange={set("processingTime")}
          maxLength={500}
        />
        <TextInputField
          name="processingTimeEn"
          label={t("procedureEditor.processingTimeEn")}
          value={draft.processingTimeEn}
          onChange={set("processingTimeEn")}
          maxLength={500}
          lang="en"
        />
      </div>
      <div className="field">
        <label htmlFor="procedure-owner" className="field-label">
          {t("procedureEditor.ownerSection")}
          <RequiredMark />
        </label>
        <select
          id="procedure-owner"
          name="ownerSectionCode"
          required
          value={draft.ownerSectionCode}
          onChange={(event) => set("ownerSectionCode")(event.currentTarget.value)}
          aria-describedby="procedure-owner-hint"
          className="field-input"
        >
          <option value="">{t("common.choose")}</option>
          {bureaus?.map((bureau) => (
            <optgroup key={bureau.code} label={localName(bureau)}>
              {bureau.sections.map((section) => (
                <option key={section.code} value={section.code}>
                  {localName(section)}
                </option>
              ))}
            </optgroup>
          ))}
          {bureaus &&
            !bureaus.some((b) => b.sections.some((s) => s.code === draft.ownerSectionCode)) &&
            draft.ownerSectionCode && <option value={draft.ownerSectionCode}>{draft.ownerSectionCode}</option>}
        </select>
        <p id="procedure-owner-hint" className="field-hint">
          {t("procedureEditor.ownerSectionHint")}
        </p>
      </div>
      <TextInputField
        name="legalBasis"
        label={t("procedureEditor.legalBasis")}
        value={draft.legalBasis}
        onChange={set("legalBasis")}
        maxLength={500}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {mode === "create" ? t("procedureEditor.create") : t("procedureEditor.save")}
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
