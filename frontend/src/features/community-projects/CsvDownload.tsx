import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../components/ErrorMessage";
import { todayInKumamoto } from "../counter/dates";
import { saveBlob } from "../voices/analysis";
import { type ProjectQuery, fetchProjectsCsv } from "./api";

/** The file name says what was exported and when: community-projects_431010_2026-11-26.csv. */
export function projectsCsvFileName(ward: string | undefined, today: string): string {
  return `community-projects_${ward ?? "all"}_${today}.csv`;
}

type DownloadState = { status: "idle" | "pending" | "done" } | { status: "failed"; error: unknown };

/** The board's projects as CSV: fetched with the token (a plain link would not carry it) and saved under a name. */
export function CsvDownload({ query }: { query: Omit<ProjectQuery, "page" | "size"> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  async function download() {
    if (state.status === "pending") return;
    setState({ status: "pending" });
    try {
      const blob = await fetchProjectsCsv(query);
      saveBlob(blob, projectsCsvFileName(query.ward, todayInKumamoto()));
      setState({ status: "done" });
    } catch (error) {
      setState({ status: "failed", error });
    }
  }
  return (
    <section aria-labelledby="project-csv" className="mt-10">
      <h2 id="project-csv" className="section-title">
        {t("project.csvTitle")}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("project.csvIntro")}</p>
      <button
        type="button"
        className="btn-secondary"
        aria-disabled={state.status === "pending"}
        onClick={() => void download()}
      >
        {t("project.csvDownload")}
      </button>
      <div role="status" className="mt-2 text-std-16N-170">
        {state.status === "pending" && t("project.csvPending")}
        {state.status === "done" && t("project.csvDone")}
      </div>
      {state.status === "failed" && <ErrorMessage error={state.error} />}
    </section>
  );
}
