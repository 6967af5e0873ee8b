import { useTranslation } from "react-i18next";
import { ProjectCard } from "./ProjectCard";
import { boardColumns } from "./projectFilters";
import type { Schema } from "../../api/schemas";

/**
 * Projects in columns by status. For screen readers each column is a section with a heading and a list, so that
 * headings move between columns and the list says how many projects it holds.
 */
export function ProjectBoard({
  projects,
  linkOf,
  showWard,
  showVisibility,
}: {
  projects: Schema<"CommunityProjectSummary">[];
  linkOf: (project: Schema<"CommunityProjectSummary">) => string;
  showWard: boolean;
  showVisibility: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-5">
      {boardColumns(projects).map((column) => {
        const headingId = `board-column-${column.status}`;
        return (
          <section
            key={column.status}
            aria-labelledby={headingId}
            className="min-w-0 rounded-8 border border-solid-gray-200 bg-solid-gray-50 p-3"
          >
            <h3 id={headingId} className="mb-3 text-std-18B-160 text-solid-gray-900">
              {t(`projectStatus.${column.status}`)}{" "}
              <span className="text-std-16N-170">{t("project.columnCount", { count: column.projects.length })}</span>
            </h3>
            {column.projects.length === 0 ? (
              <p className="text-std-16N-170">{t("project.columnEmpty")}</p>
            ) : (
              <ul aria-labelledby={headingId} className="flex flex-col gap-3">
                {column.projects.map((project) => (
                  <li key={project.id}>
                    <ProjectCard
                      project={project}
                      to={linkOf(project)}
                      showWard={showWard}
                      showVisibility={showVisibility}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
