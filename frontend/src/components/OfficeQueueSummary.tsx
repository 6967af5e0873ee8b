import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../api/schemas";
import { useLocalName } from "../app/useLocalName";
import { useDateFormats } from "../lib/dates";
import { LaneWaits } from "./LaneWaits";

/** One office's board for residents: open or not, how many wait in all and in each lane, and as of when. */
export function OfficeQueueSummary({
  board,
  headingLevel = 2,
  linkToOffice = false,
}: {
  board: Schema<"OfficeQueue">;
  headingLevel?: 2 | 3;
  linkToOffice?: boolean;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `queue-office-${board.officeId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 p-4">
      <Heading id={headingId} className="text-std-20B-150 text-solid-gray-900">
        {linkToOffice ? (
          <Link to={`/offices/${board.officeId}`} className="link">
            {localName(board)}
          </Link>
        ) : (
          localName(board)
        )}
      </Heading>
      {board.openNow ? (
        <p className="mt-1 text-std-16N-170">
          <span className="text-std-24B-150">{t("floor.queue.totalWaiting", { count: board.waiting })}</span>
          {board.closesAt && (
            <span className="ml-2">{t("floor.queue.closesAt", { time: formats.time(board.closesAt) })}</span>
          )}
        </p>
      ) : (
        <p className="mt-1 text-std-17B-170">{t("floor.queue.closed")}</p>
      )}
      {board.openNow && (
        <div className="mt-3">
          <LaneWaits lanes={board.lanes} />
        </div>
      )}
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        {t("floor.queue.asOf", { time: formats.time(board.asOf) })}
      </p>
    </section>
  );
}
