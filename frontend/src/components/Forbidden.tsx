import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../app/usePageTitle";

/** Shown in place of a page the signed-in user's role may not use. */
export function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t("forbidden.title"));
  return (
    <>
      <h1 className="page-title">{t("forbidden.title")}</h1>
      <p className="text-std-16N-170">{t("forbidden.body")}</p>
      <p className="mt-6">
        <Link to="/" className="link">
          {t("common.backToHome")}
        </Link>
      </p>
    </>
  );
}
