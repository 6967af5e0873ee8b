import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { ErrorMessage } from "../../components/ErrorMessage";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { CategoryChoice } from "../../components/CategoryChoice";
import type { Schema } from "../../api/schemas";
import { VOICE_TYPES, isVoiceType } from "../../lib/voiceEnums";
import { useRecordOpinion } from "./api";
import { useNotice } from "../../components/PageNotice";

interface OpinionDraft {
  type: Schema<"VoiceType"> | "";
  categories: string[];
  schoolDistrict: string;
  text: string;
}

const EMPTY: OpinionDraft = { type: "", categories: [], schoolDistrict: "", text: "" };

/**
 * An opinion raised at the meeting, taken in as a residents' voice (of the meeting's ward and day). The key makes a
 * retried request take it in only once; the voice's reference is shown as soon as it has one.
 */
export function OpinionForm({ meeting }: { meeting: Schema<"DialogueMeeting"> }) {
  const { t } = useTranslation();
  const record = useRecordOpinion(meeting.id);
  const [draft, setDraft] = useState<OpinionDraft>(EMPTY);
  const notice = useNotice();
  const errors = fieldErrorsOf(record.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending || !draft.type) return;
    record.mutate(
      {
        type: draft.type,
        categories: draft.categories,
        schoolDistrict: draft.schoolDistrict.trim() || undefined,
        text: draft.text.trim(),
      },
      {
        onSuccess: (voice) => {
          notice.show(
            <>
              {t("meeting.opinionRecorded")}{" "}
              <Link to={`/voices/${voice.id}`} className="link">
                {voice.reference}
              </Link>
            </>,
          );
          setDraft(EMPTY);
        },
      },
    );
  }

  return (
    <section aria-labelledby="opinion-form" className="mt-6 rounded-8 bg-solid-gray-50 p-4">
      <h3 id="opinion-form" className="mb-4 text-std-18B-160 text-solid-gray-900">
        {t("meeting.opinionFormTitle")}
      </h3>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("meeting.opinionFormIntro")}</p>
      {record.isError && <ErrorMessage error={record.error} />}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
        <div className="field md:max-w-md">
          <label htmlFor="opinion-type" className="field-label">
            {t("voice.type")}
            <RequiredMark />
          </label>
          <select
            id="opinion-type"
            required
            value={draft.type}
            onChange={(event) => {
              const type = event.currentTarget.value;
              setDraft((current) => ({ ...current, type: isVoiceType(type) ? type : "" }));
            }}
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={errors.type ? "opinion-type-error" : undefined}
            className="field-input"
          >
            <option value="">{t("common.choose")}</option>
            {VOICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`voiceType.${type}`)}
              </option>
            ))}
          </select>
          {errors.type && (
            <p id="opinion-type-error" className="field-error">
              {errors.type}
            </p>
          )}
        </div>
        <CategoryChoice
          id="opinion-categories"
          chosen={draft.categories}
          error={errors.categories}
          onChange={(categories) => setDraft((current) => ({ ...current, categories }))}
        />
        <TextInputField
          name="schoolDistrict"
          label={t("voice.schoolDistrict")}
          value={draft.schoolDistrict}
          onChange={(schoolDistrict) => setDraft((current) => ({ ...current, schoolDistrict }))}
          maxLength={50}
          className="md:max-w-md"
        />
        <TextInputField
          name="text"
          label={t("meeting.opinionText")}
          value={draft.text}
          onChange={(text) => setDraft((current) => ({ ...current, text }))}
          isRequired
          multiline
          rows={5}
          maxLength={8000}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={record.isPending}>
            {t("meeting.opinionSubmit")}
          </button>
          {record.isPending && <p className="text-std-16N-170">{t("common.saving")}</p>}
        </div>
      </Form>
    </section>
  );
}
