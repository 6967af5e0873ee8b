import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocalName } from "../../app/useLocalName";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import type { Schema } from "../../api/schemas";

/**
 * One project on a board or a list: its title links to its page. `to` is the page (staff or public); `showWard` when
 * several wards are shown together.
 */
export function ProjectCard({
  project,
  to,
  showWard,
  showVisibility,
}: {
  project: Schema<"CommunityProjectSummary">;
  to: string;
  showWard: boolean;
  showVisibility: boolean;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  const dates = useDateFormats();
  const facts = [
    showWard ? { label: t("project.ward"), value: wardName(project.wardCode) } : null,
    project.schoolDistrict ? { label: t("project.schoolDistrict"), value: project.schoolDistrict } : null,
    project.baseOffice ? { label: t("project.baseOffice"), value: localName(project.baseOffice) } : null,
    project.groups.length > 0
      ? {
          label: t("project.groups"),
          value: project.groups.map((group) => group.name).join(t("project.listSeparator")),
        }
      : null,
    project.nextMilestone
      ? {
          label: t("project.nextMilestone"),
          value: t("project.milestoneOn", {
            title: project.nextMilestone.title,
            date: dates.date(project.nextMilestone.dueOn),
          }),
        }
      : null,
    project.lastActivityOn ? { label: t("project.lastActivity"), value: dates.date(project.lastActivityOn) } : null,
  ].filter((fact) => fact !== null);
  return (
    <article className="rounded-8 border border-solid-gray-420 bg-white p-4 [overflow-wrap:anywhere]">
      <h4 className="text-std-17B-170">
        <Link to={to} className="link">
          {project.title}
        </Link>
      </h4>
      {showVisibility && (
        <p className="mt-1">
          <span className="status-badge">{t(`projectVisibility.${project.visibility}`)}</span>
        </p>
      )}
      {facts.length > 0 && (
        <dl className="mt-2 text-std-16N-170">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt className="inline font-bold">{fact.label}: </dt>
              <dd className="inline">{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
