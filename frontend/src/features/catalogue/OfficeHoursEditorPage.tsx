import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useOffice } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { canEditOfficeHours } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useOpeningPeriods, usePeriodMutations } from "./api";
import { HoursPreview } from "./HoursPreview";
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

function HoursEditor({ office }: { office: Schema<"Office"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  const periods = useOpeningPeriods(office.id);
  const { add, update, remove } = usePeriodMutations(office.id);
  const [editing, setEditing] = useState<Schema<"OpeningPeriod"> | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState("");
  const formHeading = useRef<HTMLHeadingElement>(null);
  const saving = editing ? update : add;
  const allowed = canEditOfficeHours(session?.user, office.wardCode);

  function resetForm(next: Schema<"OpeningPeriod"> | null) {
    add.reset();
    update.reset();
    setEditing(next);
    setFormKey((key) => key + 1);
  }

  function startEdit(period: Schema<"OpeningPeriod">) {
    setMessage("");
    resetForm(period);
    formHeading.current?.focus();
  }

  function save(input: Schema<"OpeningPeriodInput">) {
    setMessage("");
    const done = (text: string) => () => {
      setMessage(text);
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
      <h1 className="page-title">{t("hoursEditor.title", { name: localName(office) })}</h1>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("hoursEditor.intro")}</p>
      <p className="mb-4">
        <Link to={`/offices/${office.id}`} className="link">
          {t("hoursEditor.viewOffice", { name: localName(office) })}
        </Link>
      </p>
      {!allowed && <p className="notice">{t("hoursEditor.notAllowed")}</p>}
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
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
                setMessage("");
                remove.mutate(
                  { id: period.id, version: period.version },
                  {
                    onSuccess: () => {
                      setMessage(t("hoursEditor.deleted"));
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
      <HoursPreview officeId={office.id} />
    </>
  );
}

export function OfficeHoursEditorPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { id } = useParams();
  const officeId = Number(id);
  const valid = Number.isSafeInteger(officeId) && officeId > 0;
  const office = useOffice(officeId, valid);
  const notFound = !valid || (office.error instanceof ApiError && office.error.status === 404);
  usePageTitle(
    notFound
      ? t("office.notFoundTitle")
      : office.data
        ? t("hoursEditor.title", { name: localName(office.data) })
        : t("hoursEditor.listTitle"),
  );

  if (office.isSuccess && !notFound) return <HoursEditor office={office.data} />;
  return (
    <>
      <h1 className="page-title">{notFound ? t("office.notFoundTitle") : t("hoursEditor.listTitle")}</h1>
      {!notFound && office.isPending && <LoadingStatus />}
      {!notFound && office.isError && <ErrorMessage error={office.error} onRetry={() => void office.refetch()} />}
      <p className="mt-6">
        <Link to="/staff/offices" className="link">
          {t("hoursEditor.backToList")}
        </Link>
      </p>
    </>
  );
}
