import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

/** The title of the page shown, for the breadcrumbs (which sit outside the page). */
let current = "";
const listeners = new Set<() => void>();

function publish(title: string) {
  current = title;
  for (const listener of listeners) listener();
}

/** Sets document.title to "<page> | 区政ハブ" (or "| WardHub" in English) and names the page in the breadcrumbs. */
export function usePageTitle(pageTitle: string) {
  const { t } = useTranslation();
  const suffix = t("app.titleSuffix");
  useEffect(() => {
    document.title = pageTitle && pageTitle !== suffix ? `${pageTitle} | ${suffix}` : suffix;
    publish(pageTitle);
    return () => publish("");
  }, [pageTitle, suffix]);
}

/** The title the page shown gave itself with {@link usePageTitle}; "" before it has. */
export function useCurrentPageTitle(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
