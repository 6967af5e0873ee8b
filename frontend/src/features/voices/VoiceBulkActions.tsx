import { type FormEvent, Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { idempotencyKey } from "../../api/client";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { CategoryChoice } from "../../components/CategoryChoice";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextInputField } from "../../components/FormFields";
import { optional } from "../../lib/optional";
import { useBulkVoiceAction } from "./api";
import { errorFor, parseAssignee, toAssignInput } from "./voiceDraft";

// The assignee picker loads with the first voice selected, in place of an inert copy of the field of the same size:
// most visits to the list select nothing, its combo box is the largest script of the page, and the list below does
// not move when it comes.
const AssigneePicker = lazy(() => import("./AssigneePicker").then((m) => ({ default: m.AssigneePicker })));

type BulkAction = Schema<"VoiceBulkAction">;
const BULK_ACTIONS: readonly BulkAction[] = ["ASSIGN", "TRANSFER", "TRIAGE", "CATEGORIZE", "CLOSE"];

/** The selected voices, each with the version the list showed, to be sent back so a stale one is refused. */
export type VoiceSelection = ReadonlyMap<number, number>;

/** The body of one bulk action over the selection. */
export function toBulkInput(
  action: BulkAction,
  selection: VoiceSelection,
  assignee: string,
  categories: string[],
  note: string,
): Schema<"VoiceBulkInput"> {
  const items = [...selection].map(([id, version]) => ({ id, version }));
  const assign = action === "ASSIGN" || action === "TRANSFER" ? toAssignInput(parseAssignee(assignee), "") : {};
  const withCategories = action === "CATEGORIZE" || (action === "TRIAGE" && categories.length > 0);
  return {
    action,
    items,
    ...assign,
    categories: withCategories ? categories : undefined,
    note: optional(note),
  };
}

/**
 * まとめて操作: one action (assign, transfer, triage, categories, close) on the voices selected in the list, all or
 * nothing; a refusal lists each voice that stood in the way and why, as the API said it.
 */
export function VoiceBulkActions({ selection, onDone }: { selection: VoiceSelection; onDone: () => void }) {
  const { t } = useTranslation();
  const bulk = useBulkVoiceAction();
  const [action, setAction] = useState<BulkAction>("ASSIGN");
  const [assignee, setAssignee] = useState("");
  const [categories, setCategories] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [key, setKey] = useState(idempotencyKey);
  const [done, setDone] = useState<{ action: BulkAction; count: number }>();
  const errors = fieldErrorsOf(bulk.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bulk.isPending || selection.size === 0) return;
    setDone(undefined);
    bulk.mutate(
      { input: toBulkInput(action, selection, assignee, categories, note), key },
      {
        onSuccess: (result) => {
          setDone({ action: result.action, count: result.voices.length });
          setKey(idempotencyKey()); // the next action is another request
          setNote("");
          onDone();
        },
        // a refused request changed nothing: a corrected one is another request
        onError: () => setKey(idempotencyKey()),
      },
    );
  }

  const needsAssignee = action === "ASSIGN" || action === "TRANSFER";
  const needsCategories = action === "CATEGORIZE" || action === "TRIAGE";
  return (
    <section aria-labelledby="voice-bulk" className="mt-6 rounded-8 border border-solid-gray-420 p-4">
      <h2 id="voice-bulk" className="section-title">
        {t("voiceBulk.title")}
      </h2>
      <p className="mb-4 text-std-16N-170" aria-live="polite">
        {t("voiceBulk.selected", { count: selection.size })}
      </p>
      <form onSubmit={submit} className="flex flex-col gap-4" aria-describedby="voice-bulk-hint">
        <p id="voice-bulk-hint" className="field-hint">
          {t("voiceBulk.hint")}
        </p>
        <div className="field">
          <label htmlFor="voice-bulk-action" className="field-label">
            {t("voiceBulk.action")}
          </label>
          <select
            id="voice-bulk-action"
            value={action}
            onChange={(event) => setAction(event.currentTarget.value as BulkAction)}
            className="field-input"
          >
            {BULK_ACTIONS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`voiceBulkAction.${candidate}`)}
              </option>
            ))}
          </select>
        </div>
        {needsAssignee && (
          <Suspense fallback={<InertAssigneeField id="voice-bulk-assignee" />}>
            {selection.size === 0 ? (
              <InertAssigneeField id="voice-bulk-assignee" />
            ) : (
              <AssigneePicker
                id="voice-bulk-assignee"
                value={assignee}
                onChange={setAssignee}
                error={errors.wardCode ?? errors.sectionCode ?? errors.staffUsername}
              />
            )}
          </Suspense>
        )}
        {needsCategories && (
          <CategoryChoice
            id="voice-bulk-categories"
            chosen={categories}
            error={errorFor(errors, "categories")}
            onChange={setCategories}
          />
        )}
        <TextInputField
          name="note"
          label={t("voice.note")}
          value={note}
          onChange={setNote}
          multiline
          rows={2}
          maxLength={2000}
        />
        <div>
          <button type="submit" className="btn-primary" aria-disabled={bulk.isPending || selection.size === 0}>
            {t("voiceBulk.submit", { count: selection.size })}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {done && <p className="notice mt-4">{t(`voiceBulkDone.${done.action}`, { count: done.count })}</p>}
      </div>
      {bulk.isError && <ErrorMessage error={bulk.error} />}
    </section>
  );
}

/** The assignee field as the picker draws it, disabled: there is nothing to assign until a voice is selected. */
function InertAssigneeField({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t("voice.assignee")}
      </label>
      <div className="flex">
        <input id={id} className="field-input" disabled placeholder={t("voice.assigneePlaceholder")} />
        <button type="button" className="btn-secondary ml-1 px-3" disabled aria-label={t("voice.assigneeShowAll")}>
          ▾
        </button>
      </div>
      <span className="field-hint">{t("voice.assigneeHint")}</span>
    </div>
  );
}
