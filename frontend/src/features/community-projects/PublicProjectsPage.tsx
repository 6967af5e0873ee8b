import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useProjects } from "./api";
import { ProjectBoard } from "./ProjectBoard";
import { parsePublicFilters, publicSearchParams, toPublicQuery } from "./projectFilters";
import { PROJECT_STATUSES, isProjectStatus } from "./projectEnums";
import { WardSelectInput } from "../../components/WardSelectInput";

/** 地域の取り組み: the public projects of every ward, for residents, by ward and status. No sign-in needed. */
export function PublicProjectsPage() {
  const { t } = useTranslation();
  usePageTitle(t("publicProjects.title"));
  const [params, setParams] = useSearchParams();
  const filters = parsePublicFilters(params);
  const projects = useProjects(toPublicQuery(filters));

  return (
    <>
      <h1 className="page-title">{t("publicProjects.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("publicProjects.intro")}</p>
      <form
        role="search"
        aria-labelledby="public-filters"
        onSubmit={(event) => event.preventDefault()}
        className="rounded-8 bg-solid-gray-50 p-4"
      >
        <h2 id="public-filters" className="section-title mt-0">
          {t("publicProjects.filters")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="field">
            <label htmlFor="public-ward" className="field-label">
              {t("project.ward")}
            </label>
            <WardSelectInput
              id="public-ward"
              value={filters.ward}
              onChange={(event) => setParams(publicSearchParams({ ...filters, ward: event.currentTarget.value }))}
              className="field-input"
              emptyLabel={t("project.allWards")}
            />
          </div>
          <div className="field">
            <label htmlFor="public-status" className="field-label">
              {t("project.status")}
            </label>
            <select
              id="public-status"
              value={filters.status}
              onChange={(event) => {
                const status = event.currentTarget.value;
                setParams(publicSearchParams({ ...filters, status: isProjectStatus(status) ? status : "" }));
              }}
              className="field-input"
            >
              <option value="">{t("publicProjects.allStatuses")}</option>
              {PROJECT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`projectStatus.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      <section aria-labelledby="public-results" className="mt-6">
        <h2 id="public-results" className="section-title">
          {t("publicProjects.results")}
        </h2>
        {projects.isPending && <LoadingStatus />}
        {projects.isError && <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />}
        {projects.isSuccess && (
          <div aria-busy={projects.isPlaceholderData}>
            <p role="status" className="mb-4 text-std-16B-170">
              {t("project.total", { count: projects.data.total })}
            </p>
            {projects.data.total > projects.data.items.length && (
              <p className="notice">{t("project.truncated", { shown: projects.data.items.length })}</p>
            )}
            <ProjectBoard
              projects={projects.data.items}
              linkOf={(project) => `/projects/${project.id}`}
              showWard={!filters.ward}
              showVisibility={false}
            />
          </div>
        )}
      </section>
    </>
  );
}
