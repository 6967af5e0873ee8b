import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useDateFormats } from "../../lib/dates";
import { ActivityForm } from "./ActivityForm";
import { useMyAreas, useProjects } from "./api";
import { BOARD_SIZE } from "./projectFilters";
import type { Schema } from "../../api/schemas";
import { StatusBadge } from "../../components/StatusBadge";
import { useNotice } from "../../components/PageNotice";
import { MyAreaSection } from "./MyAreaSection";

/** One assigned project: where it stands, what is next, when something last happened, and a quick activity log. */
function AssignedProject({
  project,
  onLogged,
}: {
  project: Schema<"CommunityProjectSummary">;
  onLogged: (title: string) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const dates = useDateFormats();
  const [logging, setLogging] = useState(false);
  // When the form closes, focus goes back to the button that opened it rather than to the page's start: once the form
  // is gone from the page, so that nothing of its removal moves focus afterwards.
  const toggle = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!returnFocus) return;
    setReturnFocus(false);
    toggle.current?.focus();
  }, [returnFocus]);
  const close = () => {
    setLogging(false);
    setReturnFocus(true);
  };
  const headingId = `my-project-${project.id}`;
  const formId = `my-project-${project.id}-log`;
  return (
    <article aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="text-std-18B-160">
        <Link to={`/community/projects/${project.id}`} className="link">
          {project.title}
        </Link>
      </h3>
      <dl className="mt-2 grid gap-x-4 text-std-16N-170 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">{t("project.status")}</dt>
        <dd>
          <StatusBadge family="project" status={project.status}>
            {t(`projectStatus.${project.status}`)}
          </StatusBadge>
        </dd>
        {project.schoolDistrict && (
          <>
            <dt className="font-bold">{t("project.schoolDistrict")}</dt>
            <dd>{project.schoolDistrict}</dd>
          </>
        )}
        {project.baseOffice && (
          <>
            <dt className="font-bold">{t("project.baseOffice")}</dt>
            <dd>{localName(project.baseOffice)}</dd>
          </>
        )}
        <dt className="font-bold">{t("project.nextMilestone")}</dt>
        <dd>
          {project.nextMilestone
            ? t("project.milestoneOn", {
                title: project.nextMilestone.title,
                date: dates.date(project.nextMilestone.dueOn),
              })
            : t("myAreas.noNextMilestone")}
        </dd>
        <dt className="font-bold">{t("project.lastActivity")}</dt>
        <dd>{project.lastActivityOn ? dates.date(project.lastActivityOn) : t("myAreas.noActivity")}</dd>
      </dl>
      <p className="mt-4">
        <button
          ref={toggle}
          type="button"
          className="btn-secondary"
          aria-expanded={logging}
          aria-controls={logging ? formId : undefined}
          onClick={() => setLogging((open) => !open)}
        >
          {t("myAreas.logActivity", { title: project.title })}
        </button>
      </p>
      {logging && (
        <div id={formId} className="mt-4 rounded-8 bg-solid-gray-50 p-4">
          <ActivityForm
            projectId={project.id}
            idPrefix={formId}
            onLogged={() => {
              close();
              onLogged(project.title);
            }}
            onReload={close}
          />
        </div>
      )}
    </article>
  );
}

/**
 * 担当地域: a liaison officer's home. Each area they look after, with its groups, projects, coming dialogue meetings
 * and newest residents' voices (one request for all of them); then the projects they are assigned to, with what is
 * next and a quick way to log what happened.
 */
export function MyAreasPage() {
  const { t } = useTranslation();
  usePageTitle(t("myAreas.title"));
  const areas = useMyAreas();
  const projects = useProjects({ mine: true, page: 0, size: BOARD_SIZE });
  const notice = useNotice();
  return (
    <>
      <h1 className="page-title">{t("myAreas.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("myAreas.intro")}</p>
      {areas.isSuccess && areas.data.areas.length > 0 && (
        // A liaison may look after many areas, each with its links: the index lets a keyboard jump to one at once.
        <nav aria-labelledby="my-areas-index" className="mb-6 rounded-8 bg-solid-gray-50 p-4">
          <h2 id="my-areas-index" className="text-std-16B-170">
            {t("myAreas.index")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {areas.data.areas.map(({ area }) => (
              <li key={area.id}>
                <a href={`#my-area-${area.id}`} className="link">
                  {area.name}
                </a>
              </li>
            ))}
            <li>
              <a href="#my-projects" className="link">
                {t("myAreas.projects")}
              </a>
            </li>
          </ul>
        </nav>
      )}
      <section aria-labelledby="my-areas" className="mt-6">
        <h2 id="my-areas" className="section-title">
          {t("myAreas.areas")}
        </h2>
        {areas.isPending && <LoadingStatus />}
        {areas.isError && <ErrorMessage error={areas.error} onRetry={() => void areas.refetch()} />}
        {areas.isSuccess &&
          (areas.data.areas.length === 0 ? (
            <p className="notice">{t("myAreas.noAreas")}</p>
          ) : (
            <div className="flex flex-col gap-6">
              {areas.data.areas.map((area) => (
                <MyAreaSection key={area.area.id} area={area} />
              ))}
            </div>
          ))}
      </section>
      <section aria-labelledby="my-projects" className="mt-10">
        <h2 id="my-projects" className="section-title">
          {t("myAreas.projects")}
        </h2>
        {projects.isPending && <LoadingStatus />}
        {projects.isError && <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />}
        {projects.isSuccess &&
          (projects.data.items.length === 0 ? (
            <p className="notice">{t("myAreas.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {projects.data.items.map((project) => (
                <li key={project.id}>
                  <AssignedProject
                    project={project}
                    onLogged={(title) => notice.show(t("myAreas.logged", { title }))}
                  />
                </li>
              ))}
            </ul>
          ))}
      </section>
      <p className="mt-8 flex flex-wrap gap-6">
        <Link to="/community/projects" className="link">
          {t("myAreas.toBoard")}
        </Link>
        <Link to="/community/meetings" className="link">
          {t("myAreas.toMeetings")}
        </Link>
      </p>
    </>
  );
}
