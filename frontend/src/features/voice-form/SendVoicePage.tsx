import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from "react";
import type { TFunction } from "i18next";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { usePublicVoiceCategories } from "../../api/voices";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldMessage, RequiredMark, SelectField, TextInputField } from "../../components/FormFields";
import { WardSelectInput } from "../../components/WardSelectInput";
import { useDateFormats } from "../../lib/dates";
import { VOICE_TYPES, isVoiceType } from "../../lib/voiceEnums";
import { useSendVoice } from "./api";
import { CopyableTerm } from "./CopyableTerm";
import { type ResidentVoiceDraft, emptyResidentVoiceDraft, hasContact, toResidentVoiceInput } from "./draft";
import { MAX_PHOTOS, PHOTO_TYPES, type PhotoRefusal, addPhotos, fileSize } from "./photos";

const MAX_TEXT = 4000;

/** The categories for the select: in Japanese under their groups (the groups have Japanese names only). */
function CategoryOptions({ categories }: { categories: Schema<"VoiceCategory">[] }) {
  const { i18n } = useTranslation();
  const localName = useLocalName();
  const option = (category: Schema<"VoiceCategory">) => (
    <option key={category.code} value={category.code}>
      {localName(category)}
    </option>
  );
  if (i18n.language === "en") return <>{categories.map(option)}</>;
  const groups = new Map<string, Schema<"VoiceCategory">[]>();
  for (const category of categories) groups.set(category.groupJa, [...(groups.get(category.groupJa) ?? []), category]);
  return (
    <>
      {[...groups].map(([group, members]) => (
        <optgroup key={group} label={group}>
          {members.map(option)}
        </optgroup>
      ))}
    </>
  );
}

