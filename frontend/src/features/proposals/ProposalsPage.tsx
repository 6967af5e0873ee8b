import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { PagedResults } from "../../components/PagedResults";
import { PROPOSAL_DRAFTERS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useProposals } from "./api";
import { ProposalFilterForm } from "./ProposalFilterForm";
import { toProposalQuery, useProposalFilters } from "./proposalFilters";
import { StatusBadge } from "../../components/StatusBadge";

/** Each addressed bureau with how far its answer is (as the caller may know it), and its due date if past. */
function Addressees({ proposal }: { proposal: Schema<"ProposalSummary"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const dates = useDateFormats();
  if (proposal.bureaus.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1">
      {proposal.bureaus.map((addressee) => (
        <li key={addressee.bureau.code}>
          {localName(addressee.bureau)}: {t(`proposalPublication.${addressee.publication}`)}
          {addressee.overdue && addressee.dueOn && (
            <span className="ml-2 font-bold text-error-2">
              {t("proposal.overdue")} ({t("proposal.dueOn", { date: dates.date(addressee.dueOn) })})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Ward proposals the caller may see (the API decides which), filtered by what the URL says. */
export function ProposalsPage() {
  const { t } = useTranslation();
  usePageTitle(t("proposal.title"));
  const session = useSession();
  const localName = useLocalName();
  const formats = useProposalFormats();
  const { filters, update } = useProposalFilters();
  const proposals = useProposals(toProposalQuery(filters));

  return (
    <>
      <h1 className="page-title">{t("proposal.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("proposal.intro")}</p>
      <p className="mb-6 flex flex-wrap items-center gap-6">
        {hasRole(session?.user, PROPOSAL_DRAFTERS) && (
          <Link to="/proposals/new" className="btn-primary">
            {t("proposal.newLink")}
          </Link>
        )}
        <Link to="/proposals/stats" className="link">
          {t("proposal.statsLink")}
        </Link>
      </p>
      <ProposalFilterForm filters={filters} showWard={session?.user.role !== "WARD"} onApply={update} />
      <section aria-labelledby="proposal-results" className="mt-6">
        <h2 id="proposal-results" className="section-title">
          {t("proposal.results")}
        </h2>
        <PagedResults
          query={proposals}
          page={filters.page}
          onPage={(page) => update({ page })}
          empty={t("proposal.empty")}
          total={(count) => t("proposal.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("proposal.results")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("proposal.colTitle")}</th>
                    <th scope="col">{t("proposal.ward")}</th>
                    <th scope="col">{t("proposal.kind")}</th>
                    <th scope="col">{t("proposal.fiscalYear")}</th>
                    <th scope="col">{t("proposal.status")}</th>
                    <th scope="col">{t("proposal.colBureaus")}</th>
                    <th scope="col">{t("proposal.colProgress")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((proposal) => (
                    <tr key={proposal.id}>
                      <th scope="row">
                        <Link to={`/proposals/${proposal.id}`} className="link">
                          {proposal.title}
                        </Link>
                      </th>
                      <td>{localName(proposal.ward)}</td>
                      <td>{t(`proposalKind.${proposal.kind}`)}</td>
                      <td>{formats.fiscalYear(proposal.fiscalYear)}</td>
                      <td>
                        <StatusBadge family="proposal" status={proposal.status}>
                          {t(`proposalStatus.${proposal.status}`)}
                        </StatusBadge>
                      </td>
                      <td>
                        <Addressees proposal={proposal} />
                      </td>
                      <td>
                        {proposal.progressPercent != null && t("proposal.percent", { value: proposal.progressPercent })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </section>
    </>
  );
}
