import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { DetailList } from "../../components/DetailList";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { canAnswerProposal, canApproveProposalAnswer, canPublishProposalAnswer } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { optional, optionalYen } from "../../lib/optional";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { type AnswerStep, useAnswerStep } from "./api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { PROPOSAL_DECISIONS, isProposalDecision } from "./proposalEnums";
import { PersonName } from "../../components/PersonName";
import { StatusBadge } from "../../components/StatusBadge";

export type AnswerDone = "answered" | "approved" | "published";

interface AnswerDraft {
  decision: Schema<"ProposalDecision"> | "";
  reasons: string;
  costYen: string;
  timing: string;
}

function AnswerForm({
  answer,
  pending,
  error,
  onSubmit,
}: {
  answer: Schema<"ProposalAnswer">;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"ProposalAnswerInput">) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AnswerDraft>({
    decision: answer.decision ?? "",
    reasons: answer.reasons ?? "",
    costYen: answer.costYen == null ? "" : String(answer.costYen),
    timing: answer.timing ?? "",
  });
  const errors = fieldErrorsOf(error);
  const idPrefix = `answer-${answer.bureau.code}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !draft.decision) return;
    onSubmit({
      decision: draft.decision,
      reasons: draft.reasons.trim(),
      costYen: optionalYen(draft.costYen),
      timing: optional(draft.timing),
    });
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
      <fieldset
        aria-describedby={errors.decision ? `${idPrefix}-decision-error` : undefined}
        className="flex flex-col gap-2"
      >
        <legend className="field-label mb-2">
          {t("proposalAnswer.decision")}
          <RequiredMark />
        </legend>
        {PROPOSAL_DECISIONS.map((decision) => (
          <div key={decision} className="flex items-center gap-3">
            <input
              id={`${idPrefix}-${decision}`}
              type="radio"
              name={`${idPrefix}-decision`}
              value={decision}
              required
              checked={draft.decision === decision}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isProposalDecision(value)) setDraft((current) => ({ ...current, decision: value }));
              }}
              className="size-6"
            />
            <label htmlFor={`${idPrefix}-${decision}`} className="text-std-16N-170">
              {t(`proposalDecision.${decision}`)}
            </label>
          </div>
        ))}
        {errors.decision && (
          <p id={`${idPrefix}-decision-error`} className="field-error">
            {errors.decision}
          </p>
        )}
      </fieldset>
      <TextInputField
        name="reasons"
        label={t("proposalAnswer.reasons")}
        value={draft.reasons}
        onChange={(reasons) => setDraft((current) => ({ ...current, reasons }))}
        isRequired
        multiline
        rows={5}
        maxLength={8000}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <TextInputField
          name="costYen"
          label={t("proposalAnswer.cost")}
          value={draft.costYen}
          onChange={(costYen) => setDraft((current) => ({ ...current, costYen }))}
          hint={t("proposalAnswer.costHint")}
          inputMode="numeric"
          pattern="[0-9]{1,13}"
          maxLength={13}
        />
        <TextInputField
          name="timing"
          label={t("proposalAnswer.timing")}
          value={draft.timing}
          onChange={(timing) => setDraft((current) => ({ ...current, timing }))}
          hint={t("proposalAnswer.timingHint")}
          maxLength={200}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {t("proposalAnswer.save")}
        </button>
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}

/** What may be read of one bureau's answer; the ward sees its content only once it is published. */
function AnswerContent({ answer }: { answer: Schema<"ProposalAnswer"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const formats = useProposalFormats();
  if (!answer.decision) {
    return (
      <p className="text-std-16N-170">
        <span className="mr-2 font-bold">{t("proposalAnswer.awaiting")}</span>
        {answer.publication === "PENDING_PUBLICATION"
          ? t("proposalAnswer.awaiting_PENDING_PUBLICATION")
          : t("proposalAnswer.awaiting_UNANSWERED")}
      </p>
    );
  }
  return (
    <DetailList
      items={[
        {
          label: t("proposalAnswer.decision"),
          value: (
            <StatusBadge family="decision" status={answer.decision}>
              {t(`proposalDecision.${answer.decision}`)}
            </StatusBadge>
          ),
        },
        {
          label: t("proposalAnswer.reasons"),
          value: answer.reasons && <span className="whitespace-pre-line">{answer.reasons}</span>,
        },
        { label: t("proposalAnswer.cost"), value: answer.costYen != null && formats.yen(answer.costYen) },
        { label: t("proposalAnswer.timing"), value: answer.timing },
        { label: t("proposalAnswer.answeredBy"), value: <PersonName username={answer.answeredBy} /> },
        { label: t("proposalAnswer.approvedBy"), value: <PersonName username={answer.approvedBy} /> },
        {
          label: t("proposalAnswer.publishedAt"),
          value: answer.publishedAt && <time dateTime={answer.publishedAt}>{dates.dateTime(answer.publishedAt)}</time>,
        },
      ]}
    />
  );
}

function AnswerCard({
  proposal,
  answer,
  onDone,
  onReload,
}: {
  proposal: Schema<"Proposal">;
  answer: Schema<"ProposalAnswer">;
  onDone: (done: AnswerDone) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session?.user;
  const localName = useLocalName();
  const dates = useDateFormats();
  const step = useAnswerStep(proposal.id);
  const [revising, setRevising] = useState(false);
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const bureau = answer.bureau.code;
  const headingId = `answer-${bureau}-title`;
  // Answers move only while the proposal awaits them (not once it is withdrawn).
  const actions = proposal.status === "SUBMITTED" ? (answer.actions ?? []) : [];
  const mayAnswer = actions.includes("ANSWER") && canAnswerProposal(user, bureau);
  const mayApprove = actions.includes("APPROVE") && canApproveProposalAnswer(user, bureau, answer.answeredBy);
  const authorOnly = actions.includes("APPROVE") && !mayApprove && canAnswerProposal(user, bureau);
  const mayPublish = actions.includes("PUBLISH") && canPublishProposalAnswer(user, bureau);
  const firstAnswer = answer.state === "PENDING";

  function run(request: AnswerStep, done: AnswerDone) {
    if (step.isPending) return;
    step.mutate(request, {
      onSuccess: () => {
        setRevising(false);
        onDone(done);
      },
    });
  }

  return (
    <section aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="text-std-20B-150 text-solid-gray-900">
        {localName(answer.bureau)}
        {answer.state ? (
          <StatusBadge family="proposalAnswer" status={answer.state} className="ml-3">
            {t(`proposalAnswerState.${answer.state}`)}
          </StatusBadge>
        ) : (
          <StatusBadge family="answerPublication" status={answer.publication} className="ml-3">
            {t(`proposalPublication.${answer.publication}`)}
          </StatusBadge>
        )}
      </h3>
      <p className="mb-3 text-std-16N-170">
        {t("proposalAnswer.dueOn")}: <time dateTime={answer.dueOn}>{dates.date(answer.dueOn)}</time>
        {answer.overdue && <span className="ml-2 font-bold text-error-2">{t("proposalAnswer.overdue")}</span>}
      </p>
      <AnswerContent answer={answer} />
      {step.isError && (
        <SaveError
          error={step.error}
          onReload={() => {
            step.reset();
            void onReload();
          }}
        />
      )}
      {mayAnswer && !firstAnswer && (
        <p className="mt-4">
          <button
            type="button"
            className="btn-secondary"
            aria-expanded={revising}
            aria-controls={`answer-${bureau}-form`}
            onClick={() => setRevising((open) => !open)}
          >
            {t("proposalAnswer.reviseTitle")}
          </button>
        </p>
      )}
      {mayAnswer && (firstAnswer || revising) && (
        <div id={`answer-${bureau}-form`} className="mt-6">
          <h4 className="mb-2 text-std-18B-160 text-solid-gray-900">
            {firstAnswer
              ? t("proposalAnswer.formTitle", { bureau: localName(answer.bureau) })
              : t("proposalAnswer.reviseTitle")}
          </h4>
          {!firstAnswer && <p className="mb-4 text-std-16N-170">{t("proposalAnswer.reviseHint")}</p>}
          <AnswerForm
            answer={answer}
            pending={step.isPending}
            error={step.error}
            onSubmit={(input) => run({ step: "answer", input, version: answer.version }, "answered")}
          />
        </div>
      )}
      {authorOnly && <p className="notice">{t("proposalAnswer.authorCannotApprove")}</p>}
      {mayApprove && (
        <p className="mt-4">
          <button
            type="button"
            className="btn-primary"
            aria-disabled={step.isPending}
            onClick={() => run({ step: "approve", bureau, version: answer.version }, "approved")}
          >
            {t("proposalAnswer.approve")}
          </button>
        </p>
      )}
      {mayPublish && (
        <>
          <p className="mt-4 text-std-16N-170">{t("proposalAnswer.approvedAwaitingPublish")}</p>
          <p className="mt-2">
            <button
              type="button"
              className="btn-primary"
              aria-disabled={step.isPending}
              onClick={() => setConfirmingPublish(true)}
            >
              {t("proposalAnswer.publish")}
            </button>
          </p>
          <ConfirmDialog
            isOpen={confirmingPublish}
            title={t("proposalAnswer.publishTitle")}
            body={t("proposalAnswer.publishBody", { ward: localName(proposal.ward) })}
            confirmLabel={t("proposalAnswer.publish")}
            onCancel={() => setConfirmingPublish(false)}
            onConfirm={() => {
              setConfirmingPublish(false);
              run({ step: "publish", bureau, version: answer.version }, "published");
            }}
          />
        </>
      )}
    </section>
  );
}

/** Each addressed bureau's answer, as far as the caller may see it, with the steps the caller may take. */
export function AnswerSection({
  proposal,
  onDone,
  onReload,
}: {
  proposal: Schema<"Proposal">;
  onDone: (done: AnswerDone) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="proposal-answers" className="mt-8">
      <h2 id="proposal-answers" className="section-title">
        {t("proposalAnswer.title")}
      </h2>
      {proposal.answers.length === 0 ? (
        <p className="text-std-16N-170">{t("proposalAnswer.none")}</p>
      ) : (
        <div className="flex flex-col gap-6">
          {proposal.answers.map((answer) => (
            <AnswerCard
              key={answer.bureau.code}
              proposal={proposal}
              answer={answer}
              onDone={onDone}
              onReload={onReload}
            />
          ))}
        </div>
      )}
    </section>
  );
}