/** The chosen photos, each with its size, a way to take it out, and what the API said of it. */
function PhotoList({
  photos,
  errorOf,
  onRemove,
}: {
  photos: File[];
  errorOf: (index: number) => string | undefined;
  onRemove: (index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <ul aria-label={t("voiceForm.chosenPhotos")} className="flex flex-col gap-2">
      {photos.map((photo, index) => (
        // Files have no id; two files of one name and size are the same photo to the resident too.
        <li
          key={`${index}-${photo.name}-${photo.size}`}
          className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-8 border border-solid-gray-420 p-3"
        >
          <span className="min-w-0 flex-1 basis-40 text-std-16N-170 [overflow-wrap:anywhere]">
            {t("voiceForm.photoItem", {
              number: index + 1,
              name: photo.name,
              size: fileSize(photo.size, i18n.language),
            })}
          </span>
          <button
            type="button"
            onClick={() => onRemove(index)}
            aria-label={t("voiceForm.removePhoto", { number: index + 1, name: photo.name })}
            className="btn-secondary"
          >
            {t("voiceForm.remove")}
          </button>
          <FieldMessage id={`voice-photo-${index}-error`} message={errorOf(index)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What the API would refuse and the form can tell at once: the ward or the school district, and the consent when
 * contact details are given. Keyed as the API names the fields.
 */
function missingFields(draft: ResidentVoiceDraft, t: TFunction): Record<string, string> {
  const missing: Record<string, string> = {};
  if (draft.wardCode === "" && draft.schoolDistrict.trim() === "") missing.wardCode = t("voiceForm.wardOrDistrict");
  if (hasContact(draft) && !draft.consent) missing.consent = t("voiceForm.consentRequired");
  return missing;
}

/** Why a chosen file was left out, in words. */
function refusalText(t: TFunction, refusal: PhotoRefusal): string {
  return t(`voiceForm.photoRefused.${refusal.reason}`, { name: refusal.name, max: MAX_PHOTOS });
}

function VoiceForm({ onSent }: { onSent: (receipt: Schema<"ResidentVoiceReceipt">) => void }) {
  const { t } = useTranslation();
  const categories = usePublicVoiceCategories();
  const send = useSendVoice();
  const [draft, setDraft] = useState<ResidentVoiceDraft>(emptyResidentVoiceDraft);
  const [photos, setPhotos] = useState<File[]>([]);
  const [refused, setRefused] = useState<PhotoRefusal[]>([]);
  // Once the resident has tried to send, what the form itself finds missing is shown (and goes once given).
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  const missing = tried ? missingFields(draft, t) : {};
  const errors = { ...fieldErrorsOf(send.error), ...missing };
  // The API names photos by their place in what was sent: only while the same photos are chosen do they still match.
  const sentPhotos = send.variables?.photos === photos;
  const set = (field: keyof ResidentVoiceDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const contactGiven = hasContact(draft);

  useEffect(() => {
    if (!send.error) return;
    // The submit button was disabled while sending: take the keyboard to what needs fixing.
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? problem.current)?.focus();
  }, [send.error]);

  function choosePhotos(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const result = addPhotos(photos, Array.from(input.files ?? []));
    setPhotos(result.photos);
    setRefused(result.refused);
    // The list below shows what is chosen; the input is emptied so that the same file can be chosen again.
    input.value = "";
  }

  function removePhoto(index: number) {
    setPhotos((current) => current.filter((_, i) => i !== index));
    setRefused([]);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    setTried(true);
    const found = Object.keys(missingFields(draft, t));
    if (found.length > 0) {
      requestAnimationFrame(() => document.getElementById(`voice-${found[0]}`)?.focus());
      return;
    }
    send.mutate({ input: toResidentVoiceInput(draft), photos }, { onSuccess: onSent });
  }

  const photoErrors = [
    ...refused.map((refusal) => refusalText(t, refusal)),
    ...(sentPhotos && errors.photos ? [errors.photos] : []),
  ];
  const describedBy = (id: string, error: string | undefined) => (error ? `${id}-hint ${id}-error` : `${id}-hint`);

  return (
    <Form ref={form} onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
      {send.isError && (
        <div ref={problem} tabIndex={-1}>
          {send.error instanceof ApiError && send.error.status === 413 ? (
            <div role="alert" className="rounded-8 border-2 border-error-2 bg-red-50 p-4 text-std-16N-170">
              {t("voiceForm.tooLarge")}
            </div>
          ) : (
            <ErrorMessage error={send.error} />
          )}
        </div>
      )}
      <fieldset className="field" aria-describedby={errors.type ? "voice-type-error" : undefined}>
        <legend className="field-label">
          {t("voiceForm.type")}
          <RequiredMark />
        </legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {VOICE_TYPES.map((type) => (
            <label key={type} className="flex min-h-11 items-center gap-2 text-std-16N-170">
              <input
                type="radio"
                name="type"
                value={type}
                required
                checked={draft.type === type}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setDraft((current) => ({ ...current, type: isVoiceType(value) ? value : "" }));
                }}
                className="size-5"
              />
              {t(`voiceType.${type}`)}
            </label>
          ))}
        </div>
        <FieldMessage id="voice-type-error" message={errors.type} />
      </fieldset>
      <SelectField
        id="voice-category"
        label={t("voiceForm.category")}
        required
        error={errors.category}
        value={draft.category}
        onChange={set("category")}
      >
        <option value="">{t("common.choose")}</option>
        {categories.data && <CategoryOptions categories={categories.data} />}
      </SelectField>
      {categories.isError && <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />}
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="voice-wardCode" className="field-label">
            {t("voiceForm.ward")}
          </label>
          <WardSelectInput
            id="voice-wardCode"
            value={draft.wardCode}
            onChange={(event) => set("wardCode")(event.currentTarget.value)}
            emptyLabel={t("common.choose")}
            aria-invalid={errors.wardCode ? true : undefined}
            aria-describedby={describedBy("voice-wardCode", errors.wardCode)}
            className="field-input"
          />
          <p id="voice-wardCode-hint" className="field-hint">
            {t("voiceForm.wardHint")}
          </p>
          <FieldMessage id="voice-wardCode-error" message={errors.wardCode} />
        </div>
        <TextInputField
          name="schoolDistrict"
          label={t("voiceForm.schoolDistrict")}
          value={draft.schoolDistrict}
          onChange={set("schoolDistrict")}
          hint={t("voiceForm.schoolDistrictHint")}
          maxLength={50}
        />
      </div>
      <TextInputField
        name="text"
        label={t("voiceForm.text")}
        value={draft.text}
        onChange={set("text")}
        isRequired
        multiline
        rows={8}
        maxLength={MAX_TEXT}
        hint={
          <>
            {t("voiceForm.textHint")}{" "}
            <span className="whitespace-nowrap">
              {t("voiceForm.textCount", { length: draft.text.length, max: MAX_TEXT })}
            </span>
          </>
        }
      />
      <TextInputField
        name="location"
        label={t("voiceForm.location")}
        value={draft.location}
        onChange={set("location")}
        hint={t("voiceForm.locationHint")}
        maxLength={200}
      />
      <div className="field">
        <label htmlFor="voice-photos" className="field-label">
          {t("voiceForm.photos")}
        </label>
        <p id="voice-photos-hint" className="field-hint">
          {t("voiceForm.photosHint", { max: MAX_PHOTOS })}
        </p>
        <input
          id="voice-photos"
          type="file"
          accept={PHOTO_TYPES.join(",")}
          multiple
          onChange={choosePhotos}
          aria-invalid={photoErrors.length > 0 ? true : undefined}
          aria-describedby={photoErrors.length > 0 ? "voice-photos-hint voice-photos-error" : "voice-photos-hint"}
          className="field-input w-full max-w-full min-w-0"
        />
        <div id="voice-photos-error" aria-live="polite">
          {photoErrors.map((message, index) => (
            <p key={index} className="field-error">
              {message}
            </p>
          ))}
        </div>
        <PhotoList
          photos={photos}
          errorOf={(index) => (sentPhotos ? errors[`photos[${index}]`] : undefined)}
          onRemove={removePhoto}
        />
      </div>
      <fieldset className="flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
        <legend className="px-1 text-std-18B-160 text-solid-gray-900">{t("voiceForm.contact")}</legend>
        <p id="voice-contact-purpose" className="text-std-16N-170">
          {t("voiceForm.contactPurpose")}
        </p>
        <TextInputField
          name="contact.name"
          label={t("voiceForm.name")}
          value={draft.name}
          onChange={set("name")}
          autoComplete="name"
          maxLength={100}
        />
        <div className="grid gap-6 md:grid-cols-2">
          <TextInputField
            name="contact.email"
            label={t("voiceForm.email")}
            type="email"
            value={draft.email}
            onChange={set("email")}
            hint={t("voiceForm.emailHint")}
            autoComplete="email"
            maxLength={254}
          />
          <TextInputField
            name="contact.phone"
            label={t("voiceForm.phone")}
            type="tel"
            value={draft.phone}
            onChange={set("phone")}
            autoComplete="tel"
            maxLength={30}
          />
        </div>
        <div className="field">
          <label className="flex min-h-11 items-start gap-2 text-std-16N-170">
            <input
              id="voice-consent"
              type="checkbox"
              name="consent"
              checked={draft.consent}
              aria-required={contactGiven}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={describedBy("voice-consent", errors.consent)}
              onChange={(event) => {
                const consent = event.currentTarget.checked;
                setDraft((current) => ({ ...current, consent }));
              }}
              className="mt-1 size-5 shrink-0"
            />
            <span>
              {t("voiceForm.consent")}
              {contactGiven && <RequiredMark />}
            </span>
          </label>
          <p id="voice-consent-hint" className="field-hint">
            {t("voiceForm.consentHint")}
          </p>
          <FieldMessage id="voice-consent-error" message={errors.consent} />
        </div>
      </fieldset>
      {/* A field people never see: software that fills in every field fills this one too, and the API refuses it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="voice-website">{t("voiceForm.website")}</label>
        <input
          id="voice-website"
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={draft.website}
          onChange={(event) => set("website")(event.currentTarget.value)}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary disabled:opacity-60" disabled={send.isPending}>
          {t("voiceForm.submit")}
        </button>
        <p role="status" className="text-std-16N-170">
          {send.isPending && t("voiceForm.sending")}
        </p>
      </div>
    </Form>
  );
}

/** The receipt: the reference number and the access code (shown this once), the dates, and where to follow it. */
function Receipt({ receipt, onAnother }: { receipt: Schema<"ResidentVoiceReceipt">; onAnother: () => void }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="voice-receipt" className="max-w-3xl">
      <div className="notice">
        <h2 id="voice-receipt" ref={heading} tabIndex={-1} className="text-std-24B-150 text-solid-gray-900">
          {t("voiceForm.receiptTitle")}
        </h2>
        <p className="mt-2">{t("voiceForm.receiptLead")}</p>
      </div>
      <dl className="mt-6 flex flex-col gap-6">
        <CopyableTerm
          term={t("voiceForm.reference")}
          value={receipt.reference}
          copyLabel={t("voiceForm.copyReference")}
          testId="receipt-reference"
        />
        <CopyableTerm
          term={t("voiceForm.accessCode")}
          value={receipt.accessCode}
          copyLabel={t("voiceForm.copyCode")}
          testId="receipt-code"
        />
      </dl>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-std-16N-170">
        <dt className="font-bold">{t("voiceForm.receivedOn")}</dt>
        <dd>
          <time dateTime={receipt.receivedOn}>{formats.date(receipt.receivedOn)}</time>
        </dd>
        <dt className="font-bold">{t("voiceForm.dueOn")}</dt>
        <dd>
          <time dateTime={receipt.dueOn}>{formats.date(receipt.dueOn)}</time>
        </dd>
        {receipt.photos > 0 && (
          <>
            <dt className="font-bold">{t("voiceForm.photosReceived")}</dt>
            <dd>{t("voiceForm.photoCount", { count: receipt.photos })}</dd>
          </>
        )}
      </dl>
      <div className="mt-6 rounded-8 border-2 border-solid-gray-800 p-4 text-std-16N-170">
        <p className="font-bold">{t("voiceForm.codeShownOnce")}</p>
        <p className="mt-2">{t(receipt.mailed ? "voiceForm.mailed" : "voiceForm.notMailed")}</p>
      </div>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link to={`/voice-status?reference=${encodeURIComponent(receipt.reference)}`} className="btn-primary">
            {t("voiceForm.followIt")}
          </Link>
        </li>
        <li>
          <button type="button" onClick={onAnother} className="btn-secondary">
            {t("voiceForm.another")}
          </button>
        </li>
      </ul>
    </section>
  );
}

/** 区民の声を送る at /send-voice: anyone may send a voice, with photos and (if they wish) a way to reach them. */
export function SendVoicePage() {
  const { t } = useTranslation();
  usePageTitle(t("voiceForm.title"));
  const [receipt, setReceipt] = useState<Schema<"ResidentVoiceReceipt">>();
  return (
    <>
      <h1 className="page-title">{t("voiceForm.title")}</h1>
      {receipt ? (
        <Receipt receipt={receipt} onAnother={() => setReceipt(undefined)} />
      ) : (
        <>
          <div className="mb-6 flex max-w-3xl flex-col gap-2 text-std-16N-170">
            <p>{t("voiceForm.intro")}</p>
            <p>{t("voiceForm.urgent")}</p>
            <p>
              <Link to="/voice-status" className="link">
                {t("voiceForm.statusLink")}
              </Link>
            </p>
          </div>
          <VoiceForm onSent={setReceipt} />
        </>
      )}
    </>
  );
}
