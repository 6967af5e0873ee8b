import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { useDateFormats } from "../../lib/dates";
import { useMilestoneChange } from "./api";
import type { Schema } from "../../api/schemas";
import { StatusBadge } from "../../components/StatusBadge";

export type MilestoneDone = "milestoneAdded" | "milestoneTicked";

function AddMilestoneForm({
  pending,
  error,
  onAdd,
}: {
  pending: boolean;
  error: unknown;
  onAdd: (title: string, dueOn: string) => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const errors = fieldErrorsOf(error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onAdd(title.trim(), dueOn);
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-4">
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <TextInputField
          name="title"
          label={t("project.milestoneTitle")}
          value={title}
          onChange={setTitle}
          isRequired
          maxLength={200}
        />
        <div className="field">
          <label htmlFor="milestone-due" className="field-label">
            {t("project.milestoneDueOn")}
            <RequiredMark />
          </label>
          <input
            id="milestone-due"
            type="date"
            required
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={errors.dueOn ? "milestone-due-error" : undefined}
            className="field-input"
          />
          {errors.dueOn && (
            <p id="milestone-due-error" className="field-error">
              {errors.dueOn}
            </p>
          )}
        </div>
      </div>
      <p>
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {t("project.milestoneAdd")}
        </button>
      </p>
    </Form>
  );
}

/**
 * The project's milestones in due order; those who keep the project tick them off (If-Match on the milestone) and add
 * new ones.
 */
export function MilestoneSection({
  project,
  onDone,
  onReload,
}: {
  project: Schema<"CommunityProject">;
  onDone: (done: MilestoneDone) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const change = useMilestoneChange(project.id);
  const [added, setAdded] = useState(0);

  function tick(milestone: Schema<"CommunityProjectMilestone">) {
    if (change.isPending) return;
    change.mutate(
      {
        change: "update",
        milestoneId: milestone.id,
        version: milestone.version,
        input: { title: milestone.title, dueOn: milestone.dueOn, done: true },
      },
      { onSuccess: () => onDone("milestoneTicked") },
    );
  }

  return (
    <section aria-labelledby="project-milestones" className="mt-8">
      <h2 id="project-milestones" className="section-title">
        {t("project.milestones")}
      </h2>
      {change.isError && (
        <SaveError
          error={change.error}
          onReload={() => {
            change.reset();
            onReload();
          }}
        />
      )}
      {project.milestones.length === 0 ? (
        <p className="text-std-16N-170">{t("project.noMilestones")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("project.milestones")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("project.milestoneTitle")}</th>
                <th scope="col">{t("project.milestoneDueOn")}</th>
                <th scope="col">{t("project.milestoneState")}</th>
                {project.editable && <th scope="col">{t("project.colActions")}</th>}
              </tr>
            </thead>
            <tbody>
              {project.milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <th scope="row">{milestone.title}</th>
                  <td>
                    <time dateTime={milestone.dueOn}>{dates.date(milestone.dueOn)}</time>
                  </td>
                  <td>
                    <StatusBadge family="milestone" status={milestone.done ? "DONE" : "OPEN"}>
                      {milestone.done ? t("project.milestoneDone") : t("project.milestoneOpen")}
                    </StatusBadge>
                  </td>
                  {project.editable && (
                    <td>
                      {!milestone.done && (
                        <button
                          type="button"
                          className="btn-secondary"
                          aria-disabled={change.isPending}
                          onClick={() => tick(milestone)}
                        >
                          {t("project.milestoneTick", { title: milestone.title })}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {project.editable && (
        <section aria-labelledby="milestone-add" className="mt-6 rounded-8 bg-solid-gray-50 p-4">
          <h3 id="milestone-add" className="mb-4 text-std-18B-160 text-solid-gray-900">
            {t("project.milestoneAddTitle")}
          </h3>
          <AddMilestoneForm
            key={added}
            pending={change.isPending}
            error={change.error}
            onAdd={(title, dueOn) =>
              change.mutate(
                { change: "add", input: { title, dueOn, done: false } },
                {
                  onSuccess: () => {
                    setAdded((count) => count + 1);
                    onDone("milestoneAdded");
                  },
                },
              )
            }
          />
        </section>
      )}
    </section>
  );
}
