import { useRef, useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { SaveError } from "../../components/SaveError";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { type VoiceStep, useVoice, useVoiceStep } from "./api";
import { DueDate } from "./DueDate";
import { PersonalDataPanel } from "./PersonalDataPanel";
import { useAssigneeNames } from "./useAssigneeNames";
import { useCategoryNames } from "../../lib/voiceCategories";
import { AnswerForm, AssignForm, CloseForm, PublishForm, TriageForm } from "./VoiceActionForms";
import { VoiceHistoryTable } from "./VoiceHistoryTable";
import { VoiceNav } from "./VoiceNav";
import { VoicePhotos } from "./VoicePhotos";
import type { Schema } from "../../api/schemas";
import { PersonName } from "../../components/PersonName";
import { StatusBadge } from "../../components/StatusBadge";
import { useNotice } from "../../components/PageNotice";

/**
 * A failed step. Someone else moving the voice first shows as 412 (stale version) or 409 (the state no longer
 * allows it): both are said plainly with a way to read the voice again; anything else as the API explained it.
 */
function StepError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 409) {
    return (
      <div>
        <ErrorMessage error={error} />
        <p className="mb-4 text-std-16N-170">{t("voice.stateConflictHint")}</p>
        <button type="button" onClick={onReload} className="btn-secondary">
          {t("conflict.reload")}
        </button>
      </div>
    );
  }
  return <SaveError error={error} onReload={onReload} />;
}

