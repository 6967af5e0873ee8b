import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { Link, useNavigate } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { canDraftProposal } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useEditProposal, useProposal } from "./api";
import { proposalDraftOf } from "./proposalDraft";
import { ProposalForm } from "./ProposalForm";
import type { ProposalLocationState } from "./ProposalPage";

function ProposalEditor({ proposal, onReload }: { proposal: Schema<"Proposal">; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const localName = useLocalName();
  const edit = useEditProposal(proposal.id);
  const back = `/proposals/${proposal.id}`;

  if (!proposal.actions.includes("EDIT")) {
    return <p className="notice">{t("proposalEditor.notEditable")}</p>;
  }
  if (!canDraftProposal(session?.user, proposal.ward.code)) {
    return <p className="notice">{t("proposalEditor.notAllowed", { ward: localName(proposal.ward) })}</p>;
  }
  return (
    <>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("proposalEditor.editIntro")}</p>
      {edit.isError && (
        <SaveError
          error={edit.error}
          onReload={() => {
            edit.reset();
            void onReload();
          }}
        />
      )}
      <ProposalForm
        // A reload after a conflict starts the form again from what is saved now.
        key={proposal.version}
        initial={proposalDraftOf(proposal)}
        chooseWard={false}
        mode="edit"
        pending={edit.isPending}
        error={edit.error}
        onCancel={() => void navigate(back)}
        onSubmit={(input) =>
          edit.mutate(
            { input, version: proposal.version },
            {
              onSuccess: () => {
                const state: ProposalLocationState = { message: "saved" };
                void navigate(back, { state });
              },
            },
          )
        }
      />
    </>
  );
}

/** The draft's editor: its ward's staff and administrators, while it is a draft. */
export function ProposalEditPage() {
  const { t } = useTranslation();
  const { id: proposalId, valid } = useIdParam();
  const proposal = useProposal(proposalId, valid);
  const notFound = isNotFound(proposal, valid);
  const title = notFound
    ? t("proposalView.notFound")
    : proposal.data
      ? t("proposalEditor.editTitleOf", { title: proposal.data.title })
      : t("proposalEditor.editTitle");
  usePageTitle(title);

  return (
    <>
      <h1 className="page-title">{title}</h1>
      {!notFound && proposal.isPending && <LoadingStatus />}
      {!notFound && proposal.isError && <ErrorMessage error={proposal.error} onRetry={() => void proposal.refetch()} />}
      {proposal.isSuccess && <ProposalEditor proposal={proposal.data} onReload={() => proposal.refetch()} />}
      <p className="mt-8">
        {valid && !notFound ? (
          <Link to={`/proposals/${proposalId}`} className="link">
            {t("proposalEditor.backToProposal")}
          </Link>
        ) : (
          <Link to="/proposals" className="link">
            {t("proposalEditor.backToList")}
          </Link>
        )}
      </p>
    </>
  );
}
