import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { Link } from "react-router";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useWardNames } from "../../lib/useWardNames";
import { useProject } from "./api";
import { ProjectTimeline } from "./ProjectTimeline";
import type { Schema } from "../../api/schemas";
import { StatusBadge } from "../../components/StatusBadge";

/** What residents see of a project: no staff, applications or voices. */
function PublicProjectView({ project }: { project: Schema<"CommunityProject"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  return (
    <>
      <h1 className="page-title">{project.title}</h1>
      <section aria-labelledby="public-project-details">
        <h2 id="public-project-details" className="section-title">
          {t("publicProjects.about")}
        </h2>
        <DetailList
          items={[
            {
              label: t("project.status"),
              value: (
                <StatusBadge family="project" status={project.status}>
                  {t(`projectStatus.${project.status}`)}
                </StatusBadge>
              ),
            },
            { label: t("project.ward"), value: wardName(project.wardCode) },
            { label: t("project.schoolDistrict"), value: project.schoolDistrict },
            {
              label: t("project.baseOffice"),
              value: project.baseOffice && (
                <Link to={`/offices/${project.baseOffice.id}`} className="link">
                  {localName(project.baseOffice)}
                </Link>
              ),
            },
            {
              label: t("project.groups"),
              value: project.groups.map((group) => group.name).join(t("project.listSeparator")),
            },
            { label: t("project.summary"), value: <span className="whitespace-pre-line">{project.summary}</span> },
          ]}
        />
      </section>
      <ProjectTimeline project={project} showRecorder={false} />
    </>
  );
}

/** A public project's page for residents. An internal project is "not found" here, even to staff signed in. */
export function PublicProjectPage() {
  const { t } = useTranslation();
  const { id: projectId, valid } = useIdParam();
  const project = useProject(projectId, valid);
  const notFound = isNotFound(project, valid) || (project.isSuccess && project.data.visibility !== "PUBLIC");
  usePageTitle(notFound ? t("project.notFound") : (project.data?.title ?? t("project.loadingTitle")));
  return (
    <>
      {project.isSuccess && !notFound ? (
        <PublicProjectView project={project.data} />
      ) : (
        <>
          <h1 className="page-title">{notFound ? t("project.notFound") : t("project.loadingTitle")}</h1>
          {!notFound && project.isPending && <LoadingStatus />}
          {!notFound && project.isError && (
            <ErrorMessage error={project.error} onRetry={() => void project.refetch()} />
          )}
        </>
      )}
      <BackLink to="/projects">{t("publicProjects.backToList")}</BackLink>
    </>
  );
}
