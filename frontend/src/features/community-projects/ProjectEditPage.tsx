import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { canReassignProject } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useProject, useUpdateProject } from "./api";
import { projectDraftOf } from "./projectDraft";
import { ProjectForm } from "./ProjectForm";
import type { ProjectLocationState } from "./ProjectPage";
import type { Schema } from "../../api/schemas";

function ProjectEditor({ project, onReload }: { project: Schema<"CommunityProject">; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const update = useUpdateProject(project.id);
  const back = `/community/projects/${project.id}`;
  if (!project.editable) return <p className="notice">{t("project.notEditable")}</p>;
  return (
    <>
      {update.isError && (
        <SaveError
          error={update.error}
          onReload={() => {
            update.reset();
            onReload();
          }}
        />
      )}
      <ProjectForm
        // A reload after a conflict starts the form again from what is saved now.
        key={project.version}
        initial={projectDraftOf(project)}
        chooseWard={false}
        mayReassign={canReassignProject(session?.user, project.wardCode)}
        mode="edit"
        pending={update.isPending}
        error={update.error}
        onCancel={() => void navigate(back)}
        onSubmit={(input) =>
          update.mutate(
            { input, version: project.version },
            {
              onSuccess: () => {
                const state: ProjectLocationState = { message: "saved" };
                void navigate(back, { state });
              },
            },
          )
        }
      />
    </>
  );
}

/** Editing a project: its ward's WARD staff, its liaison staff and administrators (the API's `editable`). */
export function ProjectEditPage() {
  const { t } = useTranslation();
  const { id: projectId, valid } = useIdParam();
  const project = useProject(projectId, valid);
  const notFound = isNotFound(project, valid);
  const title = notFound
    ? t("project.notFound")
    : project.data
      ? t("project.editTitleOf", { title: project.data.title })
      : t("project.editTitle");
  usePageTitle(title);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      {!notFound && project.isPending && <LoadingStatus />}
      {!notFound && project.isError && <ErrorMessage error={project.error} onRetry={() => void project.refetch()} />}
      {project.isSuccess && <ProjectEditor project={project.data} onReload={() => void project.refetch()} />}
      <BackLink to={valid && !notFound ? `/community/projects/${projectId}` : "/community/projects"}>
        {valid && !notFound ? t("project.backToProject") : t("project.backToBoard")}
      </BackLink>
    </>
  );
}
