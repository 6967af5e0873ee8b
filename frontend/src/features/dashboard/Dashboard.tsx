import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { roleLabelKey } from "../../lib/auth/roles";
import { useAffiliation } from "../../lib/auth/useAffiliation";
import { HqDashboard } from "./HqDashboard";
import { WardDashboard } from "./WardDashboard";

function AccountSummary({ user }: { user: Schema<"Me"> }) {
  const { t } = useTranslation();
  const affiliation = useAffiliation(user);
  return (
    <section aria-labelledby="home-account" className="mt-10">
      <h2 id="home-account" className="section-title">
        {t("home.yourAccount")}
      </h2>
      <DetailList
        items={[
          { label: t("profile.role"), value: t(roleLabelKey(user.role)) },
          { label: t(user.ward ? "profile.ward" : "profile.bureau"), value: affiliation },
        ]}
      />
    </section>
  );
}

/** The signed-in user's home: what is waiting for them, by role, then their account. */
export function Dashboard({ user }: { user: Schema<"Me"> }) {
  const { t } = useTranslation();
  usePageTitle(t("dashboard.title"));
  return (
    <>
      <h1 className="page-title">{t("dashboard.title")}</h1>
      <p className="mb-4 text-std-18N-160">{t("home.greeting", { name: user.displayName })}</p>
      {user.role === "WARD" && user.ward && <WardDashboard ward={user.ward} />}
      {user.role === "HQ" && <HqDashboard bureau={user.bureau} />}
      {user.role === "ADMIN" && <HqDashboard />}
      {(user.role === "FLOOR" || user.role === "LIAISON") && (
        <p className="text-std-16N-170">
          {t("dashboard.otherLead")}{" "}
          <Link to="/duties" className="link">
            {t("dashboard.toDuties")}
          </Link>
        </p>
      )}
      <AccountSummary user={user} />
    </>
  );
}
