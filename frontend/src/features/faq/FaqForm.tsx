import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { ProcedureSelect } from "../../components/ProcedureSelect";
import { FAQ_AUDIENCES, type FaqDraft, faqAudienceLabelKey, isFaqAudience, toFaqInput } from "./faqDraft";

interface FaqFormProps {
  initial: FaqDraft;
  /** Creating an entry chooses its owning section; a new revision keeps it. */
  mode: "create" | "revise";
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"FaqInput">) => void;
  onCancel?: () => void;
}

export function FaqForm({ initial, mode, pending, error, onSubmit, onCancel }: FaqFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: bureaus } = useBureaus();
  const [draft, setDraft] = useState(initial);
  const set = (field: keyof FaqDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toFaqInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={fieldErrorsOf(error)} className="flex flex-col gap-6">
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="faq-audience" className="field-label">
            {t("faqEditor.audience")}
            <RequiredMark />
          </label>
          <select
            id="faq-audience"
            value={draft.audience}
            onChange={(event) => {
              const audience = event.currentTarget.value;
              if (isFaqAudience(audience)) setDraft((current) => ({ ...current, audience }));
            }}
            className="field-input"
          >
            {FAQ_AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(faqAudienceLabelKey(audience))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="faq-form-procedure" className="field-label">
            {t("faq.procedure")}
          </label>
          <ProcedureSelect
            id="faq-form-procedure"
            value={draft.procedureCode}
            onChange={set("procedureCode")}
            emptyLabel={t("faqEditor.noProcedure")}
          />
        </div>
      </div>
      {mode === "create" && (
        <div className="field">
          <label htmlFor="faq-owner" className="field-label">
            {t("faqEditor.ownerSection")}
          </label>
          <select
            id="faq-owner"
            value={draft.ownerSectionCode}
            onChange={(event) => set("ownerSectionCode")(event.currentTarget.value)}
            aria-describedby="faq-owner-hint"
            className="field-input"
          >
            <option value="">{t("faqEditor.ownerFromProcedure")}</option>
            {bureaus?.map((bureau) => (
              <optgroup key={bureau.code} label={localName(bureau)}>
                {bureau.sections.map((section) => (
                  <option key={section.code} value={section.code}>
                    {localName(section)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <p id="faq-owner-hint" className="field-hint">
            {t("faqEditor.ownerSectionHint")}
          </p>
        </div>
      )}
      <TextInputField
        name="questionJa"
        label={t("faqEditor.questionJa")}
        value={draft.questionJa}
        onChange={set("questionJa")}
        isRequired
        multiline
        rows={2}
        maxLength={1000}
      />
      <TextInputField
        name="answerJa"
        label={t("faqEditor.answerJa")}
        value={draft.answerJa}
        onChange={set("answerJa")}
        isRequired
        multiline
        rows={6}
        maxLength={8000}
      />
      <TextInputField
        name="questionEn"
        label={t("faqEditor.questionEn")}
        value={draft.questionEn}
        onChange={set("questionEn")}
        multiline
        rows={2}
        maxLength={1000}
        lang="en"
      />
      <TextInputField
        name="answerEn"
        label={t("faqEditor.answerEn")}
        value={draft.answerEn}
        onChange={set("answerEn")}
        multiline
        rows={6}
        maxLength={8000}
        lang="en"
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {mode === "create" ? t("faqEditor.saveDraft") : t("faqEditor.saveRevision")}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("faqEditor.cancelEdit")}
          </button>
        )}
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}
