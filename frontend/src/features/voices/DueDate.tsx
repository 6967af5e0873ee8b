import { useTranslation } from "react-i18next";
import { useDateFormats } from "../../lib/dates";

/** A due date; when it has passed without an answer, says so in words beside it (not by colour alone). */
export function DueDate({ dueOn, overdue }: { dueOn: string; overdue: boolean }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  return (
    <>
      <time dateTime={dueOn}>{formats.date(dueOn)}</time>
      {overdue && (
        <span className="ml-2 inline-block rounded-4 border-2 border-error-2 px-1 text-dns-14B-120 text-error-2">
          {t("voice.overdue")}
        </span>
      )}
    </>
  );
}
