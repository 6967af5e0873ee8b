import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "./ErrorMessage";
import { useNotice } from "./PageNotice";

type DownloadState = { status: "idle" | "pending" | "done" } | { status: "failed"; error: unknown };

/** Hands a downloaded file to the browser to save, under `fileName`. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later, not at once: the browser reads the blob after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface CsvDownloadProps {
  /** The section heading's id. */
  id: string;
  title: string;
  /** What the file holds (and what it leaves out). */
  intro: string;
  fetchCsv: () => Promise<Blob>;
  /** A name that says what was exported and when. */
  fileName: () => string;
}

/**
 * A section that downloads a CSV export with the signed-in user's token (a plain link would not carry it) and saves
 * it; the progress is announced beside the button, the outcome in the app's notice.
 */
export function CsvDownload({ id, title, intro, fetchCsv, fileName }: CsvDownloadProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  const notice = useNotice();
  async function download() {
    if (state.status === "pending") return;
    setState({ status: "pending" });
    notice.dismiss();
    try {
      saveBlob(await fetchCsv(), fileName());
      setState({ status: "done" });
      notice.show(t("csv.done"));
    } catch (error) {
      setState({ status: "failed", error });
    }
  }
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{intro}</p>
      <button
        type="button"
        className="btn-secondary"
        aria-disabled={state.status === "pending"}
        onClick={() => void download()}
      >
        {t("csv.download")}
      </button>
      <div role="status" className="mt-2 text-std-16N-170">
        {state.status === "pending" && t("csv.pending")}
      </div>
      {state.status === "failed" && <ErrorMessage error={state.error} />}
    </section>
  );
}
