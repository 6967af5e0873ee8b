import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf, parseFiscalYear } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import {
  type FigureDraft,
  type ProposalDraft,
  newFigure,
  proposalValidationErrors,
  toProposalInput,
} from "./proposalDraft";
import { PROPOSAL_KINDS, isProposalKind } from "./proposalEnums";
import { WardSelectInput } from "../../components/WardSelectInput";
import { EvidenceVoicePicker } from "./EvidenceVoicePicker";

interface ProposalFormProps {
  initial: ProposalDraft;
  /** Administrators choose the proposing ward when drafting; it never changes afterwards. */
  chooseWard: boolean;
  mode: "create" | "edit";
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"ProposalInput">) => void;
  onCancel?: () => void;
}

function FigureFields({
  figure,
  index,
  onChange,
  onRemove,
}: {
  figure: FigureDraft;
  index: number;
  onChange: (figure: FigureDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170">{t("proposalEditor.figureLegend", { number })}</legend>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
        <TextInputField
          name={`figures[${index}].label`}
          label={t("proposalEditor.figureLabel")}
          value={figure.label}
          onChange={(label) => onChange({ ...figure, label })}
          isRequired
          maxLength={200}
        />
        <TextInputField
          name={`figures[${index}].value`}
          label={t("proposalEditor.figureValue")}
          value={figure.value}
          onChange={(value) => onChange({ ...figure, value })}
          isRequired
          inputMode="decimal"
          maxLength={30}
        />
        <TextInputField
          name={`figures[${index}].unit`}
          label={t("proposalEditor.figureUnit")}
          value={figure.unit}
          onChange={(unit) => onChange({ ...figure, unit })}
          maxLength={30}
        />
      </div>
      <button type="button" className="btn-secondary mt-4" onClick={onRemove}>
        {t("proposalEditor.removeFigure", { number })}
      </button>
    </fieldset>
  );
}

/** The proposal's kind, year, texts and evidence. The bureaus are chosen when it is submitted. */
export function ProposalForm({ initial, chooseWard, mode, pending, error, onSubmit, onCancel }: ProposalFormProps) {
  const { t } = useTranslation();
  const formats = useProposalFormats();
  const [draft, setDraft] = useState(initial);
  const set = (field: keyof Omit<ProposalDraft, "figures" | "kind" | "voiceRefs">) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), parseFiscalYear(draft.fiscalYear));
  const errors = proposalValidationErrors(error);
  const budgetRequest = draft.kind === "BUDGET_REQUEST";

  function setFigure(next: FigureDraft) {
    setDraft((current) => ({
      ...current,
      figures: current.figures.map((figure) => (figure.key === next.key ? next : figure)),
    }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toProposalInput(draft, chooseWard));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
      {chooseWard && (
        <div className="field">
          <label htmlFor="proposal-form-ward" className="field-label">
            {t("proposalEditor.ward")}
            <RequiredMark />
          </label>
          <WardSelectInput
            id="proposal-form-ward"
            required
            value={draft.wardCode}
            onChange={(event) => set("wardCode")(event.currentTarget.value)}
            aria-invalid={errors.wardCode ? true : undefined}
            aria-describedby={errors.wardCode ? "proposal-form-ward-error" : undefined}
            className="field-input"
            emptyLabel={t("common.choose")}
          />
          {errors.wardCode && (
            <p id="proposal-form-ward-error" className="field-error">
              {errors.wardCode}
            </p>
          )}
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="proposal-form-kind" className="field-label">
            {t("proposalEditor.kind")}
            <RequiredMark />
          </label>
          <select
            id="proposal-form-kind"
            value={draft.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value;
              if (isProposalKind(kind)) setDraft((current) => ({ ...current, kind }));
            }}
            className="field-input"
          >
            {PROPOSAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`proposalKind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="proposal-form-fiscal-year" className="field-label">
            {t("proposalEditor.fiscalYear")}
            {budgetRequest && <RequiredMark />}
          </label>
          <select
            id="proposal-form-fiscal-year"
            required={budgetRequest}
            value={draft.fiscalYear}
            onChange={(event) => set("fiscalYear")(event.currentTarget.value)}
            aria-invalid={errors.fiscalYear ? true : undefined}
            aria-describedby={
              errors.fiscalYear
                ? "proposal-form-fiscal-year-hint proposal-form-fiscal-year-error"
                : "proposal-form-fiscal-year-hint"
            }
            className="field-input"
          >
            <option value="">{t("proposalEditor.fiscalYearDefault")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {formats.fiscalYear(year)}
              </option>
            ))}
          </select>
          <p id="proposal-form-fiscal-year-hint" className="field-hint">
            {t("proposalEditor.fiscalYearHint")}
          </p>
          {errors.fiscalYear && (
            <p id="proposal-form-fiscal-year-error" className="field-error">
              {errors.fiscalYear}
            </p>
          )}
        </div>
      </div>
      <TextInputField
        name="title"
        label={t("proposalEditor.titleField")}
        value={draft.title}
        onChange={set("title")}
        isRequired
        maxLength={200}
      />
      <TextInputField
        name="background"
        label={t("proposalEditor.background")}
        value={draft.background}
        onChange={set("background")}
        isRequired
        multiline
        rows={5}
        maxLength={8000}
      />
      <TextInputField
        name="content"
        label={t("proposalEditor.content")}
        value={draft.content}
        onChange={set("content")}
        isRequired
        multiline
        rows={6}
        maxLength={8000}
      />
      <TextInputField
        name="expectedEffect"
        label={t("proposalEditor.expectedEffect")}
        value={draft.expectedEffect}
        onChange={set("expectedEffect")}
        isRequired
        multiline
        rows={3}
        maxLength={4000}
      />
      <TextInputField
        name="estimatedCostYen"
        label={t("proposalEditor.estimatedCost")}
        value={draft.estimatedCostYen}
        onChange={set("estimatedCostYen")}
        hint={t("proposalEditor.estimatedCostHint")}
        inputMode="numeric"
        pattern="[0-9]{1,13}"
        maxLength={13}
        className="md:max-w-sm"
      />
      <section aria-labelledby="proposal-form-evidence" className="flex flex-col gap-6">
        <h2 id="proposal-form-evidence" className="section-title mb-0">
          {t("proposalEditor.evidence")}
        </h2>
        <EvidenceVoicePicker
          value={draft.voiceRefs}
          onChange={(voiceRefs) => setDraft((current) => ({ ...current, voiceRefs }))}
          error={errors.voiceRefs}
        />
        <div className="flex flex-col gap-4">
          <h3 className="text-std-18B-160 text-solid-gray-900">{t("proposalEditor.figures")}</h3>
          {draft.figures.length === 0 && <p className="text-std-16N-170">{t("proposalEditor.noFigures")}</p>}
          {draft.figures.map((figure, index) => (
            <FigureFields
              key={figure.key}
              figure={figure}
              index={index}
              onChange={setFigure}
              onRemove={() =>
                setDraft((current) => ({
                  ...current,
                  figures: current.figures.filter((candidate) => candidate.key !== figure.key),
                }))
              }
            />
          ))}
          <p>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => setDraft((current) => ({ ...current, figures: [...current.figures, newFigure()] }))}
            >
              {t("proposalEditor.addFigure")}
            </button>
          </p>
        </div>
      </section>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {mode === "create" ? t("proposalEditor.saveDraft") : t("proposalEditor.saveChanges")}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("proposalEditor.cancel")}
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
