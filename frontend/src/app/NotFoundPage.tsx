import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "./usePageTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <h1 className="page-title">{t("notFound.title")}</h1>
      <p className="text-std-16N-170">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link to="/" className="link">
          {t("common.backToHome")}
        </Link>
      </p>
    </>
  );
}
