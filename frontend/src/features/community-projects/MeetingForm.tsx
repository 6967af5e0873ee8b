import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { participantsOf } from "./ActivityForm";
import type { Schema } from "../../api/schemas";
import { WardSelectInput } from "../../components/WardSelectInput";

export interface MeetingDraft {
  wardCode: string;
  title: string;
  heldOn: string;
  place: string;
  schoolDistrict: string;
  participants: string;
  minutes: string;
  /** Kept as it is: the venue's registry entry is not chosen here. */
  officeId?: number;
}

export function emptyMeetingDraft(wardCode: string, today: string): MeetingDraft {
  return { wardCode, title: "", heldOn: today, place: "", schoolDistrict: "", participants: "", minutes: "" };
}

export function meetingDraftOf(meeting: Schema<"DialogueMeeting">): MeetingDraft {
  return {
    wardCode: meeting.wardCode,
    title: meeting.title,
    heldOn: meeting.heldOn,
    place: meeting.place,
    schoolDistrict: meeting.schoolDistrict ?? "",
    participants: String(meeting.participants),
    minutes: meeting.minutes ?? "",
    officeId: meeting.office?.id,
  };
}

export function toMeetingInput(draft: MeetingDraft): Schema<"DialogueMeetingInput"> {
  return {
    wardCode: draft.wardCode || undefined,
    title: draft.title.trim(),
    heldOn: draft.heldOn,
    place: draft.place.trim(),
    officeId: draft.officeId,
    schoolDistrict: draft.schoolDistrict.trim() || undefined,
    participants: participantsOf(draft.participants),
    minutes: draft.minutes.trim() || undefined,
  };
}

/** A dialogue meeting's record: when and where, how many came, and the minutes. */
export function MeetingForm({
  initial,
  chooseWard,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: MeetingDraft;
  chooseWard: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"DialogueMeetingInput">) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const errors = fieldErrorsOf(error);
  const set = (field: "title" | "place" | "schoolDistrict" | "participants" | "minutes") => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toMeetingInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
      {chooseWard && (
        <div className="field">
          <label htmlFor="meeting-form-ward" className="field-label">
            {t("meeting.ward")}
            <RequiredMark />
          </label>
          <WardSelectInput
            id="meeting-form-ward"
            required
            value={draft.wardCode}
            onChange={(event) => {
              const wardCode = event.currentTarget.value;
              setDraft((current) => ({ ...current, wardCode }));
            }}
            className="field-input"
            emptyLabel={t("common.choose")}
          />
        </div>
      )}
      <TextInputField
        name="title"
        label={t("meeting.titleField")}
        value={draft.title}
        onChange={set("title")}
        isRequired
        maxLength={200}
      />
      <div className="grid gap-6 md:grid-cols-3">
        <div className="field">
          <label htmlFor="meeting-form-held-on" className="field-label">
            {t("meeting.heldOn")}
            <RequiredMark />
          </label>
          <input
            id="meeting-form-held-on"
            type="date"
            required
            value={draft.heldOn}
            onChange={(event) => {
              const heldOn = event.currentTarget.value;
              setDraft((current) => ({ ...current, heldOn }));
            }}
            aria-invalid={errors.heldOn ? true : undefined}
            aria-describedby={errors.heldOn ? "meeting-form-held-on-error" : undefined}
            className="field-input"
          />
          {errors.heldOn && (
            <p id="meeting-form-held-on-error" className="field-error">
              {errors.heldOn}
            </p>
          )}
        </div>
        <TextInputField
          name="place"
          label={t("meeting.place")}
          value={draft.place}
          onChange={set("place")}
          isRequired
          maxLength={200}
        />
        <TextInputField
          name="participants"
          label={t("meeting.participants")}
          value={draft.participants}
          onChange={set("participants")}
          isRequired
          inputMode="numeric"
          pattern="[0-9]{1,6}"
          maxLength={6}
        />
      </div>
      <TextInputField
        name="schoolDistrict"
        label={t("meeting.schoolDistrict")}
        value={draft.schoolDistrict}
        onChange={set("schoolDistrict")}
        hint={t("meeting.schoolDistrictHint")}
        maxLength={50}
      />
      <TextInputField
        name="minutes"
        label={t("meeting.minutes")}
        value={draft.minutes}
        onChange={set("minutes")}
        hint={t("meeting.minutesHint")}
        multiline
        rows={8}
        maxLength={20000}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("meeting.cancel")}
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
