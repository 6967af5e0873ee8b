import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { idempotencyKey } from "../../api/client";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useWards } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldMessage, RequiredMark, TextInputField } from "../../components/FormFields";
import { takesInVoicesForOwnWardOnly } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto } from "../../lib/dates";
import { useCreateVoice } from "./api";
import { CategoryChoice } from "../../components/CategoryChoice";
import { type VoiceDraft, emptyVoiceDraft, errorFor, toVoiceInput } from "./voiceDraft";
import { VoiceNav } from "./VoiceNav";
import type { Schema } from "../../api/schemas";
import { VOICE_CHANNELS, VOICE_TYPES, isVoiceChannel, isVoiceType } from "../../lib/voiceEnums";
import { useNotice } from "../../components/PageNotice";

function IntakeForm({ onCreated }: { onCreated: (voice: Schema<"Voice">) => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  const { data: wards } = useWards();
  const create = useCreateVoice();
  const ownWardOnly = takesInVoicesForOwnWardOnly(session?.user);
  const ownWard = ownWardOnly ? (session?.user.ward?.code ?? "") : "";
  const [draft, setDraft] = useState(() => emptyVoiceDraft(ownWard));
  // One key per voice being taken in: a resubmission after a lost answer is then recorded once.
  const [key, setKey] = useState(idempotencyKey);
  const errors = fieldErrorsOf(create.error);
  const set = (field: keyof VoiceDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const wardChoices = ownWardOnly ? wards?.filter((ward) => ward.code === ownWard) : wards;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { input: toVoiceInput(draft), key },
      {
        onSuccess: (voice) => {
          setDraft(emptyVoiceDraft(ownWard));
          setKey(idempotencyKey());
          onCreated(voice);
        },
      },
    );
  }

  function selectProps(field: "type" | "channel" | "wardCode") {
    const error = errors[field];
    return {
      id: `voice-${field}`,
      name: field,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `voice-${field}-error` : undefined,
      className: "field-input",
    };
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
      {create.isError && <ErrorMessage error={create.error} />}
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="voice-type" className="field-label">
            {t("voice.type")}
            <RequiredMark />
          </label>
          <select
            {...selectProps("type")}
            required
            value={draft.type}
            onChange={(event) => {
              const type = event.currentTarget.value;
              setDraft((current) => ({ ...current, type: isVoiceType(type) ? type : "" }));
            }}
          >
            <option value="">{t("voice.choose")}</option>
            {VOICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`voiceType.${type}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="voice-type-error" message={errors.type} />
        </div>
        <div className="field">
          <label htmlFor="voice-channel" className="field-label">
            {t("voice.channel")}
            <RequiredMark />
          </label>
          <select
            {...selectProps("channel")}
            required
            value={draft.channel}
            onChange={(event) => {
              const channel = event.currentTarget.value;
              setDraft((current) => ({ ...current, channel: isVoiceChannel(channel) ? channel : "" }));
            }}
          >
            <option value="">{t("voice.choose")}</option>
            {VOICE_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`voiceChannel.${channel}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="voice-channel-error" message={errors.channel} />
        </div>
      </div>
      <CategoryChoice
        id="voice-categories"
        chosen={draft.categories}
        error={errorFor(errors, "categories")}
        onChange={(categories) => setDraft((current) => ({ ...current, categories }))}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="voice-wardCode" className="field-label">
            {t("voice.ward")}
          </label>
          <select
            {...selectProps("wardCode")}
            value={draft.wardCode}
            onChange={(e) => set("wardCode")(e.currentTarget.value)}
          >
            {!ownWardOnly && <option value="">{t("voice.noWard")}</option>}
            {wardChoices?.map((ward) => (
              <option key={ward.code} value={ward.code}>
                {localName(ward)}
              </option>
            ))}
          </select>
          {ownWardOnly && <p className="field-hint">{t("voice.ownWardOnly")}</p>}
          <FieldMessage id="voice-wardCode-error" message={errors.wardCode} />
        </div>
        <TextInputField
          name="schoolDistrict"
          label={t("voice.schoolDistrict")}
          value={draft.schoolDistrict}
          onChange={set("schoolDistrict")}
          hint={t("voice.schoolDistrictHint")}
          maxLength={50}
        />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="voice-receivedOn" className="field-label">
            {t("voice.receivedOn")}
          </label>
          <input
            id="voice-receivedOn"
            type="date"
            name="receivedOn"
            value={draft.receivedOn}
            max={todayInKumamoto()}
            onChange={(event) => set("receivedOn")(event.currentTarget.value)}
            aria-describedby={
              errors.receivedOn ? "voice-receivedOn-hint voice-receivedOn-error" : "voice-receivedOn-hint"
            }
            aria-invalid={errors.receivedOn ? true : undefined}
            className="field-input"
          />
          <p id="voice-receivedOn-hint" className="field-hint">
            {t("voice.receivedOnHint")}
          </p>
          <FieldMessage id="voice-receivedOn-error" message={errors.receivedOn} />
        </div>
        <TextInputField
          name="location"
          label={t("voice.location")}
          value={draft.location}
          onChange={set("location")}
          hint={t("voice.locationHint")}
          maxLength={200}
        />
      </div>
      <TextInputField
        name="text"
        label={t("voice.text")}
        value={draft.text}
        onChange={set("text")}
        isRequired
        multiline
        rows={6}
        maxLength={8000}
      />
      <fieldset className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
        <legend className="px-1 text-std-18B-160 text-solid-gray-900">{t("voice.personalData")}</legend>
        <p className="text-std-16N-170">{t("voice.personalDataIntake")}</p>
        <div className="grid gap-6 md:grid-cols-2">
          <TextInputField
            name="personalData.name"
            label={t("voice.name")}
            value={draft.name}
            onChange={set("name")}
            maxLength={100}
          />
          <TextInputField
            name="personalData.phone"
            label={t("voice.phone")}
            value={draft.phone}
            onChange={set("phone")}
            maxLength={30}
          />
        </div>
        <TextInputField
          name="personalData.address"
          label={t("voice.address")}
          value={draft.address}
          onChange={set("address")}
          maxLength={300}
        />
        <TextInputField
          name="personalData.email"
          label={t("voice.email")}
          value={draft.email}
          onChange={set("email")}
          maxLength={254}
        />
        <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
          <input
            type="checkbox"
            name="personalData.consentToContact"
            checked={draft.consentToContact}
            onChange={(event) => {
              const consentToContact = event.currentTarget.checked;
              setDraft((current) => ({ ...current, consentToContact }));
            }}
            className="size-5"
          />
          {t("voice.consentToContact")}
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={create.isPending}>
          {t("voice.submitIntake")}
        </button>
        {create.isPending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}

/** 区民の声の受付: a voice from any channel, with the reference number to give the resident. */
export function VoiceIntakePage() {
  const { t } = useTranslation();
  usePageTitle(t("voice.intakeTitle"));
  const notice = useNotice();
  return (
    <>
      <h1 className="page-title">{t("voice.intakeTitle")}</h1>
      <VoiceNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("voice.intakeIntro")}</p>
      <IntakeForm
        onCreated={(created) =>
          notice.show(
            <>
              <p className="text-std-17B-170">{t("voice.created", { reference: created.reference })}</p>
              <p>
                <Link to={`/voices/${created.id}`} className="link">
                  {t("voice.openCreated", { reference: created.reference })}
                </Link>
              </p>
            </>,
          )
        }
      />
    </>
  );
}
