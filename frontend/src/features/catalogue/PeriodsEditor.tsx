import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useNotice } from "../../components/PageNotice";
import { SaveError } from "../../components/SaveError";
import { useDateFormats } from "../../lib/dates";
import { type HoursOwner, useOpeningPeriods, usePeriodMutations } from "./api";
import { emptyPeriodDraft, periodDraftOf, periodKindLabelKey, summarizeSpans, weekdayLabelKey } from "./periodDraft";
import { PeriodForm } from "./PeriodForm";

function usePeriodText() {
  const { t } = useTranslation();
  const formats = useDateFormats();
  return {
    dates: (period: Schema<"OpeningPeriod">) =>
      period.startsOn || period.endsOn
        ? t("hoursEditor.dateRange", {
            from: period.startsOn ? formats.date(period.startsOn) : "",
            to: period.endsOn ? formats.date(period.endsOn) : "",
          })
        : t("hoursEditor.noDates"),
    spans: (period: Schema<"OpeningPeriod">) =>
      summarizeSpans(
        period.spans,
        (day) => t(weekdayLabelKey(day)),
        t("hoursEditor.everyDay"),
        (from, to) => t("hoursEditor.dayRange", { from, to }),
        formats.spans,
      ),
  };
}

interface PeriodTableProps {
  periods: Schema<"OpeningPeriod">[];
  onEdit: (period: Schema<"OpeningPeriod">) => void;
  onDelete: (period: Schema<"OpeningPeriod">) => void;
  deleting: boolean;
}

function PeriodTable({ periods, onEdit, onDelete, deleting }: PeriodTableProps) {
  const { t, i18n } = useTranslation();
  const text = usePeriodText();
  const [confirming, setConfirming] = useState<number | null>(null);
  const english = i18n.language === "en";
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("hoursEditor.periodsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("hoursEditor.kind")}</th>
            <th scope="col">{t("hoursEditor.dates")}</th>
            <th scope="col">{t("hoursEditor.spans")}</th>
            <th scope="col">{t("hours.reason")}</th>
            <th scope="col">{t("hoursEditor.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => {
            const label = `${t(periodKindLabelKey(period.kind))} ${text.dates(period)}`;
            const reason = english ? (period.reasonEn ?? period.reasonJa) : period.reasonJa;
            return (
              <tr key={period.id} data-period={period.id}>
                <th scope="row">{t(periodKindLabelKey(period.kind))}</th>
                <td>{text.dates(period)}</td>
                <td>
                  {period.kind === "CLOSED"
                    ? t("hours.closed")
                    : text.spans(period).map((line) => (
                        <span key={line} className="block whitespace-nowrap">
                          {line}
                        </span>
                      ))}
                </td>
                <td>{reason}</td>
                <td>
                  {confirming === period.id ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-std-16B-170">{t("hoursEditor.confirmDelete")}</span>
                      <button
                        type="button"
                        className="btn-primary"
                        // the confirmation just opened in place of the delete button: focus moves to its answer
                        // eslint-disable-next-line jsx-a11y/no-autofocus
                        autoFocus
                        aria-disabled={deleting}
                        onClick={() => {
                          if (deleting) return;
                          setConfirming(null);
                          onDelete(period);
                        }}
                      >
                        {t("hoursEditor.deleteYes")}
                        <span className="sr-only">: {label}</span>
                      </button>
                      <button type="button" className="btn-secondary" onClick={() => setConfirming(null)}>
                        {t("hoursEditor.deleteNo")}
                      </button>
                    </div>
                  ) : (
                    <div className="flex flex-wrap gap-2">
                      <button type="button" className="btn-secondary" onClick={() => onEdit(period)}>
                        {t("hoursEditor.edit")}
                        <span className="sr-only">: {label}</span>
                      </button>
                      <button type="button" className="btn-secondary" onClick={() => setConfirming(period.id)}>
                        {t("hoursEditor.delete")}
                        <span className="sr-only">: {label}</span>
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The periods of an office, a channel or a procedure at one place: the table of what is registered (edit, delete
 * after a confirmation) and the form to add one or change the one chosen. The page gives the heading and what is
 * around it; the API decides who may save (a refusal is shown as it explains it).
 */
export function PeriodsEditor({
  owner,
  allowed,
  notAllowed,
}: {
  owner: HoursOwner;
  allowed: boolean;
  notAllowed: string;
}) {
  const { t } = useTranslation();
  const periods = useOpeningPeriods(owner);
  const { add, update, remove } = usePeriodMutations(owner);
  const [editing, setEditing] = useState<Schema<"OpeningPeriod"> | null>(null);
  const [formKey, setFormKey] = useState(0);
  const notice = useNotice();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const saving = editing ? update : add;

  function resetForm(next: Schema<"OpeningPeriod"> | null) {
    add.reset();
    update.reset();
    setEditing(next);
    setFormKey((key) => key + 1);
  }

  function startEdit(period: Schema<"OpeningPeriod">) {
    notice.dismiss();
    resetForm(period);
    formHeading.current?.focus();
  }

  function save(input: Schema<"OpeningPeriodInput">) {
    notice.dismiss();
    const done = (text: string) => () => {
      notice.show(text);
      resetForm(null);
    };
    if (editing) {
      update.mutate({ id: editing.id, version: editing.version, input }, { onSuccess: done(t("hoursEditor.updated")) });
    } else {
      add.mutate(input, { onSuccess: done(t("hoursEditor.added")) });
    }
  }

  async function reload() {
    await periods.refetch();
    resetForm(null);
    remove.reset();
  }

  return (
    <>
      {!allowed && <p className="notice">{notAllowed}</p>}
      <section aria-labelledby="hours-periods" className="mt-6">
        <h2 id="hours-periods" className="section-title">
          {t("hoursEditor.periodsTitle")}
        </h2>
        {remove.isError && <SaveError error={remove.error} onReload={() => void reload()} />}
        {periods.isPending && <LoadingStatus />}
        {periods.isError && <ErrorMessage error={periods.error} onRetry={() => void periods.refetch()} />}
        {periods.isSuccess &&
          (periods.data.length === 0 ? (
            <p className="notice">{t("hoursEditor.noPeriods")}</p>
          ) : (
            <PeriodTable
              periods={periods.data}
              onEdit={startEdit}
              deleting={remove.isPending}
              onDelete={(period) => {
                notice.dismiss();
                remove.mutate(
                  { id: period.id, version: period.version },
                  {
                    onSuccess: () => {
                      notice.show(t("hoursEditor.deleted"));
                      if (editing?.id === period.id) resetForm(null);
                    },
                  },
                );
              }}
            />
          ))}
      </section>
      <section aria-labelledby="hours-form" className="mt-10">
        <h2 id="hours-form" ref={formHeading} tabIndex={-1} className="section-title focus:outline-none">
          {editing ? t("hoursEditor.editTitle") : t("hoursEditor.addTitle")}
        </h2>
        {saving.isError && <SaveError error={saving.error} onReload={() => void reload()} />}
        <PeriodForm
          key={formKey}
          initial={editing ? periodDraftOf(editing) : emptyPeriodDraft()}
          editing={editing !== null}
          pending={saving.isPending}
          error={saving.error}
          onSubmit={save}
          onCancel={editing ? () => resetForm(null) : undefined}
        />
      </section>
    </>
  );
}
