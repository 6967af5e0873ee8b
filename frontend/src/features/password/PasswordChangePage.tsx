import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { PasswordChangeForm } from "../../components/PasswordChangeForm";
import { useSession } from "../../lib/auth/session";

/** パスワード変更: where an account that must change its password is kept until it has. */
export function PasswordChangePage() {
  const { t } = useTranslation();
  usePageTitle(t("password.title"));
  const session = useSession();
  const navigate = useNavigate();
  if (!session) return <Navigate to="/login" replace state={{ from: "/password-change", reason: "required" }} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title">{t("password.title")}</h1>
      {session.user.passwordChangeRequired && (
        <p role="status" className="notice">
          {t("password.required")}
        </p>
      )}
      <p className="text-std-16N-170">{t("password.intro")}</p>
      <PasswordChangeForm onChanged={() => void navigate("/", { replace: true })} />
    </div>
  );
}
