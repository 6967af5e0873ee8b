import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/** The title of an API problem in the current language. */
export function useProblemTitle(): (error: ApiError) => string {
  const { i18n } = useTranslation();
  return (error) => (i18n.language === "en" ? error.titleEn : error.title);
}

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shows a failed request readably: the problem's title, detail, field errors and request id. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const problemTitle = useProblemTitle();
  const apiError = error instanceof ApiError ? error : undefined;

  return (
    <div role="alert" className="my-4 rounded-8 border-2 border-error-2 bg-red-50 p-4 text-solid-gray-800">
      <p className="text-std-17B-170 text-error-2">{apiError ? problemTitle(apiError) : t("error.unexpectedTitle")}</p>
      {apiError?.detail && <p className="text-std-16N-170">{apiError.detail}</p>}
      {apiError && apiError.errors.length > 0 && (
        <ul className="ml-6 list-disc text-std-16N-170">
          {apiError.errors.map((fieldError) => (
            <li key={`${fieldError.field}-${fieldError.rule}`}>{fieldError.message}</li>
          ))}
        </ul>
      )}
      {apiError?.retryAfter !== undefined && (
        <p className="text-std-16N-170">{t("error.retryAfter", { seconds: apiError.retryAfter })}</p>
      )}
      {apiError?.requestId && (
        <p className="text-std-16N-170 text-solid-gray-700">{t("error.requestId", { id: apiError.requestId })}</p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry} className="btn-secondary mt-3">
          {t("error.retry")}
        </button>
      )}
    </div>
  );
}
