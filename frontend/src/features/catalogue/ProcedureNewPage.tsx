import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../lib/auth/session";
import { useCreateProcedure } from "./api";
import { EMPTY_DRAFT } from "./procedureDraft";
import type { ProcedureEditLocationState } from "./ProcedureEditPage";
import { ProcedureForm } from "./ProcedureForm";

export function ProcedureNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("procedureEditor.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const create = useCreateProcedure();
  // HQ staff may only create procedures of their own section: start with it chosen.
  const initial = { ...EMPTY_DRAFT, ownerSectionCode: session?.user.section?.code ?? "" };

  return (
    <>
      <h1 className="page-title">{t("procedureEditor.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("procedureEditor.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <ProcedureForm
        initial={initial}
        mode="create"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (procedure) => {
              const state: ProcedureEditLocationState = { created: true };
              void navigate(`/staff/procedures/${encodeURIComponent(procedure.code)}`, { state });
            },
          })
        }
      />
      <BackLink to="/staff/procedures">{t("procedureEditor.backToList")}</BackLink>
    </>
  );
}
