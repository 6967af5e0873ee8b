import { type FormEvent, useState } from "react";
import { Form, Label, ProgressBar } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { canReportProposalProgress } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { type MilestoneChange, useMilestoneChange, useSetProgress } from "./api";
import { adoptingBureaus } from "./proposalEnums";
import { StatusBadge } from "../../components/StatusBadge";

export type ProgressDone = "milestoneAdded" | "milestoneUpdated" | "progress";

/** The progress figure as a bar and as a number; assistive technology reads it as a progress bar with its value. */
function ProgressFigure({ percent }: { percent: number }) {
  const { t } = useTranslation();
  return (
    <ProgressBar value={percent} minValue={0} maxValue={100} className="flex max-w-xl flex-col gap-2">
      {({ percentage, valueText }) => (
        <>
          <div className="flex justify-between">
            <Label className="text-std-16B-170">{t("proposalProgress.label")}</Label>
            <span className="text-std-18B-160 text-solid-gray-900">{valueText}</span>
          </div>
          <div className="h-4 overflow-hidden rounded-8 border border-solid-gray-600 bg-white">
            <div className="h-full bg-blue-900" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

interface MilestoneDraft {
  title: string;
  dueOn: string;
  done: boolean;
}

function MilestoneForm({
  idPrefix,
  initial,
  withDone,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: MilestoneDraft;
  withDone: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"ProposalMilestoneInput">) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const errors = fieldErrorsOf(error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit({ title: draft.title.trim(), dueOn: draft.dueOn, done: draft.done });
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-4">
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <TextInputField
          name="title"
          label={t("proposalProgress.milestoneTitle")}
          value={draft.title}
          onChange={(title) => setDraft((current) => ({ ...current, title }))}
          isRequired
          maxLength={200}
        />
        <div className="field">
          <label htmlFor={`${idPrefix}-due`} className="field-label">
            {t("proposalProgress.dueOn")}
            <RequiredMark />
          </label>
          <input
            id={`${idPrefix}-due`}
            type="date"
            required
            value={draft.dueOn}
            onChange={(event) => {
              // Read now: React clears currentTarget once the event is handled, before the update runs.
              const dueOn = event.currentTarget.value;
              setDraft((current) => ({ ...current, dueOn }));
            }}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={errors.dueOn ? `${idPrefix}-due-error` : undefined}
            className="field-input"
          />
          {errors.dueOn && (
            <p id={`${idPrefix}-due-error`} className="field-error">
              {errors.dueOn}
            </p>
          )}
        </div>
      </div>
      {withDone && (
        <div className="flex items-center gap-3">
          <input
            id={`${idPrefix}-done`}
            type="checkbox"
            checked={draft.done}
            onChange={(event) => {
              const done = event.currentTarget.checked;
              setDraft((current) => ({ ...current, done }));
            }}
            className="size-6"
          />
          <label htmlFor={`${idPrefix}-done`} className="text-std-16N-170">
            {t("proposalProgress.doneField")}
          </label>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("proposalProgress.cancel")}
          </button>
        )}
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}

function MilestoneTable({
  milestones,
  mayUpdate,
  pending,
  onEdit,
  onComplete,
}: {
  milestones: Schema<"ProposalMilestone">[];
  mayUpdate: boolean;
  pending: boolean;
  onEdit: (milestone: Schema<"ProposalMilestone">) => void;
  onComplete: (milestone: Schema<"ProposalMilestone">) => void;
}) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  if (milestones.length === 0) return <p className="text-std-16N-170">{t("proposalProgress.noMilestones")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("proposalProgress.milestones")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("proposalProgress.colTitle")}</th>
            <th scope="col">{t("proposalProgress.colDue")}</th>
            <th scope="col">{t("proposalProgress.colDone")}</th>
            {mayUpdate && <th scope="col">{t("proposalProgress.colActions")}</th>}
          </tr>
        </thead>
        <tbody>
          {milestones.map((milestone) => (
            <tr key={milestone.id}>
              <th scope="row">{milestone.title}</th>
              <td>
                <time dateTime={milestone.dueOn}>{dates.date(milestone.dueOn)}</time>
              </td>
              <td>
                <StatusBadge family="milestone" status={milestone.done ? "DONE" : "OPEN"}>
                  {milestone.done ? t("proposalProgress.done") : t("proposalProgress.notDone")}
                </StatusBadge>
              </td>
              {mayUpdate && (
                <td>
                  <div className="flex flex-wrap gap-2">
                    <button
                      type="button"
                      className="btn-secondary"
                      aria-label={t("proposalProgress.editOf", { title: milestone.title })}
                      onClick={() => onEdit(milestone)}
                    >
                      {t("proposalProgress.edit")}
                    </button>
                    {!milestone.done && (
                      <button
                        type="button"
                        className="btn-secondary"
                        aria-label={t("proposalProgress.completeOf", { title: milestone.title })}
                        aria-disabled={pending}
                        onClick={() => onComplete(milestone)}
                      >
                        {t("proposalProgress.complete")}
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * An adopted proposal's progress: the figure and the milestones for everyone who sees the proposal, and the forms to
 * report them for the adopting bureaus' staff and administrators.
 */
export function ProgressSection({
  proposal,
  onDone,
  onReload,
}: {
  proposal: Schema<"Proposal">;
  onDone: (done: ProgressDone) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const milestone = useMilestoneChange(proposal.id);
  const progress = useSetProgress(proposal.id);
  const [editing, setEditing] = useState<Schema<"ProposalMilestone"> | undefined>();
  const [added, setAdded] = useState(0);
  const [percent, setPercent] = useState(String(proposal.progressPercent ?? 0));
  const reporter = canReportProposalProgress(session?.user, adoptingBureaus(proposal.answers));
  const mayAdd = reporter && proposal.actions.includes("ADD_MILESTONE");
  const mayUpdate = reporter && proposal.actions.includes("UPDATE_MILESTONE");
  const maySetProgress = reporter && proposal.actions.includes("SET_PROGRESS");
  const failure = milestone.error ?? progress.error;

  function change(request: MilestoneChange, done: ProgressDone, after?: () => void) {
    if (milestone.isPending) return;
    progress.reset();
    milestone.mutate(request, {
      onSuccess: () => {
        after?.();
        onDone(done);
      },
    });
  }

  function handleProgress(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (progress.isPending) return;
    milestone.reset();
    progress.mutate({ percent: Number(percent), version: proposal.version }, { onSuccess: () => onDone("progress") });
  }

  return (
    <section aria-labelledby="proposal-progress" className="mt-8">
      <h2 id="proposal-progress" className="section-title">
        {t("proposalProgress.title")}
      </h2>
      {proposal.progressPercent == null ? (
        <p className="text-std-16N-170">{t("proposalProgress.notReported")}</p>
      ) : (
        <ProgressFigure percent={proposal.progressPercent} />
      )}
      {proposal.status === "DONE" && <p className="notice">{t("proposalProgress.doneNote")}</p>}
      {failure && (
        <SaveError
          error={failure}
          onReload={() => {
            milestone.reset();
            progress.reset();
            setEditing(undefined);
            void onReload();
          }}
        />
      )}
      {maySetProgress && (
        <Form
          onSubmit={handleProgress}
          validationErrors={fieldErrorsOf(progress.error)}
          className="mt-4 flex flex-wrap items-end gap-4"
        >
          <TextInputField
            name="percent"
            label={t("proposalProgress.percentField")}
            value={percent}
            onChange={setPercent}
            hint={t("proposalProgress.percentHint")}
            isRequired
            type="number"
            inputMode="numeric"
            className="max-w-md"
          />
          <button type="submit" className="btn-primary" aria-disabled={progress.isPending}>
            {t("proposalProgress.update")}
          </button>
        </Form>
      )}
      <h3 className="mt-8 mb-4 text-std-20B-150 text-solid-gray-900">{t("proposalProgress.milestones")}</h3>
      <MilestoneTable
        milestones={proposal.milestones}
        mayUpdate={mayUpdate}
        pending={milestone.isPending}
        onEdit={setEditing}
        onComplete={(target) =>
          change(
            {
              change: "update",
              milestoneId: target.id,
              version: target.version,
              input: { title: target.title, dueOn: target.dueOn, done: true },
            },
            "milestoneUpdated",
          )
        }
      />
      {mayUpdate && editing && (
        <section aria-labelledby="milestone-edit" className="mt-6 rounded-8 border border-solid-gray-420 p-4">
          <h4 id="milestone-edit" className="mb-4 text-std-18B-160 text-solid-gray-900">
            {t("proposalProgress.editTitle", { title: editing.title })}
          </h4>
          <MilestoneForm
            key={`${editing.id}-${editing.version}`}
            idPrefix="milestone-edit"
            initial={{ title: editing.title, dueOn: editing.dueOn, done: editing.done }}
            withDone
            submitLabel={t("proposalProgress.save")}
            pending={milestone.isPending}
            error={milestone.error}
            onCancel={() => setEditing(undefined)}
            onSubmit={(input) =>
              change(
                { change: "update", milestoneId: editing.id, version: editing.version, input },
                "milestoneUpdated",
                () => setEditing(undefined),
              )
            }
          />
        </section>
      )}
      {mayAdd && (
        <section aria-labelledby="milestone-add" className="mt-6 rounded-8 bg-solid-gray-50 p-4">
          <h4 id="milestone-add" className="mb-4 text-std-18B-160 text-solid-gray-900">
            {t("proposalProgress.addTitle")}
          </h4>
          <MilestoneForm
            key={added}
            idPrefix="milestone-add"
            initial={{ title: "", dueOn: "", done: false }}
            withDone={false}
            submitLabel={t("proposalProgress.add")}
            pending={milestone.isPending}
            error={editing ? undefined : milestone.error}
            onSubmit={(input) =>
              change({ change: "add", input }, "milestoneAdded", () => setAdded((count) => count + 1))
            }
          />
        </section>
      )}
      {!reporter && proposal.status !== "DONE" && (
        <p className="mt-4 text-std-16N-170">{t("proposalProgress.reportedBy")}</p>
      )}
    </section>
  );
}
