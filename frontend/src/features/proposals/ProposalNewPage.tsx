import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../lib/auth/session";
import { useDraftProposal } from "./api";
import { emptyProposalDraft } from "./proposalDraft";
import { ProposalForm } from "./ProposalForm";
import type { ProposalLocationState } from "./ProposalPage";

export function ProposalNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("proposalEditor.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const draft = useDraftProposal();
  const [initial] = useState(emptyProposalDraft);
  return (
    <>
      <h1 className="page-title">{t("proposalEditor.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("proposalEditor.newIntro")}</p>
      {draft.isError && <ErrorMessage error={draft.error} />}
      <ProposalForm
        initial={initial}
        chooseWard={session?.user.role === "ADMIN"}
        mode="create"
        pending={draft.isPending}
        error={draft.error}
        onSubmit={(input) =>
          draft.mutate(input, {
            onSuccess: (proposal) => {
              const state: ProposalLocationState = { message: "drafted" };
              void navigate(`/proposals/${proposal.id}`, { state });
            },
          })
        }
      />
      <BackLink to="/proposals">{t("proposalEditor.backToList")}</BackLink>
    </>
  );
}
