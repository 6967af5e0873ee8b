import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { WardSelect } from "../../components/WardSelect";
import { useQueues } from "../../api/floor";
import { OfficeQueueSummary } from "../../components/OfficeQueueSummary";

/**
 * 今何人待ち: how many people wait at each ward office and 総合出張所, for residents on their phones. The list is read
 * again every 15 seconds (one request for all offices, rather than one live stream per office).
 */
export function QueuePage() {
  const { t } = useTranslation();
  usePageTitle(t("floor.queue.title"));
  const [params, setParams] = useSearchParams();
  const ward = params.get("ward") ?? "";
  const queues = useQueues(ward);

  return (
    <>
      <h1 className="page-title">{t("floor.queue.title")}</h1>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("floor.queue.lead")}</p>
      <div className="mb-6 max-w-sm">
        <WardSelect
          id="queue-ward"
          name="ward"
          label={t("floor.queue.ward")}
          value={ward}
          emptyLabel={t("floor.queue.allWards")}
          onChange={(event) => setParams(event.target.value ? { ward: event.target.value } : {}, { replace: true })}
        />
      </div>
      {queues.isError && !queues.data && <ErrorMessage error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.isPending && <LoadingStatus />}
      {queues.data && (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("floor.queue.offices")}>
          {queues.data.map((board) => (
            <li key={board.officeId}>
              <OfficeQueueSummary board={board} linkToOffice />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
