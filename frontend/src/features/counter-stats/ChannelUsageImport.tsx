import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useImportChannelUsage } from "./api";
import { useNotice } from "../../components/PageNotice";

/**
 * The import of a channel usage file (HQ and administrators): the file goes up as its raw bytes. The outcome is
 * announced; when rows are refused, focus moves to the list of them (line, column, rule) so it is read at once.
 */
export function ChannelUsageImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useImportChannelUsage();
  const notice = useNotice();
  const errorsHeading = useRef<HTMLHeadingElement>(null);
  // Once the refusal is on the page, the focus goes to it, so a screen reader reads it at once.
  useEffect(() => {
    if (upload.error) errorsHeading.current?.focus();
  }, [upload.error]);
  const rejected = upload.error instanceof ApiError && upload.error.errors.some((e) => e.line != null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    notice.dismiss();
    upload.mutate(file, {
      onSuccess: (imported) =>
        notice.show(
          t("channelUsage.imported", {
            rows: imported.rowsImported,
            replaced: imported.rowsReplaced,
            months: imported.months.join(t("counterStats.listSeparator")),
          }),
        ),
    });
  }

  return (
    <section aria-labelledby="channel-usage-import" className="mt-10">
      <h2 id="channel-usage-import" className="section-title">
        {t("channelUsage.importTitle")}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("channelUsage.importIntro")}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="channel-usage-file" className="field-label">
            {t("channelUsage.file")}
          </label>
          <input
            id="channel-usage-file"
            type="file"
            accept=".csv,text/csv"
            className="field-input"
            aria-describedby={missing ? "channel-usage-file-hint channel-usage-file-error" : "channel-usage-file-hint"}
            aria-invalid={missing || undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setMissing(false);
              upload.reset();
            }}
          />
          <p id="channel-usage-file-hint" className="field-hint">
            {t("channelUsage.fileHint")}
          </p>
          {missing && (
            <p id="channel-usage-file-error" className="field-error" role="alert">
              {t("channelUsage.fileMissing")}
            </p>
          )}
        </div>
        <button type="submit" className="btn-primary mt-2" aria-disabled={upload.isPending}>
          {t("channelUsage.importButton")}
        </button>
      </form>
      <div role="status" className="mt-4 text-std-16N-170">
        {upload.isPending && t("channelUsage.importing")}
      </div>
      {upload.isError && (
        <div className="mt-4">
          <h3 ref={errorsHeading} tabIndex={-1} className="text-std-18B-160">
            {rejected
              ? t("channelUsage.rejected", { count: (upload.error as ApiError).errors.length })
              : t("channelUsage.failed")}
          </h3>
          {rejected ? (
            <div className="mt-2 overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("channelUsage.errorsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="text-right">
                      {t("channelUsage.line")}
                    </th>
                    <th scope="col">{t("channelUsage.field")}</th>
                    <th scope="col">{t("channelUsage.rule")}</th>
                    <th scope="col">{t("channelUsage.value")}</th>
                    <th scope="col">{t("channelUsage.message")}</th>
                  </tr>
                </thead>
                <tbody>
                  {(upload.error as ApiError).errors.map((e, index) => (
                    <tr key={index}>
                      <td className="text-right tabular-nums">{e.line ?? ""}</td>
                      <td>{e.field}</td>
                      <td>{e.rule}</td>
                      <td>{e.value ?? ""}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <ErrorMessage error={upload.error} />
          )}
        </div>
      )}
    </section>
  );
}
