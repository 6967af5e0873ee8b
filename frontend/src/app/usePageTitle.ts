import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets document.title to "<page> | 区政ハブ" (or "| WardHub" in English). */
export function usePageTitle(pageTitle: string) {
  const { t } = useTranslation();
  const suffix = t("app.titleSuffix");
  useEffect(() => {
    document.title = pageTitle && pageTitle !== suffix ? `${pageTitle} | ${suffix}` : suffix;
  }, [pageTitle, suffix]);
}
