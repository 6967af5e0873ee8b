import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useDateFormats } from "../../lib/dates";
import { useSectionNames } from "../../lib/useSectionNames";
import { useDutyHistory } from "./api";
import { dutyReasonLabelKey, dutySideLabelKey, isDutyReason, isDutySide } from "./dutyDraft";
import { type DutyField, changesOf } from "./dutyHistory";
import { usePersonNames } from "../../lib/usePersonNames";

function useFieldValue() {
  const { t } = useTranslation();
  const sectionName = useSectionNames();
  return (field: DutyField, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("duty.historyEmptyValue");
    if (field === "side" && isDutySide(value)) return t(dutySideLabelKey(value));
    if (field === "reasons" && Array.isArray(value)) {
      return value
        .map((reason) => (isDutyReason(reason) ? t(dutyReasonLabelKey(reason)) : shown(reason)))
        .join(t("duty.listSeparator"));
    }
    if (field === "contactSectionCode") return sectionName(shown(value));
    return shown(value);
  };
}

/** An audit trail value as text: objects (which a duty's fields never are today) as JSON, not "[object Object]". */
function shown(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function HistoryEntry({ entry }: { entry: Schema<"AuditEntry"> }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const fieldValue = useFieldValue();
  const changes = changesOf(entry);
  const personName = usePersonNames([entry.actor]);
  const what = entry.action === "create" ? t("duty.historyCreated") : t("duty.historyUpdated");
  return (
    <li className="border-b border-solid-gray-420 py-4">
      <p className="text-std-16B-170">
        <time dateTime={entry.occurredAt}>{formats.dateTime(entry.occurredAt)}</time>
        <span className="ml-2">{t("duty.historyBy", { who: personName(entry.actor), what })}</span>
      </p>
      {changes.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">
              {t("duty.historyCaption", { when: formats.dateTime(entry.occurredAt) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("duty.historyField")}</th>
                <th scope="col">{t("duty.historyBefore")}</th>
                <th scope="col">{t("duty.historyAfter")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{t(`duty.field_${change.field}`)}</th>
                  <td className="whitespace-pre-line">{fieldValue(change.field, change.before)}</td>
                  <td className="whitespace-pre-line">{fieldValue(change.field, change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

/** The duty's change history from the audit trail, newest first. */
export function DutyHistory({ dutyId }: { dutyId: number }) {
  const { t } = useTranslation();
  const history = useDutyHistory(dutyId);
  if (history.isPending) return <LoadingStatus />;
  if (history.isError) return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <p className="text-std-16N-170">{t("duty.historyNone")}</p>;
  return (
    <>
      <p className="mb-2 text-std-16N-170">{t("duty.historyCount", { count: history.data.length })}</p>
      <ol aria-label={t("duty.historyList")}>
        {history.data.map((entry) => (
          <HistoryEntry key={entry.id} entry={entry} />
        ))}
      </ol>
    </>
  );
}
