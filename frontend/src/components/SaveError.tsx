import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { ErrorMessage } from "./ErrorMessage";

interface SaveErrorProps {
  error: unknown;
  /** Reads the record again and discards the unsaved changes. */
  onReload: () => void;
  /** The API fields the form shows its errors beside ({@link ErrorMessage}'s fieldsShown). */
  fieldsShown?: readonly string[];
}

/**
 * A failed save. When someone else saved first (412), says so plainly and offers to reload; any other problem
 * (403 not allowed, 400 invalid input, …) is shown as the API explained it.
 */
export function SaveError({ error, onReload, fieldsShown }: SaveErrorProps) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 412) {
    return (
      <div role="alert" className="my-4 rounded-8 border-2 border-error-2 bg-red-50 p-4 text-solid-gray-800">
        <p className="text-std-17B-170 text-error-2">{t("conflict.message")}</p>
        <p className="text-std-16N-170">{t("conflict.hint")}</p>
        <button type="button" onClick={onReload} className="btn-secondary mt-3">
          {t("conflict.reload")}
        </button>
      </div>
    );
  }
  return <ErrorMessage error={error} fieldsShown={fieldsShown} />;
}
