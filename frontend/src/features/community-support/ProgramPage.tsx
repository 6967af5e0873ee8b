import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { PagedResults } from "../../components/PagedResults";
import { COMMUNITY_RECORDERS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useWardNames } from "../../lib/useWardNames";
import { useProgram, useProgramApplications } from "./api";
import { BudgetMeter } from "./BudgetMeter";
import { APPLICATION_STATUSES, isApplicationStatus } from "./communityEnums";
import { useUrlFilters } from "../../lib/urlFilters";
import { PAGE_SIZE, parseApplicationFilters } from "./communityFilters";
import { CommunityNav } from "./CommunityNav";
import type { Schema } from "../../api/schemas";
import { formatRate, formatYen } from "./money";
import { SavedNotice } from "./SavedNotice";
import { StatusBadge } from "../../components/StatusBadge";

function Applications({ program }: { program: Schema<"SupportProgram"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const { filters, update } = useUrlFilters(parseApplicationFilters);
  const applications = useProgramApplications(program.id, {
    status: filters.status || undefined,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  return (
    <section aria-labelledby="program-applications" className="mt-8">
      <h2 id="program-applications" className="section-title">
        {t("supportApplication.listTitle")}
      </h2>
      <div className="field mb-4 md:max-w-sm">
        <label htmlFor="application-status" className="field-label">
          {t("supportApplication.status")}
        </label>
        <select
          id="application-status"
          value={filters.status}
          onChange={(event) => {
            const status = event.currentTarget.value;
            update({ status: isApplicationStatus(status) ? status : "" });
          }}
          className="field-input"
        >
          <option value="">{t("supportApplication.allStatuses")}</option>
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`applicationStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <PagedResults
        query={applications}
        page={filters.page}
        onPage={(page) => update({ page })}
        empty={t("supportApplication.empty")}
        total={(count) => t("supportApplication.total", { count })}
      >
        {(items) => (
          <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t("supportApplication.listTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("supportApplication.titleField")}</th>
                  <th scope="col">{t("supportApplication.group")}</th>
                  <th scope="col">{t("supportApplication.status")}</th>
                  <th scope="col" className="text-right">
                    {t("supportApplication.eligibleCost")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("supportApplication.requestedAmount")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("supportApplication.grantedAmount")}
                  </th>
                  <th scope="col">{t("supportApplication.submittedOn")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((application) => (
                  <tr key={application.id}>
                    <th scope="row">
                      <Link to={`/community/applications/${application.id}`} className="link">
                        {application.title}
                      </Link>
                    </th>
                    <td>{application.groupName}</td>
                    <td>
                      <StatusBadge family="application" status={application.status}>
                        {t(`applicationStatus.${application.status}`)}
                      </StatusBadge>
                    </td>
                    <td className="text-right tabular-nums">{formatYen(application.eligibleCostYen)}</td>
                    <td className="text-right tabular-nums">{formatYen(application.requestedAmountYen)}</td>
                    <td className="text-right tabular-nums">
                      {application.finalAmountYen != null
                        ? t("supportApplication.finalValue", { amount: formatYen(application.finalAmountYen) })
                        : application.grantedAmountYen != null
                          ? formatYen(application.grantedAmountYen)
                          : ""}
                    </td>
                    <td>{application.submittedOn ? dates.date(application.submittedOn) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </section>
  );
}

function ProgramDetails({ program }: { program: Schema<"SupportProgram"> }) {
  const { t } = useTranslation();
  const session = useSession();
  const dates = useDateFormats();
  const wardName = useWardNames();
  const formats = useProposalFormats();
  return (
    <>
      <SavedNotice />
      {hasRole(session?.user, COMMUNITY_RECORDERS) && (
        <p className="mb-6">
          <Link to={`/community/programs/${program.id}/applications/new`} className="btn-primary">
            {t("supportApplication.newLink")}
          </Link>
        </p>
      )}
      <section aria-labelledby="program-budget" className="mb-8">
        <h2 id="program-budget" className="section-title">
          {t("supportProgram.budget")}
        </h2>
        <BudgetMeter
          name={program.name}
          budgetYen={program.totalBudgetYen}
          grantedYen={program.budgetGrantedYen}
          remainingYen={program.budgetRemainingYen}
        />
      </section>
      <DetailList
        items={[
          {
            label: t("supportProgram.owner"),
            value: program.cityWide ? t("supportProgram.cityWide") : wardName(program.wardCode),
          },
          { label: t("supportProgram.fiscalYear"), value: formats.fiscalYear(program.fiscalYear) },
          { label: t("supportProgram.description"), value: program.description },
          { label: t("supportProgram.eligibility"), value: program.eligibility },
          { label: t("supportProgram.totalBudget"), value: formatYen(program.totalBudgetYen) },
          { label: t("supportProgram.remaining"), value: formatYen(program.budgetRemainingYen) },
          { label: t("supportProgram.maximum"), value: formatYen(program.maximumPerApplicationYen) },
          { label: t("supportProgram.minimum"), value: formatYen(program.minimumPerApplicationYen) },
          {
            label: t("supportProgram.rate"),
            value: t("supportProgram.rateValue", {
              rate: formatRate(program.subsidyRate),
              percent: program.subsidyRatePercent,
            }),
          },
          {
            label: t("supportProgram.period"),
            value: t("supportProgram.periodValue", {
              from: dates.date(program.applicationFrom),
              to: dates.date(program.applicationTo),
            }),
          },
          {
            label: t("supportProgram.acceptingLabel"),
            value: program.acceptingApplications ? t("supportProgram.accepting") : t("supportProgram.notAccepting"),
          },
        ]}
      />
      <Applications program={program} />
    </>
  );
}

export function ProgramPage() {
  const { t } = useTranslation();
  const { id: programId, valid } = useIdParam();
  const program = useProgram(programId, valid);
  const notFound = isNotFound(program, valid);
  const title = notFound ? t("supportProgram.notFound") : (program.data?.name ?? t("supportProgram.detailTitle"));
  usePageTitle(title);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <CommunityNav />
      {!notFound && program.isPending && <LoadingStatus />}
      {!notFound && program.isError && <ErrorMessage error={program.error} onRetry={() => void program.refetch()} />}
      {program.isSuccess && <ProgramDetails program={program.data} />}
      <BackLink to="/community/programs">{t("supportProgram.backToList")}</BackLink>
    </>
  );
}
