import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import type { Schema } from "../../api/schemas";
import { DetailList } from "../../components/DetailList";
import { SaveError } from "../../components/SaveError";
import { canEditDuty } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useSectionNames } from "../../lib/useSectionNames";
import { useDuty, useUpdateDuty } from "./api";
import { dutyDraftOf, dutyReasonLabelKey, dutySideLabelKey } from "./dutyDraft";
import { DutyForm } from "./DutyForm";
import { DutyHistory } from "./DutyHistory";
import { useDoneNotice } from "../../components/PageNotice";

type Done = "created" | "updated";

/** What the duty's page is told after the duty was created. */
export interface DutyDetailLocationState {
  message?: Done;
}

function DutyView({ duty, onReload }: { duty: Schema<"Duty">; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const session = useSession();
  const sectionName = useSectionNames();
  const state = useLocation().state as DutyDetailLocationState | null;
  const update = useUpdateDuty(duty.id);
  const setDone = useDoneNotice<Done>(state?.message, (done) => t(`duty.done_${done}`));
  const [editing, setEditing] = useState(false);
  const mayEdit = canEditDuty(session?.user, duty.contactSectionCode);

  async function reload() {
    update.reset();
    await onReload();
    setEditing(false);
  }

  return (
    <>
      <h1 className="page-title">{duty.titleJa}</h1>
      <p lang="en" className="mb-4 text-std-16N-170 text-solid-gray-700">
        {duty.titleEn}
      </p>
      {update.isError && <SaveError error={update.error} onReload={() => void reload()} />}
      <DetailList
        items={[
          { label: t("duty.side"), value: <span className="status-badge">{t(dutySideLabelKey(duty.side))}</span> },
          {
            label: t("duty.reasons"),
            value: duty.reasons.map((reason) => t(dutyReasonLabelKey(reason))).join(t("duty.listSeparator")),
          },
          { label: t("duty.description"), value: <span className="whitespace-pre-line">{duty.description}</span> },
          { label: t("duty.hqRole"), value: duty.hqRole && <span className="whitespace-pre-line">{duty.hqRole}</span> },
          {
            label: t("duty.wardRole"),
            value: duty.wardRole && <span className="whitespace-pre-line">{duty.wardRole}</span>,
          },
        ]}
      />
      <section aria-labelledby="duty-contact-title" className="mt-8">
        <h2 id="duty-contact-title" className="section-title">
          {t("duty.contactTitle")}
        </h2>
        <p className="text-std-16N-170">{sectionName(duty.contactSectionCode)}</p>
        <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t("duty.contactHint")}</p>
        {mayEdit && !editing && (
          <p className="mt-4">
            <button
              type="button"
              className="btn-secondary"
              aria-expanded={editing}
              aria-controls="duty-edit"
              onClick={() => {
                setDone(undefined);
                setEditing(true);
              }}
            >
              {t("duty.edit")}
            </button>
          </p>
        )}
      </section>
      {editing && (
        <section id="duty-edit" aria-labelledby="duty-edit-title" className="mt-8">
          <h2 id="duty-edit-title" className="section-title">
            {t("duty.editTitle")}
          </h2>
          <DutyForm
            initial={dutyDraftOf(duty)}
            submitLabel={t("duty.save")}
            pending={update.isPending}
            error={update.error}
            onCancel={() => setEditing(false)}
            onSubmit={(input) =>
              update.mutate(
                { input, version: duty.version },
                {
                  onSuccess: () => {
                    setEditing(false);
                    setDone("updated");
                  },
                },
              )
            }
          />
        </section>
      )}
      <section aria-labelledby="duty-history-title" className="mt-8">
        <h2 id="duty-history-title" className="section-title">
          {t("duty.historyTitle")}
        </h2>
        <DutyHistory dutyId={duty.id} />
      </section>
      <BackLink to="/duties">{t("duty.backToList")}</BackLink>
    </>
  );
}

export function DutyDetailPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useDuty(id, valid)}
      valid={valid}
      title={t("duty.title")}
      titleOf={(duty) => duty.titleJa}
      notFoundTitle={t("duty.notFound")}
      back={{ to: "/duties", label: t("duty.backToList") }}
    >
      {(duty, reload) => <DutyView duty={duty} onReload={reload} />}
    </RecordPage>
  );
}
