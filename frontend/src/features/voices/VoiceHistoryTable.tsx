import { useTranslation } from "react-i18next";
import { todayInKumamoto, useDateFormats } from "../../lib/dates";
import { useAssigneeNames } from "./useAssigneeNames";
import type { Schema } from "../../api/schemas";
import { PersonName } from "../../components/PersonName";

/** 対応履歴: who did what and when, with the state and assignee before and after, oldest first. */
export function VoiceHistoryTable({ history }: { history: Schema<"VoiceHistoryEntry">[] }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const assigneeName = useAssigneeNames();
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("voice.history")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("voice.historyWhen")}</th>
            <th scope="col">{t("voice.historyWhat")}</th>
            <th scope="col">{t("voice.historyWho")}</th>
            <th scope="col">{t("voice.historyDetails")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry, index) => (
            <tr key={`${entry.occurredAt}-${index}`}>
              <td className="whitespace-nowrap">
                <time dateTime={entry.occurredAt}>
                  {formats.date(todayInKumamoto(new Date(entry.occurredAt)))} {formats.time(entry.occurredAt)}
                </time>
              </td>
              <th scope="row">{t(`voiceHistoryAction.${entry.action}`, { defaultValue: entry.action })}</th>
              <td>
                <PersonName username={entry.actor} />
              </td>
              <td>
                <ul className="flex flex-col gap-1">
                  <li>
                    {entry.fromStatus
                      ? t("voice.historyStatusChange", {
                          from: t(`voiceStatus.${entry.fromStatus}`),
                          to: t(`voiceStatus.${entry.toStatus}`),
                        })
                      : t("voice.historyStatus", { status: t(`voiceStatus.${entry.toStatus}`) })}
                  </li>
                  {entry.toAssignee && entry.toAssignee !== entry.fromAssignee && (
                    <li>
                      {entry.fromAssignee
                        ? t("voice.historyAssigneeChange", {
                            from: assigneeName(entry.fromAssignee),
                            to: assigneeName(entry.toAssignee),
                          })
                        : t("voice.historyAssignee", { to: assigneeName(entry.toAssignee) })}
                    </li>
                  )}
                  {entry.note && (
                    <li className="whitespace-pre-line">{t("voice.historyNote", { note: entry.note })}</li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
