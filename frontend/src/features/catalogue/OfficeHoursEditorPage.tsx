import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useOffice } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { canEditOfficeHours } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { HoursPreview } from "./HoursPreview";
import { PeriodsEditor } from "./PeriodsEditor";

function HoursEditor({ office }: { office: Schema<"Office"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  return (
    <>
      <h1 className="page-title">{t("hoursEditor.title", { name: localName(office) })}</h1>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("hoursEditor.intro")}</p>
      <p className="mb-4">
        <Link to={`/offices/${office.id}`} className="link">
          {t("hoursEditor.viewOffice", { name: localName(office) })}
        </Link>
      </p>
      <PeriodsEditor
        owner={{ kind: "office", id: office.id }}
        allowed={canEditOfficeHours(session?.user, office.wardCode)}
        notAllowed={t("hoursEditor.notAllowed")}
      />
      <HoursPreview place={{ kind: "office", id: office.id }} />
    </>
  );
}

export function OfficeHoursEditorPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { id } = useParams();
  const officeId = Number(id);
  const valid = Number.isSafeInteger(officeId) && officeId > 0;
  const office = useOffice(officeId, valid);
  const notFound = !valid || (office.error instanceof ApiError && office.error.status === 404);
  usePageTitle(
    notFound
      ? t("office.notFoundTitle")
      : office.data
        ? t("hoursEditor.title", { name: localName(office.data) })
        : t("hoursEditor.listTitle"),
  );

  if (office.isSuccess && !notFound) return <HoursEditor office={office.data} />;
  return (
    <>
      <h1 className="page-title">{notFound ? t("office.notFoundTitle") : t("hoursEditor.listTitle")}</h1>
      {!notFound && office.isPending && <LoadingStatus />}
      {!notFound && office.isError && <ErrorMessage error={office.error} onRetry={() => void office.refetch()} />}
      <p className="mt-6">
        <Link to="/staff/offices" className="link">
          {t("hoursEditor.backToList")}
        </Link>
      </p>
    </>
  );
}
