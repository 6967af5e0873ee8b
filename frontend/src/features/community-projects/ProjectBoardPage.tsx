import type { FormEvent } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { CsvDownload } from "../../components/CsvDownload";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { PROJECT_CREATORS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto } from "../../lib/dates";
import { fetchProjectsCsv, useProjects } from "./api";
import { ProjectBoard } from "./ProjectBoard";
import { ALL_WARDS, type BoardFilters, projectsCsvFileName, toBoardQuery, useBoardFilters } from "./projectFilters";
import { ProjectNav } from "./ProjectNav";
import { PROJECT_VISIBILITIES, isProjectVisibility } from "./projectEnums";
import { formText } from "../../lib/formText";
import { WardSelectInput } from "../../components/WardSelectInput";

function BoardFilterForm({
  filters,
  onApply,
}: {
  filters: BoardFilters;
  onApply: (changes: Partial<BoardFilters>) => void;
}) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ q: formText(new FormData(event.currentTarget), "q").trim() });
  }

  return (
    <form
      role="search"
      aria-labelledby="board-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="board-filters" className="section-title mt-0">
        {t("project.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        <div className="field">
          <label htmlFor="board-ward" className="field-label">
            {t("project.ward")}
          </label>
          <WardSelectInput
            id="board-ward"
            value={filters.ward}
            onChange={(event) => onApply({ ward: event.currentTarget.value })}
            className="field-input"
            emptyLabel={t("project.allWards")}
            emptyValue={ALL_WARDS}
          />
        </div>
        <div className="field">
          <label htmlFor="board-visibility" className="field-label">
            {t("project.visibility")}
          </label>
          <select
            id="board-visibility"
            value={filters.visibility}
            onChange={(event) => {
              const visibility = event.currentTarget.value;
              onApply({ visibility: isProjectVisibility(visibility) ? visibility : "" });
            }}
            className="field-input"
          >
            <option value="">{t("project.allVisibilities")}</option>
            {PROJECT_VISIBILITIES.map((visibility) => (
              <option key={visibility} value={visibility}>
                {t(`projectVisibility.${visibility}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field">
          <Label className="field-label">{t("project.keyword")}</Label>
          <Input className="field-input" />
        </TextField>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("project.search")}
        </button>
        <Link to="/community/projects" className="link">
          {t("project.clear")}
        </Link>
      </div>
    </form>
  );
}

/** まちづくり事業の一覧: a ward's projects (ward staff start at their own) as a board by status. */
export function ProjectBoardPage() {
  const { t } = useTranslation();
  usePageTitle(t("project.boardTitle"));
  const session = useSession();
  const user = session?.user;
  const { filters, update } = useBoardFilters(user);
  const query = toBoardQuery(filters);
  const projects = useProjects(query);

  return (
    <>
      <h1 className="page-title">{t("project.boardTitle")}</h1>
      <ProjectNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("project.boardIntro")}</p>
      {hasRole(user, PROJECT_CREATORS) && (
        <p className="mb-6">
          <Link to="/community/projects/new" className="btn-primary">
            {t("project.newLink")}
          </Link>
        </p>
      )}
      <BoardFilterForm filters={filters} onApply={update} />
      <section aria-labelledby="board-results" className="mt-6">
        <h2 id="board-results" className="section-title">
          {t("project.board")}
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
              linkOf={(project) => `/community/projects/${project.id}`}
              showWard={filters.ward === ALL_WARDS}
              showVisibility
            />
          </div>
        )}
      </section>
      <CsvDownload
        id="project-csv"
        title={t("project.csvTitle")}
        intro={t("project.csvIntro")}
        fetchCsv={() => fetchProjectsCsv({ ward: query.ward, visibility: query.visibility, q: query.q })}
        fileName={() => projectsCsvFileName(query.ward, todayInKumamoto())}
      />
    </>
  );
}
