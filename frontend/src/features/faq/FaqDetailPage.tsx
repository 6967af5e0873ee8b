import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import type { Schema } from "../../api/schemas";
import { DetailList } from "../../components/DetailList";
import { SaveError } from "../../components/SaveError";
import { useProcedureNames } from "../../lib/useProcedureNames";
import { useSectionNames } from "../../lib/useSectionNames";
import { type FaqTransition, useEditFaq, useFaq, useFaqTransition } from "./api";
import { faqAudienceLabelKey, faqDraftOf, faqStateLabelKey } from "./faqDraft";
import { FaqForm } from "./FaqForm";
import { FaqText } from "./FaqText";
import { PersonName } from "../../components/PersonName";
import { StatusBadge } from "../../components/StatusBadge";
import { useDoneNotice } from "../../components/PageNotice";

type Done = "drafted" | "revised" | "submitted" | "approved" | "rejected";

/** What the entry's page is told after the entry was created. */
export interface FaqDetailLocationState {
  message?: Done;
}

const TRANSITIONS: Partial<Record<Schema<"Action">, { transition: FaqTransition; done: Done }>> = {
  SUBMIT: { transition: "submit", done: "submitted" },
  APPROVE: { transition: "approve", done: "approved" },
  REJECT: { transition: "reject", done: "rejected" },
};

function RevisionView({ title, revision }: { title: string; revision: Schema<"FaqRevision"> }) {
  const { t } = useTranslation();
  const headingId = `revision-${revision.revision}-${title}`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-8 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="text-std-18B-160 text-solid-gray-900">
        {title}
        <span className="ml-2 text-std-16N-170">{t("faqEditor.revisionNumber", { number: revision.revision })}</span>
      </h3>
      <DetailList
        items={[
          { label: t("faqEditor.questionJa"), value: <FaqText ja={revision.questionJa} /> },
          { label: t("faqEditor.answerJa"), value: <FaqText ja={revision.answerJa} block /> },
          {
            label: t("faqEditor.questionEn"),
            value: revision.questionEn && <span lang="en">{revision.questionEn}</span>,
          },
          {
            label: t("faqEditor.answerEn"),
            value: revision.answerEn && (
              <span lang="en" className="whitespace-pre-line">
                {revision.answerEn}
              </span>
            ),
          },
          { label: t("faqEditor.author"), value: <PersonName username={revision.author} /> },
          { label: t("faqEditor.approvedBy"), value: <PersonName username={revision.approvedBy} /> },
        ]}
      />
    </section>
  );
}

function FaqEditor({ faq, onReload }: { faq: Schema<"Faq">; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const procedureName = useProcedureNames();
  const sectionName = useSectionNames();
  const state = useLocation().state as FaqDetailLocationState | null;
  const edit = useEditFaq(faq.id);
  const transition = useFaqTransition(faq.id);
  const setDone = useDoneNotice<Done>(state?.message, (done) => t(`faqEditor.done_${done}`));
  const [editing, setEditing] = useState(false);
  // The API lists what the caller may do now: approving and sending back only for the owning section.
  const actions = faq.actions;
  const failure = edit.error ?? transition.error;
  const title = faq.latest?.questionJa ?? faq.published?.questionJa ?? "";

  async function reload() {
    edit.reset();
    transition.reset();
    setDone(undefined);
    await onReload();
    setEditing(false);
  }

  function run(action: Schema<"Action">) {
    const step = TRANSITIONS[action];
    if (!step || transition.isPending) return;
    setDone(undefined);
    edit.reset();
    transition.mutate({ transition: step.transition, version: faq.version }, { onSuccess: () => setDone(step.done) });
  }

  return (
    <>
      <h1 className="page-title">{t("faqEditor.detailTitle", { id: faq.id })}</h1>
      <p className="mb-4 text-std-18N-160">
        <FaqText ja={title} en={faq.latest?.questionEn ?? faq.published?.questionEn} />
      </p>
      {failure && <SaveError error={failure} onReload={() => void reload()} />}
      <DetailList
        items={[
          {
            label: t("faqEditor.state"),
            value: faq.state && (
              <StatusBadge family="faq" status={faq.state}>
                {t(faqStateLabelKey(faq.state))}
              </StatusBadge>
            ),
          },
          { label: t("faqEditor.audience"), value: t(faqAudienceLabelKey(faq.audience)) },
          { label: t("faq.procedure"), value: faq.procedureCode && procedureName(faq.procedureCode) },
          { label: t("faqEditor.ownerSection"), value: sectionName(faq.ownerSectionCode) },
        ]}
      />
      <section aria-labelledby="faq-actions" className="mt-8">
        <h2 id="faq-actions" className="section-title">
          {t("faqEditor.actionsTitle")}
        </h2>
        {actions.length === 0 ? (
          <p className="text-std-16N-170">{t("faqEditor.noActions")}</p>
        ) : (
          <div className="flex flex-wrap gap-4">
            {actions.map((action) =>
              action === "EDIT" ? (
                <button
                  key={action}
                  type="button"
                  className="btn-secondary"
                  aria-expanded={editing}
                  aria-controls="faq-revision-form"
                  onClick={() => setEditing((open) => !open)}
                >
                  {t("faqEditor.action_EDIT")}
                </button>
              ) : (
                <button
                  key={action}
                  type="button"
                  className="btn-primary"
                  aria-disabled={transition.isPending}
                  onClick={() => run(action)}
                >
                  {t(`faqEditor.action_${action}`)}
                </button>
              ),
            )}
          </div>
        )}
        {faq.state === "IN_REVIEW" && !actions.includes("APPROVE") && (
          <p className="mt-4 text-std-16N-170">{t("faqEditor.ownerOnly")}</p>
        )}
      </section>
      {editing && (
        <section id="faq-revision-form" aria-labelledby="faq-revise" className="mt-8">
          <h2 id="faq-revise" className="section-title">
            {t("faqEditor.reviseTitle")}
          </h2>
          <p className="mb-4 text-std-16N-170">{t("faqEditor.reviseIntro")}</p>
          <FaqForm
            initial={faqDraftOf(faq)}
            mode="revise"
            pending={edit.isPending}
            error={edit.error}
            onCancel={() => setEditing(false)}
            onSubmit={(input) => {
              setDone(undefined);
              transition.reset();
              edit.mutate(
                { input, version: faq.version },
                {
                  onSuccess: () => {
                    setEditing(false);
                    setDone("revised");
                  },
                },
              );
            }}
          />
        </section>
      )}
      <section aria-labelledby="faq-revisions" className="mt-8">
        <h2 id="faq-revisions" className="section-title">
          {t("faqEditor.revisionsTitle")}
        </h2>
        {faq.latest && (
          <RevisionView
            title={faq.published?.revision === faq.latest.revision ? t("faqEditor.published") : t("faqEditor.latest")}
            revision={faq.latest}
          />
        )}
        {faq.published && faq.published.revision !== faq.latest?.revision && (
          <RevisionView title={t("faqEditor.published")} revision={faq.published} />
        )}
      </section>
      <BackLink to={`/staff/faq?state=${faq.state ?? "DRAFT"}`}>{t("faqEditor.backToList")}</BackLink>
    </>
  );
}

export function FaqDetailPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useFaq(id, valid)}
      valid={valid}
      title={t("faqEditor.listTitle")}
      titleOf={() => t("faqEditor.detailTitle", { id })}
      notFoundTitle={t("faqEditor.notFound")}
      back={{ to: "/staff/faq", label: t("faqEditor.backToList") }}
    >
      {(faq, reload) => <FaqEditor faq={faq} onReload={reload} />}
    </RecordPage>
  );
}
