import { useTranslation } from "react-i18next";

import type { Schema } from "../api/schemas";

/** "今 3 人待ち（約 15 分）" beside an office open now in the finder's results (the API's FinderResult.queue). */
export function FinderQueueText({ result }: { result: Schema<"FinderResult"> }) {
  const { t } = useTranslation();
  const queue = result.queue;
  if (!queue) return null;
  return (
    <span className="block text-std-16B-170">
      {t("floor.queue.finderWaiting", { count: queue.waiting })}
      {queue.estimatedWaitMinutes != null && ` ${t("floor.queue.estimate", { minutes: queue.estimatedWaitMinutes })}`}
    </span>
  );
}
