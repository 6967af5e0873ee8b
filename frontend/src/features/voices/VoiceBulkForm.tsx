import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { idempotencyKey } from "../../api/client";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { CategoryChoice } from "../../components/CategoryChoice";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextInputField } from "../../components/FormFields";
import { optional } from "../../lib/optional";
import { AssigneePicker } from "./AssigneePicker";
import { useBulkVoiceAction } from "./api";
import type { BulkDone, VoiceSelection } from "./VoiceBulkActions";
import { errorFor, parseAssignee, toAssignInput } from "./voiceDraft";

type BulkAction = Schema<"VoiceBulkAction">;
const BULK_ACTIONS: readonly BulkAction[] = ["ASSIGN", "TRANSFER", "TRIAGE", "CATEGORIZE", "CLOSE"];

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
 * The form of まとめて操作 (see VoiceBulkActions): one action over the selection, sent once per Idempotency-Key; it
 * tells its section when a request starts and what an accepted one did.
 */
export function VoiceBulkForm({
  selection,
  onStart,
  onDone,
}: {
  selection: VoiceSelection;
  onStart: () => void;
  onDone: (done: BulkDone) => void;
}) {
  const { t } = useTranslation();
  const bulk = useBulkVoiceAction();
  const [action, setAction] = useState<BulkAction>("ASSIGN");
  const [assignee, setAssignee] = useState("");
  const [categories, setCategories] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [key, setKey] = useState(idempotencyKey);
  const errors = fieldErrorsOf(bulk.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bulk.isPending || selection.size === 0) return;
    onStart();
    bulk.mutate(
      { input: toBulkInput(action, selection, assignee, categories, note), key },
      {
        onSuccess: (result) => {
          setKey(idempotencyKey()); // the next action is another request
          setNote("");
          onDone({ action: result.action, count: result.voices.length });
        },
        // a refused request changed nothing: a corrected one is another request
        onError: () => setKey(idempotencyKey()),
      },
    );
  }

  const needsAssignee = action === "ASSIGN" || action === "TRANSFER";
  const needsCategories = action === "CATEGORIZE" || action === "TRIAGE";
  return (
    <>
      <form onSubmit={submit} className="flex flex-col gap-4" aria-describedby="voice-bulk-hint">
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
          <AssigneePicker
            id="voice-bulk-assignee"
            value={assignee}
            onChange={setAssignee}
            error={errors.wardCode ?? errors.sectionCode ?? errors.staffUsername}
          />
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
      {bulk.isError && <ErrorMessage error={bulk.error} />}
    </>
  );
}
