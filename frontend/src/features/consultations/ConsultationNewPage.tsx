import { type FormEvent, useState } from "react";
import { BackLink } from "../../components/BackLink";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOpenConsultation } from "../../api/consultations";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useBureaus, useWards } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { useSession } from "../../lib/auth/session";
import { addDays, todayInKumamoto } from "../../lib/dates";
import type { ConsultationDetailLocationState } from "./ConsultationDetailPage";

interface Draft {
  bureauCode: string;
  title: string;
  description: string;
  wardCodes: string[];
  deadline: string;
}

const EMPTY_DRAFT: Draft = { bureauCode: "", title: "", description: "", wardCodes: [], deadline: "" };

/** The API's errors for the addressed wards ("wardCodes" or "wardCodes[1]") as one message. */
function wardCodesError(errors: Record<string, string>): string | undefined {
  const key = Object.keys(errors).find((field) => field === "wardCodes" || field.startsWith("wardCodes["));
  return key ? errors[key] : undefined;
}

/** HQ opens a consultation addressed to the wards its project touches; an administrator names the bureau. */
export function ConsultationNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("consultation.newTitle"));
  const navigate = useNavigate();
  const localName = useLocalName();
  const session = useSession();
  const { data: wards } = useWards();
  const { data: bureaus } = useBureaus();
  const openConsultation = useOpenConsultation();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [wardsMissing, setWardsMissing] = useState(false);
  const asAdmin = session?.user.role === "ADMIN";
  const errors = fieldErrorsOf(openConsultation.error);
  const wardsError = wardsMissing ? t("consultation.chooseWards") : wardCodesError(errors);
  const set = (field: "title" | "description") => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function toggleWard(code: string, checked: boolean) {
    setWardsMissing(false);
    setDraft((current) => ({
      ...current,
      wardCodes: checked ? [...current.wardCodes, code] : current.wardCodes.filter((candidate) => candidate !== code),
    }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (openConsultation.isPending) return;
    if (draft.wardCodes.length === 0) {
      setWardsMissing(true);
      document.getElementById("consultation-ward-0")?.focus();
      return;
    }
    const input: Schema<"ConsultationInput"> = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      wardCodes: draft.wardCodes,
      deadline: draft.deadline,
      ...(asAdmin && draft.bureauCode ? { bureauCode: draft.bureauCode } : {}),
    };
    openConsultation.mutate(input, {
      onSuccess: (consultation) => {
        const state: ConsultationDetailLocationState = { message: "opened" };
        void navigate(`/consultations/${consultation.id}`, { state });
      },
    });
  }

  return (
    <>
      <h1 className="page-title">{t("consultation.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("consultation.newIntro")}</p>
      {openConsultation.isError && <ErrorMessage error={openConsultation.error} />}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
        {asAdmin && (
          <div className="field">
            <label htmlFor="consultation-bureau" className="field-label">
              {t("consultation.bureau")}
              <RequiredMark />
            </label>
            <select
              id="consultation-bureau"
              required
              value={draft.bureauCode}
              onChange={(event) => {
                const bureauCode = event.currentTarget.value;
                setDraft((current) => ({ ...current, bureauCode }));
              }}
              className="field-input"
            >
              <option value="">{t("common.choose")}</option>
              {bureaus?.map((bureau) => (
                <option key={bureau.code} value={bureau.code}>
                  {localName(bureau)}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextInputField
          name="title"
          label={t("consultation.subject")}
          value={draft.title}
          onChange={set("title")}
          isRequired
          maxLength={200}
        />
        <TextInputField
          name="description"
          label={t("consultation.description")}
          value={draft.description}
          onChange={set("description")}
          hint={t("consultation.descriptionHint")}
          isRequired
          multiline
          rows={8}
          maxLength={8000}
        />
        <fieldset className="field">
          <legend className="field-label mb-2">
            {t("consultation.addressedWards")}
            <RequiredMark />
          </legend>
          <p id="consultation-wards-hint" className="field-hint">
            {t("consultation.addressedWardsHint")}
          </p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {wards?.map((ward, index) => (
              <li key={ward.code}>
                <label className="inline-flex min-h-11 items-center gap-2 text-std-16N-170">
                  <input
                    id={`consultation-ward-${index}`}
                    type="checkbox"
                    className="size-6"
                    checked={draft.wardCodes.includes(ward.code)}
                    aria-invalid={wardsError ? true : undefined}
                    aria-describedby={wardsError ? "consultation-wards-error" : "consultation-wards-hint"}
                    onChange={(event) => toggleWard(ward.code, event.currentTarget.checked)}
                  />
                  {localName(ward)}
                </label>
              </li>
            ))}
          </ul>
          {wardsError && (
            <p id="consultation-wards-error" className="field-error">
              {wardsError}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor="consultation-deadline" className="field-label">
            {t("consultation.deadline")}
            <RequiredMark />
          </label>
          <input
            id="consultation-deadline"
            name="deadline"
            type="date"
            required
            min={todayInKumamoto()}
            max={addDays(todayInKumamoto(), 365)}
            value={draft.deadline}
            aria-invalid={errors.deadline ? true : undefined}
            aria-describedby={errors.deadline ? "consultation-deadline-error" : undefined}
            onChange={(event) => {
              const deadline = event.currentTarget.value;
              setDraft((current) => ({ ...current, deadline }));
            }}
            className="field-input"
          />
          {errors.deadline && (
            <p id="consultation-deadline-error" className="field-error">
              {errors.deadline}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={openConsultation.isPending}>
            {t("consultation.open")}
          </button>
          {openConsultation.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
      <BackLink to="/consultations">{t("consultation.backToList")}</BackLink>
    </>
  );
}
