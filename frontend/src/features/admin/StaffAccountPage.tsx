import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { roleLabelKey } from "../../lib/auth/roles";
import { useSession } from "../../lib/auth/session";
import { useResetStaffPassword, useStaffAccount, useUnlockStaffAccount, useUpdateStaffAccount } from "./api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ShownOnce } from "./ShownOnce";
import { StaffForm } from "./StaffForm";
import { StateBadges, useAffiliationText } from "./StaffAccountsPage";
import { staffDraftOf, withActive } from "./staffDraft";
import { useDoneNotice } from "../../components/PageNotice";

type Done = "created" | "saved" | "unlocked" | "deactivated" | "reactivated";

export interface StaffAccountLocationState {
  message?: Done;
}

type Asking = "deactivate" | "reset" | undefined;

function Actions({ account, onDone }: { account: Schema<"StaffAccount">; onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const update = useUpdateStaffAccount(account.id);
  const unlock = useUnlockStaffAccount(account.id);
  const reset = useResetStaffPassword(account.id);
  const [asking, setAsking] = useState<Asking>();
  const [temporary, setTemporary] = useState<string>();
  const self = session?.user.username === account.username;
  const failure = update.error ?? unlock.error ?? reset.error;

  function setActive(active: boolean) {
    setAsking(undefined);
    update.mutate(
      { input: withActive(account, active), version: account.version },
      { onSuccess: () => onDone(active ? "reactivated" : "deactivated") },
    );
  }

  return (
    <section aria-labelledby="staff-actions" className="mt-10">
      <h2 id="staff-actions" className="section-title">
        {t("admin.staff.actions")}
      </h2>
      {temporary && (
        <ShownOnce
          id="staff-temporary-password"
          title={t("admin.staff.temporaryTitle")}
          intro={t("admin.staff.temporaryIntro", { username: account.username })}
          label={t("admin.staff.temporaryPassword")}
          value={temporary}
          onDone={() => setTemporary(undefined)}
        />
      )}
      {failure && (
        <SaveError
          error={failure}
          onReload={() => {
            update.reset();
            reset.reset();
            unlock.reset();
          }}
        />
      )}
      <ul className="flex flex-col gap-6">
        {account.locked && (
          <li>
            <button
              type="button"
              className="btn-secondary"
              aria-disabled={unlock.isPending}
              onClick={() => unlock.mutate(undefined, { onSuccess: () => onDone("unlocked") })}
            >
              {t("admin.staff.unlock")}
            </button>
            <p className="field-hint mt-1">{t("admin.staff.unlockHint")}</p>
          </li>
        )}
        <li>
          <button
            type="button"
            className="btn-danger-secondary"
            aria-disabled={reset.isPending}
            onClick={() => setAsking("reset")}
          >
            {t("admin.staff.resetPassword")}
          </button>
          <p className="field-hint mt-1">{t("admin.staff.resetPasswordHint")}</p>
        </li>
        <li>
          {account.active ? (
            <>
              <button
                type="button"
                className="btn-danger-secondary"
                aria-disabled={update.isPending || self}
                aria-describedby={self ? "staff-self-hint" : undefined}
                onClick={() => {
                  if (!self) setAsking("deactivate");
                }}
              >
                {t("admin.staff.deactivate")}
              </button>
              <p id="staff-self-hint" className="field-hint mt-1">
                {self ? t("admin.staff.notYourself") : t("admin.staff.deactivateHint")}
              </p>
            </>
          ) : (
            <button
              type="button"
              className="btn-secondary"
              aria-disabled={update.isPending}
              onClick={() => setActive(true)}
            >
              {t("admin.staff.reactivate")}
            </button>
          )}
        </li>
      </ul>
      <ConfirmDialog
        destructive
        isOpen={asking === "deactivate"}
        title={t("admin.staff.confirmDeactivateTitle", { username: account.username })}
        body={t("admin.staff.confirmDeactivateBody")}
        confirmLabel={t("admin.staff.deactivate")}
        onConfirm={() => setActive(false)}
        onCancel={() => setAsking(undefined)}
      />
      <ConfirmDialog
        destructive
        isOpen={asking === "reset"}
        title={t("admin.staff.confirmResetTitle", { username: account.username })}
        body={t("admin.staff.confirmResetBody")}
        confirmLabel={t("admin.staff.resetPassword")}
        onConfirm={() => {
          setAsking(undefined);
          reset.mutate(account.version, { onSuccess: (answer) => setTemporary(answer.temporaryPassword) });
        }}
        onCancel={() => setAsking(undefined)}
      />
    </section>
  );
}

/** One account: what it is, its name, role and affiliation to change, and the steps an administrator takes on it. */
export function StaffAccountPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const account = useStaffAccount(id, valid);
  const state = useLocation().state as StaffAccountLocationState | null;
  const setDone = useDoneNotice<Done>(state?.message, (done) => t(`admin.staff.done.${done}`));
  const [editing, setEditing] = useState(0);
  const update = useUpdateStaffAccount(id);
  const affiliation = useAffiliationText();
  usePageTitle(account.data ? t("admin.staff.pageTitle", { username: account.data.username }) : t("admin.staff.title"));

  if (!valid) return <ErrorMessage error={new Error("bad id")} />;
  if (account.isPending) return <LoadingStatus />;
  if (account.isError) return <ErrorMessage error={account.error} onRetry={() => void account.refetch()} />;
  const current = account.data;

  return (
    <>
      <h1 className="page-title">{t("admin.staff.pageTitle", { username: current.username })}</h1>
      <DetailList
        items={[
          { label: t("admin.staff.username"), value: <span lang="en">{current.username}</span> },
          { label: t("admin.staff.displayName"), value: current.displayName },
          { label: t("admin.staff.role"), value: t(roleLabelKey(current.role)) },
          { label: t("admin.staff.affiliation"), value: affiliation(current) },
          { label: t("admin.staff.state"), value: <StateBadges account={current} /> },
        ]}
      />
      <section aria-labelledby="staff-edit" className="mt-10">
        <h2 id="staff-edit" className="section-title">
          {t("admin.staff.edit")}
        </h2>
        {update.isError && (
          <SaveError
            error={update.error}
            onReload={() => {
              update.reset();
              setEditing((n) => n + 1);
              void account.refetch();
            }}
          />
        )}
        <StaffForm
          key={`${current.version}-${editing}`}
          initial={staffDraftOf(current)}
          isNew={false}
          active={current.active}
          submitLabel={t("admin.staff.save")}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) =>
            update.mutate({ input, version: current.version }, { onSuccess: () => setDone("saved") })
          }
        />
      </section>
      <Actions key={current.id} account={current} onDone={setDone} />
      <p className="mt-8 flex flex-wrap gap-6">
        <Link to={`/admin/audit?entity=staff&id=${current.id}`} className="link">
          {t("admin.staff.history")}
        </Link>
        <Link to="/admin/staff" className="link">
          {t("admin.staff.backToList")}
        </Link>
      </p>
    </>
  );
}
