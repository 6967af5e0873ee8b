import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { usePageTitle } from "../../app/usePageTitle";
import { DateField, SelectField, TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useWardNames } from "../../lib/useWardNames";
import { useCreateProgram } from "./api";
import { CommunityNav } from "./CommunityNav";
import { type ProgramDraft, emptyProgramDraft, toProgramInput, unreadableAmounts } from "./drafts";
import type { SavedState } from "./SavedNotice";
import { WardSelect } from "../../components/WardSelect";

/** The rate as a percentage while it is typed, rounded down as the API shows it (1/3 → 33.3%). */
/** The fields the form shows the API's errors beside; wardCode is not among them (ward staff see no choice). */
const PROGRAM_FIELDS = [
  "fiscalYear",
  "name",
  "description",
  "eligibility",
  "totalBudgetYen",
  "maximumPerApplicationYen",
  "minimumPerApplicationYen",
  "subsidyRate.numerator",
  "subsidyRate.denominator",
  "applicationFrom",
  "applicationTo",
];

function ratePercent(numerator: string, denominator: string): string | undefined {
  const top = Number(numerator);
  const bottom = Number(denominator);
  if (!Number.isInteger(top) || !Number.isInteger(bottom) || top < 1 || bottom < 1) return undefined;
  return (Math.floor((top * 1000) / bottom) / 10).toFixed(1);
}

/**
 * Creates a support programme. Ward staff create their ward's; HQ staff of the programme bureau a city-wide one;
 * administrators either. The API decides in the end (a refusal is shown as it explains it).
 */
export function ProgramNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("supportProgram.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const wardName = useWardNames();
  const formats = useProposalFormats();
  const create = useCreateProgram();
  const role = session?.user.role;
  const ownWard = role === "WARD" ? (session?.user.ward?.code ?? "") : "";
  const currentYear = fiscalYearOf(todayInKumamoto());
  const [draft, setDraft] = useState<ProgramDraft>(() => emptyProgramDraft(ownWard, currentYear));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(create.error), ...localErrors };
  const set = (field: keyof ProgramDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const percent = ratePercent(draft.rateNumerator, draft.rateDenominator);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const unreadable = unreadableAmounts(
      {
        totalBudgetYen: draft.totalBudget,
        maximumPerApplicationYen: draft.maximum,
        minimumPerApplicationYen: draft.minimum,
      },
      t("supportProgram.amountUnreadable"),
    );
    setLocalErrors(unreadable);
    if (Object.keys(unreadable).length > 0) return;
    create.mutate(toProgramInput(draft), {
      onSuccess: (program) => {
        const state: SavedState = { saved: "created" };
        void navigate(`/community/programs/${program.id}`, { state });
      },
    });
  }

  const amountHint = t("supportProgram.amountHint");
  return (
    <>
      <h1 className="page-title">{t("supportProgram.newTitle")}</h1>
      <CommunityNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("supportProgram.newIntro")}</p>
      {create.isError && (
        <SaveError error={create.error} onReload={() => create.reset()} fieldsShown={PROGRAM_FIELDS} />
      )}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
        <div className="grid gap-6 md:grid-cols-2">
          {role === "ADMIN" ? (
            <WardSelect
              id="program-form-ward"
              name="wardCode"
              label={t("supportProgram.owner")}
              hint={t("supportProgram.ownerHint")}
              value={draft.wardCode}
              emptyLabel={t("supportProgram.cityWide")}
              onChange={(event) => set("wardCode")(event.currentTarget.value)}
            />
          ) : (
            <p className="text-std-16N-170">
              <span className="field-label block">{t("supportProgram.owner")}</span>
              {ownWard ? wardName(ownWard) : t("supportProgram.cityWide")}
            </p>
          )}
          <SelectField
            id="program-form-fiscal-year"
            label={t("supportProgram.fiscalYear")}
            required
            value={draft.fiscalYear}
            error={errors.fiscalYear}
            onChange={set("fiscalYear")}
          >
            {fiscalYearChoices(currentYear).map((year) => (
              <option key={year} value={year}>
                {formats.fiscalYear(year)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextInputField
          name="name"
          label={t("supportProgram.name")}
          value={draft.name}
          onChange={set("name")}
          isRequired
          maxLength={200}
        />
        <TextInputField
          name="description"
          label={t("supportProgram.description")}
          value={draft.description}
          onChange={set("description")}
          isRequired
          multiline
          rows={4}
          maxLength={4000}
        />
        <TextInputField
          name="eligibility"
          label={t("supportProgram.eligibility")}
          value={draft.eligibility}
          onChange={set("eligibility")}
          isRequired
          multiline
          rows={3}
          maxLength={4000}
        />
        <div className="grid gap-6 md:grid-cols-3">
          <TextInputField
            name="totalBudgetYen"
            label={t("supportProgram.totalBudget")}
            hint={amountHint}
            value={draft.totalBudget}
            onChange={set("totalBudget")}
            isRequired
            inputMode="numeric"
            maxLength={20}
          />
          <TextInputField
            name="maximumPerApplicationYen"
            label={t("supportProgram.maximum")}
            hint={amountHint}
            value={draft.maximum}
            onChange={set("maximum")}
            isRequired
            inputMode="numeric"
            maxLength={20}
          />
          <TextInputField
            name="minimumPerApplicationYen"
            label={t("supportProgram.minimum")}
            hint={t("supportProgram.minimumHint")}
            value={draft.minimum}
            onChange={set("minimum")}
            inputMode="numeric"
            maxLength={20}
          />
        </div>
        <fieldset className="rounded-8 border border-solid-gray-420 p-4" aria-describedby="program-form-rate-value">
          <legend className="px-1 text-std-16B-170">{t("supportProgram.rateLegend")}</legend>
          <div className="flex flex-wrap items-end gap-4">
            <TextInputField
              name="subsidyRate.numerator"
              label={t("supportProgram.rateNumerator")}
              value={draft.rateNumerator}
              onChange={set("rateNumerator")}
              isRequired
              inputMode="numeric"
              pattern="[0-9]{1,4}"
              maxLength={4}
              className="w-40"
            />
            <span aria-hidden="true" className="pb-3 text-std-24B-150">
              /
            </span>
            <TextInputField
              name="subsidyRate.denominator"
              label={t("supportProgram.rateDenominator")}
              value={draft.rateDenominator}
              onChange={set("rateDenominator")}
              isRequired
              inputMode="numeric"
              pattern="[0-9]{1,4}"
              maxLength={4}
              className="w-40"
            />
          </div>
          <p id="program-form-rate-value" className="mt-2 text-std-16N-170">
            {percent === undefined
              ? t("supportProgram.rateHint")
              : t("supportProgram.ratePreview", {
                  rate: `${draft.rateNumerator}/${draft.rateDenominator}`,
                  percent,
                })}
          </p>
        </fieldset>
        <div className="grid gap-6 md:grid-cols-2">
          <DateField
            id="program-form-from"
            label={t("supportProgram.applicationFrom")}
            required
            value={draft.applicationFrom}
            error={errors.applicationFrom}
            onChange={set("applicationFrom")}
          />
          <DateField
            id="program-form-to"
            label={t("supportProgram.applicationTo")}
            required
            value={draft.applicationTo}
            error={errors.applicationTo}
            onChange={set("applicationTo")}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={create.isPending}>
            {t("supportProgram.create")}
          </button>
          <button type="button" className="btn-secondary" onClick={() => void navigate("/community/programs")}>
            {t("communityGroup.cancel")}
          </button>
          {create.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
    </>
  );
}
