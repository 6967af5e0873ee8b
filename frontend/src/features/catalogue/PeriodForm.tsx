import { type FormEvent, type Ref, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import {
  PERIOD_KINDS,
  type PeriodDraft,
  type SpanDraft,
  WEEKDAYS,
  isPeriodKind,
  newSpan,
  periodKindLabelKey,
  toPeriodInput,
  weekdayLabelKey,
} from "./periodDraft";

const TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

interface PeriodFormProps {
  initial: PeriodDraft;
  editing: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"OpeningPeriodInput">) => void;
  onCancel?: () => void;
  firstFieldRef?: Ref<HTMLSelectElement>;
}

function SpanFields({
  span,
  index,
  onChange,
  onRemove,
}: {
  span: SpanDraft;
  index: number;
  onChange: (span: SpanDraft) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const id = `span-${span.key}`;
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170">{t("hoursEditor.spanLegend", { number: index + 1 })}</legend>
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <div className="field">
          <label htmlFor={`${id}-day`} className="field-label">
            {t("hoursEditor.dayOfWeek")}
          </label>
          <select
            id={`${id}-day`}
            value={span.dayOfWeek}
            onChange={(event) => onChange({ ...span, dayOfWeek: event.currentTarget.value })}
            className="field-input"
          >
            <option value="">{t("hoursEditor.everyDay")}</option>
            {WEEKDAYS.map((day) => (
              <option key={day} value={String(day)}>
                {t(weekdayLabelKey(day))}
              </option>
            ))}
          </select>
        </div>
        <TextInputField
          name={`spans[${index}].opens`}
          label={t("hoursEditor.opens")}
          value={span.opens}
          onChange={(opens) => onChange({ ...span, opens })}
          isRequired
          pattern={TIME_PATTERN}
          inputMode="numeric"
          hint={t("hoursEditor.timeHint")}
        />
        <TextInputField
          name={`spans[${index}].closes`}
          label={t("hoursEditor.closes")}
          value={span.closes}
          onChange={(closes) => onChange({ ...span, closes })}
          isRequired
          pattern={TIME_PATTERN}
          inputMode="numeric"
          hint={t("hoursEditor.timeHint")}
        />
        {onRemove && (
          <button type="button" className="btn-secondary" onClick={onRemove}>
            {t("hoursEditor.removeSpan", { number: index + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** A regular period or a dated override: its kind, dates, reason and (unless closed) its spans. */
export function PeriodForm({ initial, editing, pending, error, onSubmit, onCancel, firstFieldRef }: PeriodFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const datesRequired = draft.kind !== "REGULAR";

  function setSpan(next: SpanDraft) {
    setDraft((current) => ({ ...current, spans: current.spans.map((span) => (span.key === next.key ? next : span)) }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toPeriodInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={fieldErrorsOf(error)} className="flex flex-col gap-6">
      <div className="field">
        <label htmlFor="period-kind" className="field-label">
          {t("hoursEditor.kind")}
          <RequiredMark />
        </label>
        <select
          id="period-kind"
          ref={firstFieldRef}
          value={draft.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value;
            if (isPeriodKind(kind)) setDraft((current) => ({ ...current, kind }));
          }}
          aria-describedby="period-kind-hint"
          className="field-input"
        >
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(periodKindLabelKey(kind))}
            </option>
          ))}
        </select>
        <p id="period-kind-hint" className="field-hint">
          {t(`hoursEditor.kindHint_${draft.kind}`)}
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="field">
          <label htmlFor="period-starts" className="field-label">
            {t("hoursEditor.startsOn")}
            {datesRequired && <RequiredMark />}
          </label>
          <input
            id="period-starts"
            name="startsOn"
            type="date"
            required={datesRequired}
            value={draft.startsOn}
            onChange={(event) => {
              const startsOn = event.currentTarget.value;
              // A one-day override is the usual case: follow the start until an end is chosen.
              setDraft((current) => ({
                ...current,
                startsOn,
                endsOn: !current.endsOn || current.endsOn < startsOn ? startsOn : current.endsOn,
              }));
            }}
            className="field-input"
          />
        </div>
        <div className="field">
          <label htmlFor="period-ends" className="field-label">
            {t("hoursEditor.endsOn")}
            {datesRequired && <RequiredMark />}
          </label>
          <input
            id="period-ends"
            name="endsOn"
            type="date"
            required={datesRequired}
            min={draft.startsOn || undefined}
            value={draft.endsOn}
            onChange={(event) => setDraft((current) => ({ ...current, endsOn: event.currentTarget.value }))}
            className="field-input"
          />
        </div>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <TextInputField
          name="reasonJa"
          label={t("hoursEditor.reasonJa")}
          value={draft.reasonJa}
          onChange={(reasonJa) => setDraft((current) => ({ ...current, reasonJa }))}
          maxLength={200}
          hint={t("hoursEditor.reasonHint")}
        />
        <TextInputField
          name="reasonEn"
          label={t("hoursEditor.reasonEn")}
          value={draft.reasonEn}
          onChange={(reasonEn) => setDraft((current) => ({ ...current, reasonEn }))}
          maxLength={200}
          lang="en"
        />
      </div>
      {draft.kind === "CLOSED" ? (
        <p className="text-std-16N-170">{t("hoursEditor.closedHasNoSpans")}</p>
      ) : (
        <div className="flex flex-col gap-4">
          {draft.spans.map((span, index) => (
            <SpanFields
              key={span.key}
              span={span}
              index={index}
              onChange={setSpan}
              onRemove={
                draft.spans.length > 1
                  ? () =>
                      setDraft((current) => ({ ...current, spans: current.spans.filter((s) => s.key !== span.key) }))
                  : undefined
              }
            />
          ))}
          <button
            type="button"
            className="btn-secondary self-start"
            onClick={() => setDraft((current) => ({ ...current, spans: [...current.spans, newSpan()] }))}
          >
            {t("hoursEditor.addSpan")}
          </button>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {editing ? t("hoursEditor.saveChanges") : t("hoursEditor.add")}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("hoursEditor.cancelEdit")}
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
