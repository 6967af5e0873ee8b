import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Me } from "../api/types";
import { DetailList } from "../components/DetailList";
import type { HomeLocationState } from "../features/auth/navigation";
import { roleLabelKey } from "../features/auth/roles";
import { useSession } from "../features/auth/session";
import { useAffiliation } from "../features/auth/useAffiliation";
import { usePageTitle } from "./usePageTitle";

function Greeting({ user }: { user: Me }) {
  const { t } = useTranslation();
  const affiliation = useAffiliation(user);
  return (
    <section aria-labelledby="home-account" className="mt-8">
      <h2 id="home-account" className="section-title">
        {t("home.yourAccount")}
      </h2>
      <p className="mb-4 text-std-18N-160">{t("home.greeting", { name: user.displayName })}</p>
      <DetailList
        items={[
          { label: t("profile.role"), value: t(roleLabelKey(user.role)) },
          { label: t(user.ward ? "profile.ward" : "profile.bureau"), value: affiliation },
        ]}
      />
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t("app.name"));
  const session = useSession();
  const state = useLocation().state as HomeLocationState | null;
  return (
    <>
      {state?.signedOut && !session && (
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
      </ul>
      {session && <Greeting user={session.user} />}
    </>
  );
}
