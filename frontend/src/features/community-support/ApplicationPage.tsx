import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useDateFormats } from "../../lib/dates";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useWardNames } from "../../lib/useWardNames";
import { useApplication } from "./api";
import { ApplicationActions } from "./ApplicationActions";
import { CommunityNav } from "./CommunityNav";
import type { Schema } from "../../api/schemas";
import { formatYen } from "./money";
import { SavedNotice } from "./SavedNotice";
import { PersonName } from "../../components/PersonName";
import { StatusBadge } from "../../components/StatusBadge";
import { useNotice } from "../../components/PageNotice";

const yenOrNothing = (amount: number | null | undefined) => (amount == null ? undefined : formatYen(amount));

function History({ application }: { application: Schema<"SupportApplication"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  return (
    <section aria-labelledby="application-history" className="mt-8">
      <h2 id="application-history" className="section-title">
        {t("supportApplication.history")}
      </h2>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">{t("supportApplication.history")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("supportApplication.historyAt")}</th>
              <th scope="col">{t("supportApplication.historyStep")}</th>
              <th scope="col">{t("supportApplication.historyActor")}</th>
              <th scope="col">{t("supportApplication.status")}</th>
              <th scope="col" className="text-right">
                {t("supportApplication.historyAmount")}
              </th>
              <th scope="col">{t("supportApplication.note")}</th>
            </tr>
          </thead>
          <tbody>
            {application.history.map((entry, index) => (
              <tr key={index}>
                <td>{dates.dateTime(entry.occurredAt)}</td>
                <th scope="row">{t(`supportApplication.steps.${entry.action}`, { defaultValue: entry.action })}</th>
                <td>
                  <PersonName username={entry.actor} />
                </td>
                <td>
                  {entry.fromStatus
                    ? t("supportApplication.statusChange", {
                        from: t(`applicationStatus.${entry.fromStatus}`),
                        to: t(`applicationStatus.${entry.toStatus}`),
                      })
                    : t(`applicationStatus.${entry.toStatus}`)}
                </td>
                <td className="text-right tabular-nums">{yenOrNothing(entry.amountYen)}</td>
                <td>{entry.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ApplicationDetails({
  application,
  onReload,
}: {
  application: Schema<"SupportApplication">;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const wardName = useWardNames();
  const formats = useProposalFormats();
  const notice = useNotice();
  return (
    <>
      <SavedNotice />
      <p className="mb-6 text-std-17B-170">
        {t("supportApplication.status")}:{" "}
        <StatusBadge family="application" status={application.status}>
          {t(`applicationStatus.${application.status}`)}
        </StatusBadge>
      </p>
      <DetailList
        items={[
          {
            label: t("supportApplication.program"),
            value: (
              <Link to={`/community/programs/${application.programId}`} className="link">
                {application.programName}
              </Link>
            ),
          },
          { label: t("supportProgram.fiscalYear"), value: formats.fiscalYear(application.fiscalYear) },
          {
            label: t("supportApplication.group"),
            value: (
              <>
                <Link to={`/community/groups/${application.groupId}`} className="link">
                  {application.groupName}
                </Link>{" "}
                ({wardName(application.groupWardCode)})
              </>
            ),
          },
          { label: t("supportApplication.plannedActivity"), value: application.plannedActivity },
          {
            label: t("supportApplication.activityPeriod"),
            value: t("supportProgram.periodValue", {
              from: dates.date(application.activityFrom),
              to: dates.date(application.activityTo),
            }),
          },
          { label: t("supportApplication.eligibleCost"), value: formatYen(application.eligibleCostYen) },
          { label: t("supportApplication.requestedAmount"), value: formatYen(application.requestedAmountYen) },
          { label: t("supportApplication.grantedAmount"), value: yenOrNothing(application.grantedAmountYen) },
          { label: t("supportApplication.declineReason"), value: application.declineReason },
          { label: t("supportApplication.activityReport"), value: application.activityReport },
          { label: t("supportApplication.actualCost"), value: yenOrNothing(application.actualCostYen) },
          { label: t("supportApplication.finalAmount"), value: yenOrNothing(application.finalAmountYen) },
          {
            label: t("supportApplication.submittedOn"),
            value: application.submittedOn ? dates.date(application.submittedOn) : undefined,
          },
          { label: t("supportApplication.createdBy"), value: <PersonName username={application.createdBy} /> },
          {
            label: t("supportApplication.submittedBy"),
            value: application.submittedBy && <PersonName username={application.submittedBy} />,
          },
          {
            label: t("supportApplication.reviewedBy"),
            value: application.reviewedBy && <PersonName username={application.reviewedBy} />,
          },
          {
            label: t("supportApplication.decidedBy"),
            value: application.decidedBy && <PersonName username={application.decidedBy} />,
          },
        ]}
      />
      <ApplicationActions
        // After each step the forms start empty for what comes next.
        key={application.version}
        application={application}
        onDone={(done) => notice.show(t(`supportApplication.done.${done}`))}
        onReload={onReload}
      />
      <History application={application} />
    </>
  );
}

/** 申請の審査: every field, the history and the steps the API offers the caller now. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id: applicationId, valid } = useIdParam();
  const application = useApplication(applicationId, valid);
  const notFound = isNotFound(application, valid);
  const title = notFound
    ? t("supportApplication.notFound")
    : (application.data?.title ?? t("supportApplication.detailTitle"));
  usePageTitle(title);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <CommunityNav />
      {!notFound && application.isPending && <LoadingStatus />}
      {!notFound && application.isError && (
        <ErrorMessage error={application.error} onRetry={() => void application.refetch()} />
      )}
      {application.isSuccess && (
        <ApplicationDetails application={application.data} onReload={() => void application.refetch()} />
      )}
      <p className="mt-8">
        <Link
          to={application.data ? `/community/programs/${application.data.programId}` : "/community/programs"}
          className="link"
        >
          {application.data ? t("supportApplication.backToProgram") : t("supportProgram.backToList")}
        </Link>
      </p>
    </>
  );
}