function VoiceView({ voice, onReload }: { voice: Schema<"Voice">; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const wardName = useWardNames();
  const categoryName = useCategoryNames();
  const assigneeName = useAssigneeNames();
  const step = useVoiceStep(voice.id);
  const [tried, setTried] = useState<Schema<"Voice">["actions"][number]>();
  const notice = useNotice();
  const heading = useRef<HTMLHeadingElement>(null);
  const unit = voice.assignedWardCode
    ? `ward:${voice.assignedWardCode}`
    : voice.assignedSectionCode
      ? `section:${voice.assignedSectionCode}`
      : undefined;

  function run(next: VoiceStep) {
    setTried(next.action);
    notice.dismiss();
    step.mutate(
      { step: next, version: voice.version },
      {
        onSuccess: () => {
          notice.show(t(`voiceActionDone.${next.action}`));
          // The form just used is gone once the voice moves on: keep the keyboard on the voice, from its top.
          requestAnimationFrame(() => heading.current?.focus());
        },
      },
    );
  }

  async function reload() {
    step.reset();
    setTried(undefined);
    await onReload();
  }

  const formProps = (action: Schema<"Voice">["actions"][number]) => ({
    voice,
    pending: step.isPending,
    error: tried === action ? step.error : undefined,
    onSubmit: run,
  });
  // Each form starts from the voice as read: a new version gives fresh forms.
  const formKey = (action: Schema<"Voice">["actions"][number]) => `${action}-${voice.version}`;

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-title focus:outline-none">
        {t("voice.detailTitle", { reference: voice.reference })}
      </h1>
      <VoiceNav />
      <DetailList
        items={[
          { label: t("voice.reference"), value: voice.reference },
          {
            label: t("voice.status"),
            value: (
              <StatusBadge family="voice" status={voice.status}>
                {t(`voiceStatus.${voice.status}`)}
              </StatusBadge>
            ),
          },
          { label: t("voice.type"), value: t(`voiceType.${voice.type}`) },
          { label: t("voice.channel"), value: t(`voiceChannel.${voice.channel}`) },
          { label: t("voice.categories"), value: voice.categories.map(categoryName).join(t("voice.listSeparator")) },
          { label: t("voice.ward"), value: voice.wardCode ? wardName(voice.wardCode) : t("voice.noWard") },
          { label: t("voice.schoolDistrict"), value: voice.schoolDistrict },
          { label: t("voice.location"), value: voice.location },
          {
            label: t("voice.receivedOn"),
            value: <time dateTime={voice.receivedOn}>{formats.date(voice.receivedOn)}</time>,
          },
          { label: t("voice.dueOn"), value: <DueDate dueOn={voice.dueOn} overdue={voice.overdue} /> },
          { label: t("voice.assignee"), value: unit ? assigneeName(unit) : t("voice.notAssigned") },
          {
            label: t("voice.assignedStaff"),
            value: voice.assignedStaff && <PersonName username={voice.assignedStaff} />,
          },
          { label: t("voice.createdBy"), value: <PersonName username={voice.createdBy} /> },
        ]}
      />
      <section aria-labelledby="voice-text" className="mt-8">
        <h2 id="voice-text" className="section-title">
          {t("voice.text")}
        </h2>
        <p className="max-w-3xl text-std-16N-170 whitespace-pre-line">{voice.text}</p>
      </section>
      <VoicePhotos voice={voice} />
      {(voice.answer || voice.publication.status !== "UNDECIDED") && (
        <section aria-labelledby="voice-answer" className="mt-8">
          <h2 id="voice-answer" className="section-title">
            {t("voice.answerAndPublication")}
          </h2>
          <DetailList
            items={[
              {
                label: t("voice.answer"),
                value: voice.answer && <span className="whitespace-pre-line">{voice.answer}</span>,
              },
              { label: t("voice.answeredAt"), value: voice.answeredAt && formats.dateTime(voice.answeredAt) },
              { label: t("voice.answeredBy"), value: <PersonName username={voice.answeredBy} /> },
              { label: t("voice.publication"), value: t(`voicePublication.${voice.publication.status}`) },
              {
                label: t("voice.publishedText"),
                value: voice.publication.publishedText && (
                  <span className="whitespace-pre-line">{voice.publication.publishedText}</span>
                ),
              },
              {
                label: t("voice.notPublishedReason"),
                value:
                  voice.publication.notPublishedReason &&
                  t(`voiceNotPublishedReason.${voice.publication.notPublishedReason}`),
              },
            ]}
          />
        </section>
      )}
      <PersonalDataPanel key={voice.version} voice={voice} />
      <section aria-labelledby="voice-actions" className="mt-8">
        <h2 id="voice-actions" className="section-title">
          {t("voice.actions")}
        </h2>
        {step.error !== null && <StepError error={step.error} onReload={() => void reload()} />}
        {voice.actions.length === 0 ? (
          <p className="text-std-16N-170">{t("voice.noActions")}</p>
        ) : (
          <div className="flex flex-col gap-6">
            {voice.actions.map((action) => {
              switch (action) {
                case "TRIAGE":
                  return <TriageForm key={formKey(action)} {...formProps(action)} />;
                case "ASSIGN":
                  return <AssignForm key={formKey(action)} {...formProps(action)} />;
                case "TRANSFER":
                  return <AssignForm key={formKey(action)} {...formProps(action)} transfer />;
                case "ANSWER":
                  return <AnswerForm key={formKey(action)} {...formProps(action)} />;
                case "CLOSE":
                  return <CloseForm key={formKey(action)} {...formProps(action)} />;
                case "PUBLISH":
                  return <PublishForm key={formKey(action)} {...formProps(action)} />;
              }
            })}
          </div>
        )}
      </section>
      <section aria-labelledby="voice-history" className="mt-8">
        <h2 id="voice-history" className="section-title">
          {t("voice.history")}
        </h2>
        <VoiceHistoryTable history={voice.history} />
      </section>
      <BackLink to="/voices">{t("voice.backToList")}</BackLink>
    </>
  );
}

/** 区民の声の詳細 at /voices/:id (where notifications lead): the voice, what the user may do next, and its history. */
export function VoiceDetailPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useVoice(id, valid)}
      valid={valid}
      title={t("voice.listTitle")}
      titleOf={(voice) => t("voice.detailTitle", { reference: voice.reference })}
      notFoundTitle={t("voice.notFound")}
      back={{ to: "/voices", label: t("voice.backToList") }}
    >
      {(voice, reload) => <VoiceView voice={voice} onReload={reload} />}
    </RecordPage>
  );
}
