import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../lib/auth/session";
import { useCreateProject } from "./api";
import { emptyProjectDraft } from "./projectDraft";
import { ProjectForm } from "./ProjectForm";
import type { ProjectLocationState } from "./ProjectPage";

/** Starting a project (as an idea): the ward's WARD staff for their ward, administrators for any. */
export function ProjectNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("project.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const create = useCreateProject();
  const isAdmin = session?.user.role === "ADMIN";
  const [initial] = useState(() => emptyProjectDraft(session?.user.ward?.code ?? ""));
  return (
    <>
      <h1 className="page-title">{t("project.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("project.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <ProjectForm
        initial={initial}
        chooseWard={isAdmin}
        mayReassign
        mode="create"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (project) => {
              const state: ProjectLocationState = { message: "created" };
              void navigate(`/community/projects/${project.id}`, { state });
            },
          })
        }
      />
      <BackLink to="/community/projects">{t("project.backToBoard")}</BackLink>
    </>
  );
}
