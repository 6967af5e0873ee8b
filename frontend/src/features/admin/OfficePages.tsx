import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useOffice } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useArrivalNotice, useNotice } from "../../components/PageNotice";
import { SaveError } from "../../components/SaveError";
import { useCreateOffice, useUpdateOffice } from "./api";
import { OfficeForm } from "./OfficeForm";
import { emptyOfficeDraft, officeDraftOf } from "./officeDraft";

/** What an office's page is told after the office was registered. */
interface OfficeLocationState {
  created?: boolean;
}

/** A new office: its type, ward, names and address, and what else the public facility list holds. */
export function OfficeNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.offices.newTitle"));
  const navigate = useNavigate();
  const create = useCreateOffice();
  return (
    <>
      <h1 className="page-title">{t("admin.offices.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.offices.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <OfficeForm
        initial={emptyOfficeDraft()}
        submitLabel={t("admin.offices.create")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (office) =>
              void navigate(`/admin/offices/${office.id}`, { state: { created: true } satisfies OfficeLocationState }),
          })
        }
      />
      <BackLink to="/admin/offices">{t("admin.offices.backToList")}</BackLink>
    </>
  );
}

function OfficeEditor({ office, onReload }: { office: Schema<"Office">; onReload: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const created = (useLocation().state as OfficeLocationState | null)?.created;
  const update = useUpdateOffice(office.id);
  const notice = useNotice();
  useArrivalNotice(created ? t("admin.offices.created") : undefined);
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <h1 className="page-title">{t("admin.offices.editTitle", { name: localName(office) })}</h1>
      <p className="mb-6 flex flex-wrap gap-6">
        <Link to={`/offices/${office.id}`} className="link">
          {t("admin.offices.publicPage")}
        </Link>
        <Link to={`/staff/offices/${office.id}/hours`} className="link">
          {t("admin.offices.hours")}
        </Link>
      </p>
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
      <OfficeForm
        key={formKey}
        initial={officeDraftOf(office)}
        submitLabel={t("admin.offices.save")}
        pending={update.isPending}
        error={update.error}
        onSubmit={(input) => {
          notice.dismiss();
          update.mutate({ input, version: office.version }, { onSuccess: () => notice.show(t("admin.offices.saved")) });
        }}
      />
      <BackLink to="/admin/offices">{t("admin.offices.backToList")}</BackLink>
    </>
  );
}

/** An office of the registry, to change any of its fields (If-Match with the version read). */
export function OfficeEditPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useOffice(id, valid)}
      valid={valid}
      title={t("admin.offices.title")}
      notFoundTitle={t("admin.offices.notFound")}
      back={{ to: "/admin/offices", label: t("admin.offices.backToList") }}
    >
      {(office, reload) => <OfficeEditor office={office} onReload={() => void reload()} />}
    </RecordPage>
  );
}
