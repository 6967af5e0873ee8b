import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { DetailList } from "../../components/DetailList";
import { SaveError } from "../../components/SaveError";
import { canDraftProposal } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { type AnswerDone, AnswerSection } from "./AnswerSection";
import { useProposal, useWithdrawProposal } from "./api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { type ProgressDone, ProgressSection } from "./ProgressSection";
import { tracksProgress } from "./proposalEnums";
import { SubmitPanel } from "./SubmitPanel";
import { eventDetails } from "./timeline";
import { useBureauNames } from "./useBureauNames";
import { PersonName } from "../../components/PersonName";
import { usePersonNames } from "../../lib/usePersonNames";
import { StatusBadge } from "../../components/StatusBadge";
import { useDoneNotice } from "../../components/PageNotice";

type Done = "drafted" | "saved" | "submitted" | "withdrawn" | AnswerDone | ProgressDone;

/** What the proposal's page is told by the page that sent the user there. */
export interface ProposalLocationState {
  message?: Done;
}

function ProposalDetails({ proposal }: { proposal: Schema<"Proposal"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const dates = useDateFormats();
  const formats = useProposalFormats();
  const text = (value: string) => <span className="whitespace-pre-line">{value}</span>;
  return (
    <section aria-labelledby="proposal-details">
      <h2 id="proposal-details" className="section-title">
        {t("proposalView.details")}
      </h2>
      <DetailList
        items={[
          {
            label: t("proposal.status"),
            value: (
              <StatusBadge family="proposal" status={proposal.status}>
                {t(`proposalStatus.${proposal.status}`)}
              </StatusBadge>
            ),
          },
          { label: t("proposal.ward"), value: localName(proposal.ward) },
          { label: t("proposal.kind"), value: t(`proposalKind.${proposal.kind}`) },
          { label: t("proposal.fiscalYear"), value: formats.fiscalYear(proposal.fiscalYear) },
          { label: t("proposalEditor.background"), value: text(proposal.background) },
          { label: t("proposalEditor.content"), value: text(proposal.content) },
          { label: t("proposalEditor.expectedEffect"), value: text(proposal.expectedEffect) },
          {
            label: t("proposalEditor.estimatedCost"),
            value:
              proposal.estimatedCostYen == null ? t("proposalView.noCost") : formats.yen(proposal.estimatedCostYen),
          },
          { label: t("proposalView.createdBy"), value: <PersonName username={proposal.createdBy} /> },
          {
            label: t("proposalView.createdAt"),
            value: proposal.createdAt && (
              <time dateTime={proposal.createdAt}>{dates.dateTime(proposal.createdAt)}</time>
            ),
          },
          {
            label: t("proposalView.submittedAt"),
            value: proposal.submittedAt && (
              <time dateTime={proposal.submittedAt}>{dates.dateTime(proposal.submittedAt)}</time>
            ),
          },
        ]}
      />
      <h3 className="mt-6 mb-2 text-std-20B-150 text-solid-gray-900">{t("proposalView.evidence")}</h3>
      {proposal.voiceRefs.length === 0 && proposal.figures.length === 0 && (
        <p className="text-std-16N-170">{t("proposalView.noEvidence")}</p>
      )}
      {proposal.voiceRefs.length > 0 && (
        <>
          <p className="text-std-16B-170">{t("proposalEditor.voiceRefs")}</p>
          <ul className="mb-4 ml-6 list-disc text-std-16N-170">
            {proposal.voiceRefs.map((ref) => (
              <li key={ref}>{ref}</li>
            ))}
          </ul>
        </>
      )}
      {proposal.figures.length > 0 && (
        <div className="overflow-x-auto">
          <table className="data-table max-w-2xl">
            <caption className="text-left text-std-16B-170">{t("proposalView.figuresCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("proposalEditor.figureLabel")}</th>
                <th scope="col" className="text-right">
                  {t("proposalEditor.figureValue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {proposal.figures.map((figure, index) => (
                <tr key={`${index}-${figure.label}`}>
                  <th scope="row">{figure.label}</th>
                  <td className="text-right">
                    {formats.number(figure.value)}
                    {figure.unit && ` ${figure.unit}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Editing, submitting and withdrawing: the proposing ward's business. */
function WardActions({
  proposal,
  onDone,
  onReload,
}: {
  proposal: Schema<"Proposal">;
  onDone: (done: Done) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const withdraw = useWithdrawProposal(proposal.id);
  const [confirming, setConfirming] = useState(false);
  const wardActions = proposal.actions.filter((action) => ["EDIT", "SUBMIT", "WITHDRAW"].includes(action));
  // Others (HQ staff) have no part in these steps: nothing to offer them.
  if (wardActions.length === 0 || !canDraftProposal(session?.user, proposal.ward.code)) return null;
  return (
    <section aria-labelledby="proposal-actions" className="mt-8">
      <h2 id="proposal-actions" className="section-title">
        {t("proposalView.actions")}
      </h2>
      <div className="flex flex-wrap gap-4">
        {wardActions.includes("EDIT") && (
          <Link to={`/proposals/${proposal.id}/edit`} className="btn-secondary">
            {t("proposalView.edit")}
          </Link>
        )}
        {wardActions.includes("WITHDRAW") && (
          <button
            type="button"
            className="btn-secondary"
            aria-disabled={withdraw.isPending}
            onClick={() => setConfirming(true)}
          >
            {t("proposalView.withdraw")}
          </button>
        )}
      </div>
      {withdraw.isError && (
        <SaveError
          error={withdraw.error}
          onReload={() => {
            withdraw.reset();
            void onReload();
          }}
        />
      )}
      <ConfirmDialog
        isOpen={confirming}
        title={t("proposalView.withdrawTitle")}
        body={t("proposalView.withdrawBody")}
        confirmLabel={t("proposalView.withdraw")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          withdraw.mutate(proposal.version, { onSuccess: () => onDone("withdrawn") });
        }}
      />
      {wardActions.includes("SUBMIT") && (
        <SubmitPanel proposal={proposal} onSubmitted={() => onDone("submitted")} onReload={onReload} />
      )}
    </section>
  );
}

/** Every step so far, oldest first, as the API lets the caller see it (a bureau's internal steps stay its own). */
function Timeline({ proposal }: { proposal: Schema<"Proposal"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const bureauName = useBureauNames();
  const localName = useLocalName();
  const formats = useProposalFormats();
  const personName = usePersonNames(proposal.timeline.map((event) => event.actor));
  // The addressed bureaus come named with their answers; others (none so far) are looked up.
  const nameOf = (code: string) => {
    const answer = proposal.answers.find((candidate) => candidate.bureau.code === code);
    return answer ? localName(answer.bureau) : bureauName(code);
  };
  return (
    <section aria-labelledby="proposal-timeline" className="mt-8">
      <h2 id="proposal-timeline" className="section-title">
        {t("proposalEvent.title")}
      </h2>
      <ol aria-label={t("proposalEvent.listLabel")} className="border-l-4 border-solid-gray-420 pl-4">
        {proposal.timeline.map((event, index) => {
          const details = eventDetails(event, nameOf);
          const label = t(`proposalEvent.${event.kind}`);
          return (
            <li key={`${index}-${event.occurredAt}`} className="border-b border-solid-gray-200 py-3">
              <p className="text-std-16N-170 text-solid-gray-700">
                <time dateTime={event.occurredAt}>{dates.dateTime(event.occurredAt)}</time>
              </p>
              <p className="text-std-16B-170">
                {details.bureaus.length > 0
                  ? t("proposalEvent.withBureau", { label, bureau: formats.list(details.bureaus) })
                  : label}
                {details.note && <span className="ml-2 font-normal">{details.note}</span>}
              </p>
              <p className="text-std-16N-170 text-solid-gray-700">
                {t("proposalEvent.actor", { actor: personName(event.actor) })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ProposalView({ proposal, onReload }: { proposal: Schema<"Proposal">; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const state = useLocation().state as ProposalLocationState | null;
  const setDone = useDoneNotice<Done>(state?.message, (done) => t(`proposalView.done_${done}`));
  return (
    <>
      <h1 className="page-title">{proposal.title}</h1>
      <ProposalDetails proposal={proposal} />
      <WardActions proposal={proposal} onDone={setDone} onReload={onReload} />
      {proposal.answers.length > 0 && <AnswerSection proposal={proposal} onDone={setDone} onReload={onReload} />}
      {tracksProgress(proposal) && <ProgressSection proposal={proposal} onDone={setDone} onReload={onReload} />}
      <Timeline proposal={proposal} />
      <BackLink to="/proposals">{t("proposalEditor.backToList")}</BackLink>
    </>
  );
}

/** A proposal with its answers, progress and timeline: where notifications about it lead. */
export function ProposalPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useProposal(id, valid)}
      valid={valid}
      title={t("proposalView.loadingTitle")}
      titleOf={(proposal) => proposal.title}
      notFoundTitle={t("proposalView.notFound")}
      back={{ to: "/proposals", label: t("proposalEditor.backToList") }}
    >
      {(proposal, reload) => <ProposalView proposal={proposal} onReload={reload} />}
    </RecordPage>
  );
}
