import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOfficeQueue } from "../api/floor";
import { OfficeQueueSummary } from "./OfficeQueueSummary";
import { StreamStatus } from "./StreamStatus";
import { useQueueStream } from "../lib/useQueueStream";

function LiveBoard({ officeId }: { officeId: number }) {
  const { t } = useTranslation();
  const first = useOfficeQueue(officeId);
  const stream = useQueueStream(officeId);
  const board = stream.board ?? first.data;
  if (!board) return null;
  return (
    <div>
      <OfficeQueueSummary board={board} headingLevel={3} />
      <StreamStatus state={stream.state} className="mt-1 text-solid-gray-700" />
      <p className="mt-2">
        <Link to={`/queue?ward=${board.wardCode}`} className="link">
          {t("floor.queue.toAll")}
        </Link>
      </p>
    </div>
  );
}

/** The office page's live 今何人待ち, for offices with a counter floor (the others have no board). */
export function OfficeQueueLive({ officeId }: { officeId: number }) {
  const { t } = useTranslation();
  const board = useOfficeQueue(officeId);
  if (!board.data || board.data.lanes.length === 0) return null;
  return (
    <section aria-labelledby="office-queue" className="mt-8">
      <h2 id="office-queue" className="section-title">
        {t("floor.queue.title")}
      </h2>
      <LiveBoard officeId={officeId} />
    </section>
  );
}
