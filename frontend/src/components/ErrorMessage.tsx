import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { wholeList } from "../api/fieldErrors";
import { withoutIds } from "../lib/apiText";

/** The heading of a failure in the UI's language: the problem's own title, or what the page knows of it. */
export function useErrorTitle(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t("error.unexpectedTitle");
    switch (error.kind) {
      case "unreachable":
        return t("error.unreachable");
      case "status":
        return t("error.status", { status: error.status });
      case "problem":
        return withoutIds(error.title);
    }
  };
}

/**
 * The problem's detail when it says more than the title: never when there are field errors (they are the detail,
 * shown beside their fields or listed), nor when it only repeats the title.
 */
function addedDetail(error: ApiError, title: string): string | undefined {
  if (error.kind !== "problem" || !error.detail || error.errors.length > 0) return undefined;
  const detail = withoutIds(error.detail);
  return detail && detail !== title ? detail : undefined;
}

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
  /**
   * The API fields the form shows its errors beside (react-aria's Form validationErrors, FieldMessage): those are
   * left out here, so that each message appears once; a list's name covers its items ("groupIds" for "groupIds[1]").
   * Errors of any other field are listed.
   */
  fieldsShown?: readonly string[];
}

/**
 * Shows a failed request once, in the UI's language: the problem's title, its detail when it adds something, the
 * field errors not shown beside their fields, and the request id as a small reference line for support.
 */
export function ErrorMessage({ error, onRetry, fieldsShown = [] }: ErrorMessageProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const apiError = error instanceof ApiError ? error : undefined;
  const title = errorTitle(error);
  const detail = apiError ? addedDetail(apiError, title) : undefined;
  const fieldErrors = apiError?.kind === "problem" ? apiError.errors : [];
  const shown = new Set(fieldsShown);
  const listed = fieldErrors.filter((e) => !shown.has(e.field) && !shown.has(wholeList(e.field)));
  const besideFields = fieldErrors.length > listed.length;

  return (
    <div role="alert" className="my-4 rounded-8 border-2 border-error-2 bg-red-50 p-4 text-solid-gray-800">
      <p className="text-std-17B-170 text-error-2">{title}</p>
      {detail && <p className="text-std-16N-170">{detail}</p>}
      {listed.length > 0 && (
        <ul className="ml-6 list-disc text-std-16N-170">
          {listed.map((fieldError) => (
            <li key={`${fieldError.field}-${fieldError.rule}`}>{withoutIds(fieldError.message)}</li>
          ))}
        </ul>
      )}
      {besideFields && <p className="text-std-16N-170">{t("error.seeFields")}</p>}
      {apiError?.retryAfter !== undefined && !detail && (
        <p className="text-std-16N-170">{t("error.retryAfter", { seconds: apiError.retryAfter })}</p>
      )}
      {apiError?.requestId && (
        <p className="mt-2 text-dns-14N-130 text-solid-gray-700">{t("error.requestId", { id: apiError.requestId })}</p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry} className="btn-secondary mt-3">
          {t("error.retry")}
        </button>
      )}
    </div>
  );
}
