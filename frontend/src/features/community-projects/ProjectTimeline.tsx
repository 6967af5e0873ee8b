import { useTranslation } from "react-i18next";
import { useDateFormats } from "../../lib/dates";
import type { Schema } from "../../api/schemas";
import { projectTimeline } from "./timeline";
import { usePersonNames } from "../../lib/usePersonNames";
import { StatusBadge } from "../../components/StatusBadge";

/**
 * The activity log and the milestones together, in date order. `showRecorder` names who logged each activity (staff
 * pages only: the public page names no staff).
 */
export function ProjectTimeline({
  project,
  showRecorder,
}: {
  project: Schema<"CommunityProject">;
  showRecorder: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const entries = projectTimeline(project.activities, project.milestones);
  // Only staff see who logged an activity, and only staff may read colleagues' names.
  const personName = usePersonNames(showRecorder ? project.activities.map((activity) => activity.recordedBy) : []);
  return (
    <section aria-labelledby="project-timeline" className="mt-8">
      <h2 id="project-timeline" className="section-title">
        {t("project.timeline")}
      </h2>
      <p className="mb-4 text-std-16B-170">{t("project.participantsTotal", { count: project.participantsTotal })}</p>
      {entries.length === 0 ? (
        <p className="text-std-16N-170">{t("project.timelineEmpty")}</p>
      ) : (
        <ol aria-label={t("project.timelineLabel")} className="border-l-4 border-solid-gray-420 pl-4">
          {entries.map((entry) => (
            <li key={entry.key} className="border-b border-solid-gray-200 py-3">
              <p className="text-std-16N-170 text-solid-gray-700">
                <time dateTime={entry.date}>{dates.date(entry.date)}</time>
              </p>
              {entry.kind === "activity" ? (
                <>
                  <p className="text-std-16B-170">
                    {t("project.timelineActivity")}:{" "}
                    <span className="font-normal whitespace-pre-line">{entry.activity.description}</span>
                  </p>
                  <p className="text-std-16N-170">
                    {t("project.activityParticipantsCount", { count: entry.activity.participants })}
                    {showRecorder && ` ・ ${t("project.recordedBy", { name: personName(entry.activity.recordedBy) })}`}
                  </p>
                </>
              ) : (
                <p className="text-std-16B-170">
                  {t("project.timelineMilestone")}: <span className="font-normal">{entry.milestone.title}</span>{" "}
                  <StatusBadge family="milestone" status={entry.milestone.done ? "DONE" : "OPEN"}>
                    {entry.milestone.done ? t("project.milestoneDone") : t("project.milestoneOpen")}
                  </StatusBadge>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
