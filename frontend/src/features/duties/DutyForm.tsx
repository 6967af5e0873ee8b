import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { useSession } from "../../lib/auth/session";
import {
  DUTY_REASONS,
  DUTY_SIDES,
  type DutyDraft,
  dutyReasonLabelKey,
  dutySideLabelKey,
  isDutySide,
  toDutyInput,
} from "./dutyDraft";

interface DutyFormProps {
  initial: DutyDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"DutyInput">) => void;
  onCancel?: () => void;
}

/** A duty's fields. HQ staff keep their own section as the contact; administrators may name any section. */
export function DutyForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: DutyFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  const { data: bureaus } = useBureaus();
  const [draft, setDraft] = useState(initial);
  const [reasonsMissing, setReasonsMissing] = useState(false);
  const errors = fieldErrorsOf(error);
  const reasonsError = reasonsMissing ? t("duty.chooseReasons") : errors.reasons;
  const ownSection = session?.user.role === "ADMIN" ? undefined : session?.user.section?.code;
  const set = (field: "titleJa" | "titleEn" | "description" | "hqRole" | "wardRole") => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function toggleReason(reason: (typeof DUTY_REASONS)[number], checked: boolean) {
    setReasonsMissing(false);
    setDraft((current) => ({
      ...current,
      reasons: DUTY_REASONS.filter((candidate) =>
        candidate === reason ? checked : current.reasons.includes(candidate),
      ),
    }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (draft.reasons.length === 0) {
      setReasonsMissing(true);
      document.getElementById("duty-reason-0")?.focus();
      return;
    }
    const { side } = draft;
    if (!isDutySide(side)) return;
    onSubmit(toDutyInput({ ...draft, side }));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
      <TextInputField
        name="titleJa"
        label={t("duty.titleJa")}
        value={draft.titleJa}
        onChange={set("titleJa")}
        isRequired
        maxLength={200}
      />
      <TextInputField
        name="titleEn"
        label={t("duty.titleEn")}
        value={draft.titleEn}
        onChange={set("titleEn")}
        isRequired
        maxLength={200}
        lang="en"
      />
      <TextInputField
        name="description"
        label={t("duty.description")}
        value={draft.description}
        onChange={set("description")}
        isRequired
        multiline
        rows={4}
        maxLength={4000}
      />
      <div className="field">
        <label htmlFor="duty-side" className="field-label">
          {t("duty.side")}
          <RequiredMark />
        </label>
        <select
          id="duty-side"
          required
          value={draft.side}
          onChange={(event) => {
            const side = event.currentTarget.value;
            setDraft((current) => ({ ...current, side: isDutySide(side) ? side : "" }));
          }}
          className="field-input"
        >
          <option value="">{t("common.choose")}</option>
          {DUTY_SIDES.map((side) => (
            <option key={side} value={side}>
              {t(dutySideLabelKey(side))}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend className="field-label mb-2">
          {t("duty.reasons")}
          <RequiredMark />
        </legend>
        <p id="duty-reasons-hint" className="field-hint">
          {t("duty.reasonsHint")}
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {DUTY_REASONS.map((reason, index) => (
            <li key={reason}>
              <label className="inline-flex min-h-11 items-center gap-2 text-std-16N-170">
                <input
                  id={`duty-reason-${index}`}
                  type="checkbox"
                  className="size-6"
                  checked={draft.reasons.includes(reason)}
                  aria-invalid={reasonsError ? true : undefined}
                  aria-describedby={reasonsError ? "duty-reasons-error" : "duty-reasons-hint"}
                  onChange={(event) => toggleReason(reason, event.currentTarget.checked)}
                />
                {t(dutyReasonLabelKey(reason))}
              </label>
            </li>
          ))}
        </ul>
        {reasonsError && (
          <p id="duty-reasons-error" className="field-error">
            {reasonsError}
          </p>
        )}
      </fieldset>
      <TextInputField
        name="hqRole"
        label={t("duty.hqRole")}
        value={draft.hqRole}
        onChange={set("hqRole")}
        multiline
        rows={3}
        maxLength={2000}
      />
      <TextInputField
        name="wardRole"
        label={t("duty.wardRole")}
        value={draft.wardRole}
        onChange={set("wardRole")}
        multiline
        rows={3}
        maxLength={2000}
      />
      <div className="field">
        <label htmlFor="duty-contact" className="field-label">
          {t("duty.contactSection")}
          <RequiredMark />
        </label>
        <select
          id="duty-contact"
          required
          value={draft.contactSectionCode}
          aria-describedby="duty-contact-hint"
          aria-invalid={errors.contactSectionCode ? true : undefined}
          onChange={(event) => {
            const contactSectionCode = event.currentTarget.value;
            setDraft((current) => ({ ...current, contactSectionCode }));
          }}
          className="field-input"
        >
          <option value="">{t("common.choose")}</option>
          {bureaus?.map((bureau) => {
            const sections = bureau.sections.filter((section) => !ownSection || section.code === ownSection);
            if (sections.length === 0) return null;
            return (
              <optgroup key={bureau.code} label={localName(bureau)}>
                {sections.map((section) => (
                  <option key={section.code} value={section.code}>
                    {localName(section)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <p id="duty-contact-hint" className="field-hint">
          {t("duty.contactSectionHint")}
        </p>
        {errors.contactSectionCode && <p className="field-error">{errors.contactSectionCode}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("duty.cancelEdit")}
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
