import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/StatusBadge";
import { useDateFormats } from "../../lib/dates";

/** A due date; when it has passed without an answer, says so in words beside it (not by colour alone). */
export function DueDate({ dueOn, overdue }: { dueOn: string; overdue: boolean }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <time dateTime={dueOn} className="whitespace-nowrap">
        {formats.date(dueOn)}
      </time>
      {overdue && (
        <StatusBadge family="overdue" status="OVERDUE">
          {t("voice.overdue")}
        </StatusBadge>
      )}
    </span>
  );
}
