import { useTranslation } from "react-i18next";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { Link } from "react-router";
import { useOffice } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
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
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useOffice(id, valid)}
      valid={valid}
      title={t("hoursEditor.listTitle")}
      titleOf={(office) => t("hoursEditor.title", { name: localName(office) })}
      notFoundTitle={t("office.notFoundTitle")}
      back={{ to: "/staff/offices", label: t("hoursEditor.backToList") }}
    >
      {(office) => <HoursEditor office={office} />}
    </RecordPage>
  );
}
