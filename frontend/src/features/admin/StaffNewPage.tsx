import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useCreateStaffAccount } from "./api";
import type { StaffAccountLocationState } from "./StaffAccountPage";
import { StaffForm } from "./StaffForm";
import { emptyStaffDraft } from "./staffDraft";

/** A new staff account: its username, name, role, affiliation and first password. */
export function StaffNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.staff.newTitle"));
  const navigate = useNavigate();
  const create = useCreateStaffAccount();
  return (
    <>
      <h1 className="page-title">{t("admin.staff.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.staff.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <StaffForm
        initial={emptyStaffDraft()}
        isNew
        active
        submitLabel={t("admin.staff.create")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (account) => {
              const state: StaffAccountLocationState = { message: "created" };
              void navigate(`/admin/staff/${account.id}`, { state });
            },
          })
        }
      />
      <BackLink to="/admin/staff">{t("admin.staff.backToList")}</BackLink>
    </>
  );
}
