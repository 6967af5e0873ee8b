import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import type { HomeLocationState } from "../features/auth/navigation";
import { useSession } from "../lib/auth/session";
import { usePageTitle } from "./usePageTitle";

// Residents' first page should not wait for the staff dashboards' code.
const Dashboard = lazy(() => import("../features/dashboard/Dashboard").then((m) => ({ default: m.Dashboard })));

/** What everyone may read without signing in. */
function PublicHome() {
  const { t } = useTranslation();
  usePageTitle(t("app.name"));
  const state = useLocation().state as HomeLocationState | null;
  return (
    <>
      {state?.signedOut && (
        <p role="status" className="notice">
          {t("auth.signedOut")}
        </p>
      )}
      <h1 className="page-title">{t("home.title")}</h1>
      <p className="max-w-3xl text-std-17N-170">{t("home.lead")}</p>
      <p className="mt-4 max-w-3xl text-std-16N-170">{t("home.publicInfo")}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link to="/counter" className="btn-primary">
            {t("home.browseCounter")}
          </Link>
        </li>
        <li>
          <Link to="/wards" className="btn-primary">
            {t("home.browseWards")}
          </Link>
        </li>
        <li>
          <Link to="/offices" className="btn-primary">
            {t("home.browseOffices")}
          </Link>
        </li>
        <li>
          <Link to="/send-voice" className="btn-secondary">
            {t("voiceForm.title")}
          </Link>
        </li>
        <li>
          <Link to="/voice-status" className="btn-secondary">
            {t("voiceLookup.title")}
          </Link>
        </li>
        <li>
          <Link to="/published-voices" className="btn-secondary">
            {t("publicVoices.title")}
          </Link>
        </li>
        <li>
          <Link to="/proposal-results" className="btn-secondary">
            {t("proposalResults.title")}
          </Link>
        </li>
      </ul>
    </>
  );
}

/**
 * Signed-out visitors see the public introduction; signed-in staff their dashboard (floor managers the floor, liaison
 * staff their areas).
 */
export function HomePage() {
  const session = useSession();
  // Floor managers spend the day on the floor: their home is the floor guide.
  if (session?.user.role === "FLOOR") return <Navigate to="/floor" replace />;
  // Liaison staff work from their areas: their home is "my areas".
  if (session?.user.role === "LIAISON") return <Navigate to="/community/my-areas" replace />;
  return session ? <Dashboard user={session.user} /> : <PublicHome />;
}
