import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { Link, useLocation } from "react-router";
import { useLocalName } from "../../app/useLocalName";
import { DetailList } from "../../components/DetailList";
import { SaveError } from "../../components/SaveError";
import { useWardNames } from "../../lib/useWardNames";
import { ActivityForm } from "./ActivityForm";
import { useMoveProject, useProject } from "./api";
import { type MilestoneDone, MilestoneSection } from "./MilestoneSection";
import { ProjectTimeline } from "./ProjectTimeline";
import type { Schema } from "../../api/schemas";
import { StatusBadge } from "../../components/StatusBadge";
import { useDoneNotice, useNotice } from "../../components/PageNotice";

type Done = "created" | "saved" | "moved" | "activityLogged" | MilestoneDone;

/** What the project's page is told by the page that sent the user there. */
export interface ProjectLocationState {
  message?: Done;
}

function ProjectDetails({ project }: { project: Schema<"CommunityProject"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  const separator = t("project.listSeparator");
  return (
    <section aria-labelledby="project-details">
      <h2 id="project-details" className="section-title">
        {t("project.details")}
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
          { label: t("project.visibility"), value: t(`projectVisibility.${project.visibility}`) },
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
          { label: t("project.groups"), value: project.groups.map((group) => group.name).join(separator) },
          {
            label: t("project.liaisons"),
            value: project.liaisons.map((liaison) => liaison.displayName).join(separator),
          },
          { label: t("project.summary"), value: <span className="whitespace-pre-line">{project.summary}</span> },
        ]}
      />
    </section>
  );
}

/** The applications and residents' voices the project is linked to, each to its own page. */
function ProjectLinks({ project }: { project: Schema<"CommunityProject"> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="project-links" className="mt-8">
      <h2 id="project-links" className="section-title">
        {t("project.links")}
      </h2>
      <h3 className="mb-2 text-std-18B-160 text-solid-gray-900">{t("project.applications")}</h3>
      {project.applications.length === 0 ? (
        <p className="mb-4 text-std-16N-170">{t("project.noApplications")}</p>
      ) : (
        <ul className="mb-4 ml-6 list-disc text-std-16N-170">
          {project.applications.map((application) => (
            <li key={application.id}>
              <Link to={`/community/applications/${application.id}`} className="link">
                {application.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mb-2 text-std-18B-160 text-solid-gray-900">{t("project.voices")}</h3>
      {project.voices.length === 0 ? (
        <p className="text-std-16N-170">{t("project.noVoices")}</p>
      ) : (
        <ul className="ml-6 list-disc text-std-16N-170">
          {project.voices.map((voice) => (
            <li key={voice.id}>
              <Link to={`/voices/${voice.id}`} className="link">
                {voice.reference}
              </Link>{" "}
              ({t(`voiceStatus.${voice.status}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The status changes the API lists for the caller now, and the editor; each change sends the version read. */
function ProjectActions({
  project,
  onMoved,
  onReload,
}: {
  project: Schema<"CommunityProject">;
  /** Told the status the project was moved to. */
  onMoved: (status: Schema<"CommunityProjectStatus">) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const move = useMoveProject(project.id);
  if (!project.editable && project.actions.length === 0) return null;
  return (
    <section aria-labelledby="project-actions" className="mt-8">
      <h2 id="project-actions" className="section-title">
        {t("project.actions")}
      </h2>
      <div className="flex flex-wrap gap-4">
        {project.actions.map((action) => (
          <button
            key={action}
            type="button"
            className="btn-primary"
            aria-disabled={move.isPending}
            onClick={() => {
              if (!move.isPending)
                move.mutate({ action, version: project.version }, { onSuccess: (moved) => onMoved(moved.status) });
            }}
          >
            {t(`project.action_${action}`)}
          </button>
        ))}
        {project.editable && (
          <Link to={`/community/projects/${project.id}/edit`} className="btn-secondary">
            {t("project.edit")}
          </Link>
        )}
      </div>
      {move.isError && (
        <SaveError
          error={move.error}
          onReload={() => {
            move.reset();
            onReload();
          }}
        />
      )}
    </section>
  );
}

function ProjectView({ project, onReload }: { project: Schema<"CommunityProject">; onReload: () => void }) {
  const { t } = useTranslation();
  const state = useLocation().state as ProjectLocationState | null;
  const notice = useNotice();
  const setDone = useDoneNotice<Done>(state?.message, (done) =>
    t(`project.done_${done}`, { status: t(`projectStatus.${project.status}`) }),
  );
  return (
    <>
      <h1 className="page-title">{project.title}</h1>
      <ProjectDetails project={project} />
      <ProjectActions
        project={project}
        onMoved={(status) => notice.show(t("project.done_moved", { status: t(`projectStatus.${status}`) }))}
        onReload={onReload}
      />
      <ProjectLinks project={project} />
      <ProjectTimeline project={project} showRecorder />
      <MilestoneSection project={project} onDone={setDone} onReload={onReload} />
      {project.editable && (
        <section aria-labelledby="project-activity" className="mt-8">
          <h2 id="project-activity" className="section-title">
            {t("project.activityTitle")}
          </h2>
          <ActivityForm
            projectId={project.id}
            idPrefix="project-activity"
            onLogged={() => setDone("activityLogged")}
            onReload={onReload}
          />
        </section>
      )}
      <BackLink to="/community/projects">{t("project.backToBoard")}</BackLink>
    </>
  );
}

/** A project with its links, timeline and milestones, and what the caller may do with it. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useProject(id, valid)}
      valid={valid}
      title={t("project.loadingTitle")}
      titleOf={(project) => project.title}
      notFoundTitle={t("project.notFound")}
      back={{ to: "/community/projects", label: t("project.backToBoard") }}
    >
      {(project, reload) => <ProjectView project={project} onReload={reload} />}
    </RecordPage>
  );
}
