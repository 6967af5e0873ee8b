import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../lib/auth/session";
import { useCreateDuty } from "./api";
import type { DutyDetailLocationState } from "./DutyDetailPage";
import { emptyDutyDraft } from "./dutyDraft";
import { DutyForm } from "./DutyForm";

/** HQ staff register a duty their section answers for; administrators for any section. */
export function DutyNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("duty.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const create = useCreateDuty();
  const ownSection = session?.user.role === "HQ" ? session.user.section?.code : undefined;
  return (
    <>
      <h1 className="page-title">{t("duty.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("duty.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <DutyForm
        initial={emptyDutyDraft(ownSection)}
        submitLabel={t("duty.create")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (duty) => {
              const state: DutyDetailLocationState = { message: "created" };
              void navigate(`/duties/${duty.id}`, { state });
            },
          })
        }
      />
      <BackLink to="/duties">{t("duty.backToList")}</BackLink>
    </>
  );
}
