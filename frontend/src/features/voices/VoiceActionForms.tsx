import { type FormEvent, type ReactNode, useId, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { FieldMessage, RequiredMark, TextInputField } from "../../components/FormFields";
import { optional } from "../../lib/optional";
import { type VoiceStep, usePublicationCheck } from "./api";
import { useDebouncedValue } from "../../lib/useDebouncedValue";
import { CategoryChoice } from "../../components/CategoryChoice";
import { currentAssignee, errorFor, parseAssignee, toAssignInput } from "./voiceDraft";
import { AssigneePicker } from "./AssigneePicker";
import type { Schema } from "../../api/schemas";
import { NOT_PUBLISHED_REASONS, isNotPublishedReason } from "../../lib/voiceEnums";
import { WardSelectInput } from "../../components/WardSelectInput";

interface ActionFormProps {
  voice: Schema<"Voice">;
  pending: boolean;
  /** The failure of this action's last attempt, if any: its field errors are shown under the fields. */
  error: unknown;
  onSubmit: (step: VoiceStep) => void;
}

/** One action's form: its heading, fields and a submit button. */
function ActionSection({
  action,
  error,
  pending,
  onSubmit,
  children,
}: {
  action: Schema<"Voice">["actions"][number];
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `voice-action-${action}`;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }
  return (
    <section aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="mb-2 text-std-20B-150 text-solid-gray-900">
        {t(`voiceAction.${action}`)}
      </h3>
      <p className="mb-4 text-std-16N-170">{t(`voiceActionHint.${action}`)}</p>
      <Form onSubmit={handleSubmit} validationErrors={fieldErrorsOf(error)} className="flex flex-col gap-4">
        {children}
        <div>
          <button type="submit" className="btn-primary" aria-disabled={pending}>
            {t(`voiceActionSubmit.${action}`)}
          </button>
        </div>
      </Form>
    </section>
  );
}

function NoteField({
  value,
  onChange,
  label,
  isRequired,
}: {
  value: string;
  onChange: (v: string) => void;
  label?: string;
  isRequired?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInputField
      name="note"
      label={label ?? t("voice.note")}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      multiline
      rows={2}
      maxLength={2000}
    />
  );
}

export function TriageForm({ voice, pending, error, onSubmit }: ActionFormProps) {
  const { t } = useTranslation();
  const [dueOn, setDueOn] = useState(voice.dueOn);
  const [wardCode, setWardCode] = useState(voice.wardCode ?? "");
  const [categories, setCategories] = useState(voice.categories);
  const [note, setNote] = useState("");
  const errors = fieldErrorsOf(error);
  return (
    <ActionSection
      action="TRIAGE"
      error={error}
      pending={pending}
      onSubmit={() =>
        onSubmit({
          action: "TRIAGE",
          body: { dueOn: optional(dueOn), wardCode: optional(wardCode), categories, note: optional(note) },
        })
      }
    >
      <div className="grid gap-4 md:grid-cols-2">
        <div className="field">
          <label htmlFor="triage-dueOn" className="field-label">
            {t("voice.dueOn")}
          </label>
          <input
            id="triage-dueOn"
            type="date"
            value={dueOn}
            min={voice.receivedOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={errors.dueOn ? "triage-dueOn-hint triage-dueOn-error" : "triage-dueOn-hint"}
            className="field-input"
          />
          <p id="triage-dueOn-hint" className="field-hint">
            {t("voice.dueOnHint")}
          </p>
          <FieldMessage id="triage-dueOn-error" message={errors.dueOn} />
        </div>
        <div className="field">
          <label htmlFor="triage-ward" className="field-label">
            {t("voice.ward")}
          </label>
          <WardSelectInput
            id="triage-ward"
            value={wardCode}
            onChange={(event) => setWardCode(event.currentTarget.value)}
            aria-invalid={errors.wardCode ? true : undefined}
            aria-describedby={errors.wardCode ? "triage-ward-error" : undefined}
            className="field-input"
            emptyLabel={voice.wardCode ? undefined : t("voice.noWard")}
          />
          <FieldMessage id="triage-ward-error" message={errors.wardCode} />
        </div>
      </div>
      <CategoryChoice
        id="triage-categories"
        chosen={categories}
        error={errorFor(errors, "categories")}
        onChange={setCategories}
      />
      <NoteField value={note} onChange={setNote} />
    </ActionSection>
  );
}

/** Assigning (from triage) and transferring (移ちょう, from one assignee to another, with the reason). */
export function AssignForm({ voice, pending, error, onSubmit, transfer }: ActionFormProps & { transfer?: boolean }) {
  const { t } = useTranslation();
  const [assignee, setAssignee] = useState("");
  const [note, setNote] = useState("");
  const errors = fieldErrorsOf(error);
  const action = transfer ? "TRANSFER" : "ASSIGN";
  const current = currentAssignee(voice);
  return (
    <ActionSection
      action={action}
      error={error}
      pending={pending}
      onSubmit={() => onSubmit({ action, body: toAssignInput(parseAssignee(assignee), note) })}
    >
      <AssigneePicker
        id={`${action.toLowerCase()}-assignee`}
        value={assignee}
        onChange={setAssignee}
        error={errors.wardCode ?? errors.sectionCode ?? errors.staffUsername}
        exclude={transfer ? current : undefined}
      />
      <NoteField
        value={note}
        onChange={setNote}
        label={transfer ? t("voice.transferReason") : undefined}
        isRequired={transfer}
      />
    </ActionSection>
  );
}

export function AnswerForm({ pending, error, onSubmit }: ActionFormProps) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState("");
  const [note, setNote] = useState("");
  return (
    <ActionSection
      action="ANSWER"
      error={error}
      pending={pending}
      onSubmit={() => onSubmit({ action: "ANSWER", body: { answer: answer.trim(), note: optional(note) } })}
    >
      <TextInputField
        name="answer"
        label={t("voice.answer")}
        value={answer}
        onChange={setAnswer}
        isRequired
        multiline
        rows={5}
        maxLength={8000}
      />
      <NoteField value={note} onChange={setNote} />
    </ActionSection>
  );
}

export function CloseForm({ pending, error, onSubmit }: ActionFormProps) {
  const [note, setNote] = useState("");
  return (
    <ActionSection
      action="CLOSE"
      error={error}
      pending={pending}
      onSubmit={() => onSubmit({ action: "CLOSE", body: { note: optional(note) } })}
    >
      <NoteField value={note} onChange={setNote} />
    </ActionSection>
  );
}

/**
 * Publishing: an anonymised text, the answer as it goes public and the photos chosen to show, or the reason for not
 * publishing (one of the two).
 */
export function PublishForm({ voice, pending, error, onSubmit }: ActionFormProps) {
  const { t } = useTranslation();
  const [publish, setPublish] = useState(voice.publication.status !== "NOT_PUBLISHED");
  const [text, setText] = useState(voice.publication.publishedText ?? "");
  const [answer, setAnswer] = useState(voice.publication.publishedAnswer ?? voice.answer ?? "");
  const [photos, setPhotos] = useState(voice.photos.filter((photo) => photo.published).map((photo) => photo.position));
  const [reason, setReason] = useState<Schema<"NotPublishedReason"> | "">(voice.publication.notPublishedReason ?? "");
  const [note, setNote] = useState("");
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const errors = fieldErrorsOf(error);
  const toggle = (flagged: string) =>
    setConfirmed((now) => (now.includes(flagged) ? now.filter((c) => c !== flagged) : [...now, flagged]));
  const flags = { confirmed, onToggle: toggle };
  const togglePhoto = (position: number) =>
    setPhotos((now) =>
      now.includes(position) ? now.filter((p) => p !== position) : [...now, position].sort((a, b) => a - b),
    );
  return (
    <ActionSection
      action="PUBLISH"
      error={error}
      pending={pending}
      onSubmit={() =>
        onSubmit({
          action: "PUBLISH",
          body: publish
            ? {
                publishedText: text.trim(),
                publishedAnswer: voice.answer ? optional(answer) : undefined,
                publicPhotos: photos.length > 0 ? photos : undefined,
                note: optional(note),
                confirmedFlags: confirmed.filter((flagged) => text.includes(flagged) || answer.includes(flagged)),
              }
            : { notPublishedReason: reason || undefined, note: optional(note) },
        })
      }
    >
      <fieldset className="field">
        <legend className="field-label">{t("voice.publishChoice")}</legend>
        <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
          <input type="radio" name="publish" checked={publish} onChange={() => setPublish(true)} className="size-5" />
          {t("voice.publishYes")}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
          <input type="radio" name="publish" checked={!publish} onChange={() => setPublish(false)} className="size-5" />
          {t("voice.publishNo")}
        </label>
      </fieldset>
      {publish && (
        <>
          <PublicTextField field="publishedText" value={text} onChange={setText} flags={flags} />
          {voice.answer && (
            <PublicTextField field="publishedAnswer" value={answer} onChange={setAnswer} flags={flags} />
          )}
          {voice.photos.length > 0 && (
            <fieldset className="field" aria-describedby="public-photos-hint">
              <legend className="field-label">{t("voice.publicPhotos")}</legend>
              <p id="public-photos-hint" className="field-hint">
                {t("voice.publicPhotosHint")}
              </p>
              {voice.photos.map((photo) => (
                <label key={photo.position} className="flex min-h-11 items-center gap-2 text-std-16N-170">
                  <input
                    type="checkbox"
                    checked={photos.includes(photo.position)}
                    onChange={() => togglePhoto(photo.position)}
                    className="size-5"
                  />
                  {t("voice.publicPhoto", { number: photo.position })}
                </label>
              ))}
              <FieldMessage id="public-photos-error" message={errors.publicPhotos} />
            </fieldset>
          )}
        </>
      )}
      {publish ? null : (
        <div className="field">
          <label htmlFor="publish-reason" className="field-label">
            {t("voice.notPublishedReason")}
            <RequiredMark />
          </label>
          <select
            id="publish-reason"
            value={reason}
            required
            onChange={(event) => {
              const value = event.currentTarget.value;
              setReason(isNotPublishedReason(value) ? value : "");
            }}
            aria-invalid={errors.notPublishedReason ? true : undefined}
            aria-describedby={errors.notPublishedReason ? "publish-reason-error" : undefined}
            className="field-input"
          >
            <option value="">{t("voice.choose")}</option>
            {NOT_PUBLISHED_REASONS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`voiceNotPublishedReason.${candidate}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="publish-reason-error" message={errors.notPublishedReason} />
        </div>
      )}
      <NoteField value={note} onChange={setNote} />
    </ActionSection>
  );
}

/** A text that goes public (the anonymised text, the answer as published), with what in it looks like personal data. */
function PublicTextField({
  field,
  value,
  onChange,
  flags,
}: {
  field: "publishedText" | "publishedAnswer";
  value: string;
  onChange: (value: string) => void;
  flags: { confirmed: string[]; onToggle: (flagged: string) => void };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInputField
        name={field}
        label={t(`voice.${field}`)}
        value={value}
        onChange={onChange}
        hint={t(`voice.${field}Hint`)}
        isRequired
        multiline
        rows={4}
        maxLength={8000}
      />
      <PersonalDataFlags what={t(`voice.${field}Short`)} text={value} {...flags} />
    </>
  );
}

/**
 * What in a text to be published looks like personal data, asked of the server as the text changes: each flag is edited
 * away or ticked as checked, and publishing is refused while one is neither.
 */
function PersonalDataFlags({
  what,
  text,
  confirmed,
  onToggle,
}: {
  /** Which text the flags are in, as its field is named. */
  what: string;
  text: string;
  confirmed: string[];
  onToggle: (flagged: string) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const asked = useDebouncedValue(text.trim(), 400);
  const check = usePublicationCheck(asked);
  const flags = (check.data?.flags ?? []).filter(
    (flag, index, all) => all.findIndex((other) => other.text === flag.text) === index,
  );
  if (!asked || !check.data) {
    return null;
  }
  if (flags.length === 0) {
    return (
      <p role="status" className="field-hint">
        {t("voice.flagsNone", { what })}
      </p>
    );
  }
  return (
    <fieldset className="field" aria-describedby={hintId}>
      <legend className="field-label">{t("voice.flagsTitle", { what, count: flags.length })}</legend>
      <p id={hintId} className="field-hint">
        {t("voice.flagsHint")}
      </p>
      {flags.map((flag) => (
        <label key={flag.text} className="flex min-h-11 items-center gap-2 text-std-16N-170">
          <input
            type="checkbox"
            checked={confirmed.includes(flag.text)}
            onChange={() => onToggle(flag.text)}
            className="size-5"
          />
          {t("voice.flagConfirm", { text: flag.text, kind: t(`voiceFlagKind.${flag.kind}`) })}
        </label>
      ))}
    </fieldset>
  );
}
