import { useTranslation } from "react-i18next";
import { todayInKumamoto, useDateFormats } from "../lib/dates";
import { type Deadline, deadlineCountdown } from "../lib/deadlines";

/** The deadline's date and, beside it in words, how many business days are left. */
export function DeadlineText({ consultation }: { consultation: Deadline }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  return (
    <>
      <time dateTime={consultation.deadline}>{formats.date(consultation.deadline)}</time>
      <span className="ml-2">
        {t("consultation.countdown", { text: deadlineCountdown(t, consultation, todayInKumamoto()) })}
      </span>
    </>
  );
}
