import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useAnswerConsultation } from "../../api/consultations";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { CONSULTATION_STANCES, isConsultationStance, stanceLabelKey } from "./consultationText";

interface AnswerFormProps {
  consultationId: number;
  /** The ward's earlier answer, which a new one replaces. */
  current?: Schema<"ConsultationResponse">;
  onAnswered: () => void;
  onReload: () => Promise<unknown>;
}

/** The user's ward answers: agree, agree with conditions, or concerns; the last two say what in the comments. */
export function AnswerForm({ consultationId, current, onAnswered, onReload }: AnswerFormProps) {
  const { t } = useTranslation();
  const answer = useAnswerConsultation(consultationId);
  const [stance, setStance] = useState<Schema<"ConsultationStance"> | "">(current?.stance ?? "");
  const [comments, setComments] = useState(current?.comments ?? "");
  const commentsRequired = stance === "AGREE_WITH_CONDITIONS" || stance === "CONCERNS";

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answer.isPending || !stance) return;
    answer.mutate(
      { input: { stance, comments: comments.trim() || undefined }, replacing: current?.version },
      { onSuccess: onAnswered },
    );
  }

  async function reload() {
    answer.reset();
    await onReload();
  }

  return (
    <>
      {current && <p className="mb-4 text-std-16N-170">{t("consultation.replaceHint")}</p>}
      {answer.isError && <SaveError error={answer.error} onReload={() => void reload()} />}
      <Form
        onSubmit={handleSubmit}
        validationErrors={fieldErrorsOf(answer.error)}
        className="flex max-w-3xl flex-col gap-6"
      >
        <fieldset className="field">
          <legend className="field-label mb-2">
            {t("consultation.stance")}
            <RequiredMark />
          </legend>
          <div className="flex flex-col gap-2">
            {CONSULTATION_STANCES.map((option) => (
              <label key={option} className="inline-flex min-h-11 items-center gap-2 text-std-16N-170">
                <input
                  type="radio"
                  name="stance"
                  value={option}
                  required
                  className="size-6"
                  checked={stance === option}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (isConsultationStance(value)) setStance(value);
                  }}
                />
                {t(stanceLabelKey(option))}
              </label>
            ))}
          </div>
        </fieldset>
        <TextInputField
          name="comments"
          label={t("consultation.comments")}
          value={comments}
          onChange={setComments}
          hint={t("consultation.commentsHint")}
          isRequired={commentsRequired}
          multiline
          rows={5}
          maxLength={4000}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={answer.isPending}>
            {current ? t("consultation.answerAgain") : t("consultation.answer")}
          </button>
          {answer.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
    </>
  );
}
