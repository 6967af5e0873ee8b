import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useDateFormats } from "../../lib/dates";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useProposalResult } from "./api";
import { ProgressBar } from "./ProgressBar";
import { StatusBadge } from "../../components/StatusBadge";

/** What was proposed, what each bureau decided, and what has been done since. */
function ProposalResultView({ proposal }: { proposal: Schema<"PublicProposal"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useProposalFormats();
  const dates = useDateFormats();
  const text = (value: string) => <span className="whitespace-pre-line [overflow-wrap:anywhere]">{value}</span>;
  return (
    <>
      <h1 className="page-title [overflow-wrap:anywhere]">{proposal.title}</h1>
      <section aria-labelledby="proposal-result-proposed">
        <h2 id="proposal-result-proposed" className="section-title">
          {t("proposalResults.proposed")}
        </h2>
        <DetailList
          items={[
            { label: t("proposalResults.ward"), value: localName(proposal.ward) },
            { label: t("proposalResults.kind"), value: t(`proposalKind.${proposal.kind}`) },
            { label: t("proposalResults.year"), value: formats.fiscalYear(proposal.fiscalYear) },
            {
              label: t("proposalResults.statusLabel"),
              value: (
                <StatusBadge family="proposal" status={proposal.status}>
                  {t(`proposalResults.status.${proposal.status}`)}
                </StatusBadge>
              ),
            },
            { label: t("proposalResults.background"), value: text(proposal.background) },
            { label: t("proposalResults.content"), value: text(proposal.content) },
            { label: t("proposalResults.expectedEffect"), value: text(proposal.expectedEffect) },
          ]}
        />
      </section>
      <section aria-labelledby="proposal-result-answers">
        <h2 id="proposal-result-answers" className="section-title">
          {t("proposalResults.answers")}
        </h2>
        <ul className="grid gap-4">
          {proposal.answers.map((answer) => (
            <li key={answer.bureau.code}>
              <article
                aria-labelledby={`answer-${answer.bureau.code}`}
                className="rounded-8 border border-solid-gray-200 p-4"
              >
                <h3 id={`answer-${answer.bureau.code}`} className="text-std-18B-160">
                  {t("proposalResults.decisionOf", {
                    bureau: localName(answer.bureau),
                    decision: t(`proposalDecision.${answer.decision}`),
                  })}
                </h3>
                <DetailList
                  items={[
                    { label: t("proposalResults.reasons"), value: answer.reasons && text(answer.reasons) },
                    { label: t("proposalResults.cost"), value: answer.costYen != null && formats.yen(answer.costYen) },
                    { label: t("proposalResults.timing"), value: answer.timing },
                    { label: t("proposalResults.publishedAt"), value: dates.dateTime(answer.publishedAt) },
                  ]}
                />
              </article>
            </li>
          ))}
        </ul>
        {proposal.answers.length < proposal.bureausAddressed && (
          <p className="mt-2 text-std-16N-170">
            {t("proposalResults.awaiting", { count: proposal.bureausAddressed - proposal.answers.length })}
          </p>
        )}
      </section>
      <section aria-labelledby="proposal-result-progress">
        <h2 id="proposal-result-progress" className="section-title">
          {t("proposalResults.since")}
        </h2>
        {proposal.progressPercent != null && (
          <ProgressBar percent={proposal.progressPercent} label={t("proposalResults.progressLabel")} />
        )}
        {proposal.milestones.length > 0 ? (
          <ul aria-label={t("proposalResults.milestones")} className="mt-4 grid gap-2">
            {proposal.milestones.map((milestone, index) => (
              <li key={index} className="text-std-16N-170 [overflow-wrap:anywhere]">
                <StatusBadge family="milestone" status={milestone.done ? "DONE" : "OPEN"} className="mr-2">
                  {milestone.done ? t("proposalResults.done") : t("proposalResults.planned")}
                </StatusBadge>
                {t("proposalResults.milestone", { date: dates.date(milestone.dueOn), title: milestone.title })}
              </li>
            ))}
          </ul>
        ) : (
          proposal.progressPercent == null && <p className="text-std-16N-170">{t("proposalResults.noProgress")}</p>
        )}
      </section>
    </>
  );
}

/** One proposal's outcome for residents; a proposal without a published answer is "not found". */
export function ProposalResultPage() {
  const { t } = useTranslation();
  const { id: proposalId, valid } = useIdParam();
  const result = useProposalResult(proposalId, valid);
  const notFound = isNotFound(result, valid);
  usePageTitle(notFound ? t("proposalResults.notFound") : (result.data?.title ?? t("proposalResults.loading")));
  return (
    <>
      {result.isSuccess ? (
        <ProposalResultView proposal={result.data} />
      ) : (
        <>
          <h1 className="page-title">{notFound ? t("proposalResults.notFound") : t("proposalResults.loading")}</h1>
          {!notFound && result.isPending && <LoadingStatus />}
          {!notFound && result.isError && <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />}
        </>
      )}
      <BackLink to="/proposal-results">{t("proposalResults.back")}</BackLink>
    </>
  );
}
