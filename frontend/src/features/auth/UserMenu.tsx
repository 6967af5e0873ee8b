import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { roleLabelKey } from "../../lib/auth/roles";
import { useSession } from "../../lib/auth/session";
import { useAffiliation } from "../../lib/auth/useAffiliation";
import type { Schema } from "../../api/schemas";
import type { LoginLocationState } from "./navigation";
import { useSignOut } from "./useSignOut";

function SignedInUser({ user }: { user: Schema<"Me"> }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const affiliation = useAffiliation(user);
  return (
    <section aria-label={t("auth.userArea")} className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <div className="text-dns-16N-130">
        <p className="text-dns-16B-130">
          {t("auth.userSummary", { name: user.displayName, role: t(roleLabelKey(user.role)) })}
        </p>
        {affiliation && <p data-testid="user-affiliation">{t("auth.affiliation", { name: affiliation })}</p>}
      </div>
      <Link to="/me" className="link text-dns-16N-130">
        {t("nav.profile")}
      </Link>
      <button type="button" onClick={() => void signOut()} className="btn-secondary">
        {t("auth.signOut")}
      </button>
    </section>
  );
}

/** The header's sign-in link, or the signed-in user with their affiliation and a sign-out button. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session) return <SignedInUser user={session.user} />;
  const state: LoginLocationState = { from: location.pathname + location.search };
  return (
    <Link to="/login" state={state} className="btn-secondary">
      {t("auth.signIn")}
    </Link>
  );
}
