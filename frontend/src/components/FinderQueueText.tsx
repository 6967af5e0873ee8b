import { useTranslation } from "react-i18next";

/** The live waiting the finder answers for an office open now (added to the finder's results by the API). */
export interface FinderQueue {
  waiting: number;
  estimatedWaitMinutes: number | null;
}

function isFinderQueue(value: unknown): value is FinderQueue {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<FinderQueue>;
  return (
    typeof candidate.waiting === "number" &&
    (candidate.estimatedWaitMinutes === null || typeof candidate.estimatedWaitMinutes === "number")
  );
}

/** The queue of a finder result (or of its place), when the answer carries one. */
export function finderQueueOf(result: object): FinderQueue | null {
  const candidate = (result as { queue?: unknown }).queue;
  if (isFinderQueue(candidate)) return candidate;
  const place = (result as { place?: { queue?: unknown } }).place;
  return place && isFinderQueue(place.queue) ? place.queue : null;
}

/** "今 3 人待ち（約 15 分）" beside an office in the finder's results. */
export function FinderQueueText({ result }: { result: object }) {
  const { t } = useTranslation();
  const queue = finderQueueOf(result);
  if (!queue) return null;
  return (
    <span className="block text-std-16B-170">
      {t("floor.queue.finderWaiting", { count: queue.waiting })}
      {queue.estimatedWaitMinutes != null && ` ${t("floor.queue.estimate", { minutes: queue.estimatedWaitMinutes })}`}
    </span>
  );
}
