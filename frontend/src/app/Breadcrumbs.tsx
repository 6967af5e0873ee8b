import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useMatches } from "react-router";
import { useCurrentPageTitle } from "./usePageTitle";

/** A page above the one shown: its path and the i18n key of its name. */
export interface Crumb {
  to: string;
  label: ParseKeys;
}

/** The route's `handle` for a page below others: `{ path: "voices/:id", handle: below({ to: "/voices", ... }) }`. */
export function below(...trail: Crumb[]): { trail: Crumb[] } {
  return { trail };
}

function trailOf(handle: unknown): Crumb[] | undefined {
  return typeof handle === "object" && handle !== null && "trail" in handle ? (handle.trail as Crumb[]) : undefined;
}

/**
 * パンくずリスト on detail and sub-pages: ホーム, the pages above (from the route's handle) and the page shown, named
 * by its title. Pages at the top of the menu have none.
 */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const title = useCurrentPageTitle();
  const trail = useMatches()
    .map((match) => trailOf(match.handle))
    .filter((found) => found !== undefined)
    .at(-1);
  if (!trail || !title) return null;
  const crumbs: Crumb[] = [{ to: "/", label: "app.home" }, ...trail];
  return (
    <nav aria-label={t("app.breadcrumbs")} className="mb-4">
      <ol className="flex flex-wrap items-center gap-x-2 text-std-16N-170">
        {crumbs.map((crumb) => (
          <li key={crumb.to} className="flex items-center gap-x-2">
            <Link to={crumb.to} className="link">
              {t(crumb.label)}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="[overflow-wrap:anywhere]">
          {title}
        </li>
      </ol>
    </nav>
  );
}
