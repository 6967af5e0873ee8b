import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useArrivalNotice, useNotice } from "../../components/PageNotice";
import { SaveError } from "../../components/SaveError";
import { useBureau, useCreateBureau, useUpdateBureau } from "./api";
import { BureauForm } from "./BureauForm";
import { bureauDraftOf, emptyBureauDraft } from "./bureauDraft";

interface BureauLocationState {
  created?: boolean;
}

/** 局と課: the HQ bureaus in their order, each with its sections; each opened to edit. */
export function BureausPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.bureaus.title"));
  const localName = useLocalName();
  const bureaus = useBureaus();
  return (
    <>
      <h1 className="page-title">{t("admin.bureaus.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.bureaus.lead")}</p>
      <p className="mb-6">
        <Link to="/admin/bureaus/new" className="btn-primary">
          {t("admin.bureaus.newLink")}
        </Link>
      </p>
      {bureaus.isPending && <LoadingStatus />}
      {bureaus.isError && <ErrorMessage error={bureaus.error} onRetry={() => void bureaus.refetch()} />}
      {bureaus.isSuccess && (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("admin.bureaus.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.bureaus.nameJa")}</th>
                <th scope="col">{t("admin.bureaus.code")}</th>
                <th scope="col">{t("admin.bureaus.sections")}</th>
              </tr>
            </thead>
            <tbody>
              {bureaus.data.map((bureau) => (
                <tr key={bureau.code}>
                  <th scope="row">
                    <Link to={`/admin/bureaus/${encodeURIComponent(bureau.code)}`} className="link">
                      {localName(bureau)}
                    </Link>
                  </th>
                  <td lang="en">{bureau.code}</td>
                  <td>{bureau.sections.map((section) => localName(section)).join("・")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function BureauNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.bureaus.newTitle"));
  const navigate = useNavigate();
  const create = useCreateBureau();
  return (
    <>
      <h1 className="page-title">{t("admin.bureaus.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.bureaus.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <BureauForm
        initial={emptyBureauDraft()}
        isNew
        submitLabel={t("admin.bureaus.create")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (bureau) =>
              void navigate(`/admin/bureaus/${encodeURIComponent(bureau.code)}`, {
                state: { created: true } satisfies BureauLocationState,
              }),
          })
        }
      />
      <BackLink to="/admin/bureaus">{t("admin.bureaus.backToList")}</BackLink>
    </>
  );
}

function BureauEditor({ bureau, onReload }: { bureau: Schema<"Bureau">; onReload: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const created = (useLocation().state as BureauLocationState | null)?.created;
  const update = useUpdateBureau(bureau.code);
  const notice = useNotice();
  useArrivalNotice(created ? t("admin.bureaus.created") : undefined);
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <h1 className="page-title">{t("admin.bureaus.editTitle", { name: localName(bureau) })}</h1>
      {update.isError && (
        <SaveError
          error={update.error}
          onReload={() => {
            update.reset();
            onReload();
            setFormKey((key) => key + 1);
          }}
        />
      )}
      <BureauForm
        key={formKey}
        initial={bureauDraftOf(bureau)}
        isNew={false}
        submitLabel={t("admin.bureaus.save")}
        pending={update.isPending}
        error={update.error}
        onSubmit={(input) => {
          notice.dismiss();
          update.mutate(
            { input, version: bureau.version },
            {
              onSuccess: () => {
                notice.show(t("admin.bureaus.saved"));
                setFormKey((key) => key + 1);
              },
            },
          );
        }}
      />
      <BackLink to="/admin/bureaus">{t("admin.bureaus.backToList")}</BackLink>
    </>
  );
}

export function BureauEditPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  return (
    <RecordPage
      query={useBureau(code, code !== "")}
      valid={code !== ""}
      title={t("admin.bureaus.title")}
      notFoundTitle={t("admin.bureaus.notFound")}
      back={{ to: "/admin/bureaus", label: t("admin.bureaus.backToList") }}
    >
      {(bureau, reload) => <BureauEditor bureau={bureau} onReload={() => void reload()} />}
    </RecordPage>
  );
}
