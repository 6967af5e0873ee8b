import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { ErrorMessage } from "../components/ErrorMessage";
import { usePageTitle } from "./usePageTitle";

/** Shown in place of the page when rendering it failed unexpectedly. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t("error.heading"));
  const error = useRouteError();
  return (
    <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="page-title">{t("error.heading")}</h1>
      <ErrorMessage error={error} />
      <p className="mt-6">
        <a href="/" className="link">
          {t("common.backToHome")}
        </a>
      </p>
    </main>
  );
}
