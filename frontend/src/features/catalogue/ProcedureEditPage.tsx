import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { useProcedure } from "../../api/counter";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { useArrivalNotice, useNotice } from "../../components/PageNotice";
import { SaveError } from "../../components/SaveError";
import { canEditProcedure } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useSectionNames } from "../../lib/useSectionNames";
import { useUpdateProcedure } from "./api";
import { AvailabilityEditor } from "./AvailabilityEditor";
import { draftOf } from "./procedureDraft";
import { ProcedureForm } from "./ProcedureForm";

/** What the editor is told after a procedure was created. */
export interface ProcedureEditLocationState {
  created?: boolean;
}

interface ProcedureEditorProps {
  procedure: Schema<"Procedure">;
  /** Reads the procedure again; resolves to what was read. */
  onReload: () => Promise<{ data?: Schema<"Procedure"> }>;
}

function ProcedureEditor({ procedure, onReload }: ProcedureEditorProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  const sectionName = useSectionNames();
  const state = useLocation().state as ProcedureEditLocationState | null;
  const notice = useNotice();
  useArrivalNotice(state?.created ? t("procedureEditor.created") : undefined);
  const update = useUpdateProcedure(procedure.code);
  const [formKey, setFormKey] = useState(0);
  // What the form starts from: the procedure as first read, or as read again after a conflict.
  const [formSource, setFormSource] = useState(procedure);
  const allowed = canEditProcedure(session?.user, procedure.ownerSectionCode);

  async function reload() {
    update.reset();
    const { data } = await onReload();
    if (data) setFormSource(data);
    setFormKey((key) => key + 1);
  }

  return (
    <>
      <h1 className="page-title">{t("procedureEditor.editTitle", { name: localName(procedure) })}</h1>
      <p className="mb-4 text-std-16N-170">
        {t("procedureEditor.codeIs", { code: procedure.code })}
        <Link to={`/counter?procedure=${encodeURIComponent(procedure.code)}`} className="link ml-4">
          {t("procedureEditor.viewPublic")}
        </Link>
      </p>
      {!allowed && (
        <p className="notice">{t("procedureEditor.notOwner", { section: sectionName(procedure.ownerSectionCode) })}</p>
      )}
      <section aria-labelledby="procedure-fields" className="mt-6">
        <h2 id="procedure-fields" className="section-title">
          {t("procedureEditor.fields")}
        </h2>
        {update.isError && <SaveError error={update.error} onReload={() => void reload()} />}
        <ProcedureForm
          key={formKey}
          initial={draftOf(formSource)}
          mode="edit"
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => {
            notice.dismiss();
            update.mutate(
              { input, version: procedure.version },
              { onSuccess: () => notice.show(t("procedureEditor.saved")) },
            );
          }}
        />
      </section>
      <AvailabilityEditor procedure={procedure} onReloadProcedure={onReload} />
      <BackLink to="/staff/procedures">{t("procedureEditor.backToList")}</BackLink>
    </>
  );
}

export function ProcedureEditPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { code = "" } = useParams();
  return (
    <RecordPage
      query={useProcedure(code)}
      title={t("procedureEditor.listTitle")}
      titleOf={(procedure) => t("procedureEditor.editTitle", { name: localName(procedure) })}
      notFoundTitle={t("procedureEditor.notFound")}
      back={{ to: "/staff/procedures", label: t("procedureEditor.backToList") }}
    >
      {(procedure, reload) => <ProcedureEditor procedure={procedure} onReload={reload} />}
    </RecordPage>
  );
}
