import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { RequiredMark } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { addDays, todayInKumamoto } from "../../lib/dates";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useSubmitProposal } from "./api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useBureauNames } from "./useBureauNames";

/** Choosing the bureaus (and, if wanted, the answer due date), then submitting after a confirmation. */
export function SubmitPanel({
  proposal,
  onSubmitted,
  onReload,
}: {
  proposal: Schema<"Proposal">;
  onSubmitted: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const bureauName = useBureauNames();
  const formats = useProposalFormats();
  const { data: bureaus } = useBureaus();
  const submit = useSubmitProposal(proposal.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState("");
  const [missingBureau, setMissingBureau] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const errors = fieldErrorsOf(submit.error);

  function toggle(code: string, on: boolean) {
    setMissingBureau(false);
    // Kept in the directory's order, whatever order they were ticked in.
    setChosen((current) =>
      (bureaus ?? [])
        .map((bureau) => bureau.code)
        .filter((candidate) => (candidate === code ? on : current.includes(candidate))),
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    if (chosen.length === 0) {
      setMissingBureau(true);
      return;
    }
    setConfirming(true);
  }

  return (
    <section aria-labelledby="proposal-submit" className="mt-6 rounded-8 bg-solid-gray-50 p-4">
      <h3 id="proposal-submit" className="mb-2 text-std-20B-150 text-solid-gray-900">
        {t("proposalSubmit.title")}
      </h3>
      <p className="mb-4 text-std-16N-170">{t("proposalSubmit.intro")}</p>
      <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-6">
        <fieldset
          aria-describedby={missingBureau ? "proposal-submit-bureaus-error" : undefined}
          className="flex flex-col gap-2"
        >
          <legend className="field-label mb-2">
            {t("proposalSubmit.bureaus")}
            <RequiredMark />
          </legend>
          <div className="grid gap-2 md:grid-cols-2">
            {bureaus?.map((bureau) => (
              <div key={bureau.code} className="flex items-center gap-3">
                <input
                  id={`submit-bureau-${bureau.code}`}
                  type="checkbox"
                  checked={chosen.includes(bureau.code)}
                  onChange={(event) => toggle(bureau.code, event.currentTarget.checked)}
                  className="size-6"
                />
                <label htmlFor={`submit-bureau-${bureau.code}`} className="text-std-16N-170">
                  {localName(bureau)}
                </label>
              </div>
            ))}
          </div>
          {missingBureau && (
            <p id="proposal-submit-bureaus-error" role="alert" className="field-error">
              {t("proposalSubmit.chooseBureau")}
            </p>
          )}
        </fieldset>
        <div className="field md:max-w-sm">
          <label htmlFor="proposal-submit-due" className="field-label">
            {t("proposalSubmit.dueOn")}
          </label>
          <input
            id="proposal-submit-due"
            type="date"
            min={addDays(todayInKumamoto(), 1)}
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={`proposal-submit-due-hint${errors.dueOn ? " proposal-submit-due-error" : ""}`}
            className="field-input"
          />
          <p id="proposal-submit-due-hint" className="field-hint">
            {t("proposalSubmit.dueOnHint")}
          </p>
          {errors.dueOn && (
            <p id="proposal-submit-due-error" className="field-error">
              {errors.dueOn}
            </p>
          )}
        </div>
        {submit.isError && (
          <SaveError
            error={submit.error}
            onReload={() => {
              submit.reset();
              void onReload();
            }}
          />
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={submit.isPending}>
            {t("proposalSubmit.submit")}
          </button>
          {submit.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </form>
      <ConfirmDialog
        isOpen={confirming}
        title={t("proposalSubmit.confirmTitle")}
        body={t("proposalSubmit.confirmBody", { bureaus: formats.list(chosen.map(bureauName)) })}
        confirmLabel={t("proposalSubmit.submit")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          submit.mutate(
            { input: { bureauCodes: chosen, dueOn: dueOn || undefined }, version: proposal.version },
            { onSuccess: onSubmitted },
          );
        }}
      />
    </section>
  );
}
