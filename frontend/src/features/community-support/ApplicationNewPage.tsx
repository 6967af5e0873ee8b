import { type FormEvent, useState } from "react";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { DateField, SelectField, TextInputField } from "../../components/FormFields";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { useSession } from "../../lib/auth/session";
import { useGroups, useProgram, useRecordApplication } from "./api";
import { CommunityNav } from "./CommunityNav";
import type { Schema } from "../../api/schemas";
import { type ApplicationDraft, EMPTY_APPLICATION_DRAFT, toApplicationInput, unreadableAmounts } from "./drafts";
import { formatRate, formatYen, parseYen, rateCap } from "./money";
import type { SavedState } from "./SavedNotice";

/** The groups that may apply: the programme's ward's, or for a city-wide one the recorder's own ward's. */
/** The fields the form shows the API's errors beside (the rest are listed above it). */
const APPLICATION_FIELDS = [
  "groupId",
  "title",
  "plannedActivity",
  "activityFrom",
  "activityTo",
  "eligibleCostYen",
  "requestedAmountYen",
];

function GroupChoice({
  program,
  value,
  error,
  onChange,
}: {
  program: Schema<"SupportProgram">;
  value: string;
  error?: string;
  onChange: (groupId: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [q, setQ] = useState("");
  const ward = program.wardCode ?? session?.user.ward?.code ?? undefined;
  const groups = useGroups({ q: q.trim() || undefined, ward, page: 0, size: 100 });
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170">{t("supportApplication.group")}</legend>
      <TextInputField
        name="groupSearch"
        type="search"
        label={t("supportApplication.groupSearch")}
        hint={t("supportApplication.groupSearchHint")}
        value={q}
        onChange={setQ}
        maxLength={100}
      />
      <div className="mt-4">
        <SelectField
          id="application-group"
          label={t("supportApplication.groupChoice")}
          required
          value={value}
          error={error}
          hint={groups.isSuccess ? t("supportApplication.groupCount", { count: groups.data.items.length }) : undefined}
          onChange={onChange}
        >
          <option value="">{t("common.choose")}</option>
          {groups.data?.items.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </SelectField>
      </div>
      {groups.isError && <ErrorMessage error={groups.error} onRetry={() => void groups.refetch()} />}
    </fieldset>
  );
}

function ApplicationForm({ program }: { program: Schema<"SupportProgram"> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const record = useRecordApplication(program.id);
  const [draft, setDraft] = useState<ApplicationDraft>({
    ...EMPTY_APPLICATION_DRAFT,
    groupId: params.get("group") ?? "",
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(record.error), ...localErrors };
  const set = (field: keyof ApplicationDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const cost = parseYen(draft.eligibleCost);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const unreadable = unreadableAmounts(
      { eligibleCostYen: draft.eligibleCost, requestedAmountYen: draft.requestedAmount },
      t("supportProgram.amountUnreadable"),
    );
    setLocalErrors(unreadable);
    if (Object.keys(unreadable).length > 0) return;
    record.mutate(toApplicationInput(draft), {
      onSuccess: (application) => {
        const state: SavedState = { saved: "created" };
        void navigate(`/community/applications/${application.id}`, { state });
      },
    });
  }

  return (
    <>
      <p className="mb-2 max-w-3xl text-std-16N-170">{t("supportApplication.newIntro")}</p>
      <p id="application-limits" className="mb-6 max-w-3xl text-std-16N-170">
        {t("supportApplication.programLimits", {
          maximum: formatYen(program.maximumPerApplicationYen),
          minimum: formatYen(program.minimumPerApplicationYen),
          rate: formatRate(program.subsidyRate),
        })}
      </p>
      {record.isError && (
        <SaveError error={record.error} onReload={() => record.reset()} fieldsShown={APPLICATION_FIELDS} />
      )}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
        <GroupChoice program={program} value={draft.groupId} error={errors.groupId} onChange={set("groupId")} />
        <TextInputField
          name="title"
          label={t("supportApplication.titleField")}
          value={draft.title}
          onChange={set("title")}
          isRequired
          maxLength={200}
        />
        <TextInputField
          name="plannedActivity"
          label={t("supportApplication.plannedActivity")}
          value={draft.plannedActivity}
          onChange={set("plannedActivity")}
          isRequired
          multiline
          rows={5}
          maxLength={4000}
        />
        <div className="grid gap-6 md:grid-cols-2">
          <DateField
            id="application-from"
            label={t("supportApplication.activityFrom")}
            required
            value={draft.activityFrom}
            error={errors.activityFrom}
            onChange={set("activityFrom")}
          />
          <DateField
            id="application-to"
            label={t("supportApplication.activityTo")}
            required
            value={draft.activityTo}
            error={errors.activityTo}
            onChange={set("activityTo")}
          />
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <TextInputField
            name="eligibleCostYen"
            label={t("supportApplication.eligibleCost")}
            hint={t("supportProgram.amountHint")}
            value={draft.eligibleCost}
            onChange={set("eligibleCost")}
            isRequired
            inputMode="numeric"
            maxLength={20}
          />
          <TextInputField
            name="requestedAmountYen"
            label={t("supportApplication.requestedAmount")}
            hint={
              cost === undefined
                ? t("supportApplication.requestedHint")
                : t("supportApplication.requestedHintWithCap", {
                    rate: formatRate(program.subsidyRate),
                    cap: formatYen(Math.min(rateCap(cost, program.subsidyRate), program.maximumPerApplicationYen)),
                  })
            }
            value={draft.requestedAmount}
            onChange={set("requestedAmount")}
            isRequired
            inputMode="numeric"
            maxLength={20}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={record.isPending}>
            {t("supportApplication.saveDraft")}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => void navigate(`/community/programs/${program.id}`)}
          >
            {t("communityGroup.cancel")}
          </button>
          {record.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
    </>
  );
}

/** Records a group's application to a programme, as a draft, on the group's behalf. */
export function ApplicationNewPage() {
  const { t } = useTranslation();
  const { id: programId, valid } = useIdParam();
  const program = useProgram(programId, valid);
  const notFound = isNotFound(program, valid);
  const title = notFound
    ? t("supportProgram.notFound")
    : program.data
      ? t("supportApplication.newTitleFor", { program: program.data.name })
      : t("supportApplication.newTitle");
  usePageTitle(title);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <CommunityNav />
      {!notFound && program.isPending && <LoadingStatus />}
      {!notFound && program.isError && <ErrorMessage error={program.error} onRetry={() => void program.refetch()} />}
      {program.isSuccess && <ApplicationForm program={program.data} />}
      <BackLink to={valid && !notFound ? `/community/programs/${programId}` : "/community/programs"}>
        {t("supportApplication.backToProgram")}
      </BackLink>
    </>
  );
}
