import { useTranslation } from "react-i18next";
import type { Schema } from "../api/schemas";
import { useLocalName } from "../app/useLocalName";

/** Each lane's letter, name, people waiting and estimated wait, as a list that reflows on a phone. */
export function LaneWaits({ lanes }: { lanes: Schema<"LaneQueue">[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  if (lanes.length === 0) return <p className="text-std-16N-170">{t("floor.queue.noLanes")}</p>;
  return (
    <ul className="flex flex-col divide-y divide-solid-gray-420 border-y border-solid-gray-420">
      {lanes.map((lane) => (
        <li key={lane.laneId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
          <span className="text-std-16B-170">
            <span aria-hidden="true" className="mr-2 inline-block min-w-6 text-center">
              {lane.letter}
            </span>
            {localName(lane)}
          </span>
          <span className="text-std-16N-170">
            <span className="text-std-18B-160">{t("floor.queue.waitingCount", { count: lane.waiting })}</span>
            {lane.estimatedWaitMinutes != null
              ? ` ${t("floor.queue.estimate", { minutes: lane.estimatedWaitMinutes })}`
              : lane.openWindows.length === 0
                ? ` ${t("floor.queue.noWindowOpen")}`
                : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
