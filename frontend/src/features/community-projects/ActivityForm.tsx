import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { todayInKumamoto } from "../../lib/dates";
import { useLogActivity } from "./api";

/** Whole people, 0 to 100 000 as the API takes; anything else is left for the API to refuse with its message. */
export function participantsOf(value: string): number {
  return /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}

/**
 * Logs what happened on a project: the day (today at the latest), what was done and how many took part. The log only
 * grows, so the form starts empty again after each entry.
 */
export function ActivityForm({
  projectId,
  idPrefix,
  onLogged,
  onReload,
}: {
  projectId: number;
  idPrefix: string;
  onLogged: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const log = useLogActivity(projectId);
  const today = todayInKumamoto();
  const [heldOn, setHeldOn] = useState(today);
  const [description, setDescription] = useState("");
  const [participants, setParticipants] = useState("");
  const errors = fieldErrorsOf(log.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (log.isPending) return;
    log.mutate(
      { heldOn, description: description.trim(), participants: participantsOf(participants) },
      {
        onSuccess: () => {
          setDescription("");
          setParticipants("");
          setHeldOn(today);
          onLogged();
        },
      },
    );
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-4">
      {log.isError && (
        <SaveError
          error={log.error}
          onReload={() => {
            log.reset();
            onReload();
          }}
        />
      )}
      <div className="field max-w-xs">
        <label htmlFor={`${idPrefix}-held-on`} className="field-label">
          {t("project.activityHeldOn")}
          <RequiredMark />
        </label>
        <input
          id={`${idPrefix}-held-on`}
          type="date"
          required
          max={today}
          value={heldOn}
          onChange={(event) => setHeldOn(event.currentTarget.value)}
          aria-invalid={errors.heldOn ? true : undefined}
          aria-describedby={
            errors.heldOn ? `${idPrefix}-held-on-hint ${idPrefix}-held-on-error` : `${idPrefix}-held-on-hint`
          }
          className="field-input"
        />
        <p id={`${idPrefix}-held-on-hint`} className="field-hint">
          {t("project.activityHeldOnHint")}
        </p>
        {errors.heldOn && (
          <p id={`${idPrefix}-held-on-error`} className="field-error">
            {errors.heldOn}
          </p>
        )}
      </div>
      <TextInputField
        name="description"
        label={t("project.activityDescription")}
        value={description}
        onChange={setDescription}
        isRequired
        multiline
        rows={3}
        maxLength={2000}
      />
      <TextInputField
        name="participants"
        label={t("project.activityParticipants")}
        value={participants}
        onChange={setParticipants}
        hint={t("project.activityParticipantsHint")}
        isRequired
        inputMode="numeric"
        pattern="[0-9]{1,6}"
        maxLength={6}
        className="max-w-xs"
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={log.isPending}>
          {t("project.activitySubmit")}
        </button>
        {log.isPending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}
