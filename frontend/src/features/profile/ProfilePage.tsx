import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { PasswordChangeForm } from "../../components/PasswordChangeForm";
import { roleLabelKey } from "../../lib/auth/roles";
import { useMe } from "./api";

function ProfileDetails({ me }: { me: Schema<"Me"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const notSet = t("common.notSet");
  return (
    <DetailList
      items={[
        { label: t("profile.username"), value: me.username },
        { label: t("profile.displayName"), value: me.displayName },
        { label: t("profile.role"), value: t(roleLabelKey(me.role)) },
        { label: t("profile.ward"), value: me.ward ? localName(me.ward) : notSet },
        { label: t("profile.bureau"), value: me.bureau ? localName(me.bureau) : notSet },
        { label: t("profile.section"), value: me.section ? localName(me.section) : notSet },
      ]}
    />
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t("profile.title"));
  const me = useMe();
  return (
    <>
      <h1 className="page-title">{t("profile.title")}</h1>
      {me.isPending && <LoadingStatus />}
      {me.isError && <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />}
      {me.isSuccess && <ProfileDetails me={me.data} />}
      {me.isSuccess && me.data.role !== "PARTNER" && (
        <section aria-labelledby="password-heading" className="mt-10">
          <h2 id="password-heading" className="section-title">
            {t("password.profileHeading")}
          </h2>
          <PasswordChangeForm />
        </section>
      )}
    </>
  );
}
