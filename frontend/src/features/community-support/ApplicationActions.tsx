import { type FormEvent, type ReactNode, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { RequiredMark, TextInputField } from "../../components/FormFields";
import { LoadingStatus } from "../../components/LoadingStatus";
import { SaveError } from "../../components/SaveError";
import { type ApplicationStep, useApplicationStep, useProgram } from "./api";
import type { Schema } from "../../api/schemas";
import { formatRate, formatYen, grantLimits, parseYen, settlementCap } from "./money";

interface ActionFormProps {
  application: Schema<"SupportApplication">;
  onDone: (action: Schema<"SupportApplicationAction">) => void;
  onReload: () => void;
}

/** An amount typed in whole yen, with its hint and the API's error (e.g. the limit it hits) right under it. */
function AmountField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint: ReactNode;
  error?: string;
}) {
  return (
    <div className="field md:max-w-md">
      <label htmlFor={id} className="field-label">
        {label}
        <RequiredMark />
      </label>
      <input
        id={id}
        value={value}
        required
        inputMode="numeric"
        maxLength={20}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className="field-input"
      />
      <div id={`${id}-hint`} className="field-hint">
        {hint}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** One action's form: its own request, its error (412 offers a reload), and its button. */
function ActionForm({
  application,
  action,
  onDone,
  onReload,
  children,
  build,
  localErrors,
  fields,
}: ActionFormProps & {
  action: Schema<"SupportApplicationAction">;
  /** The API fields this form shows, each with its error beside it. */
  fields: readonly string[];
  /** The fields, given the API's field errors. */
  children: (errors: Record<string, string>) => ReactNode;
  /** The step to send, or undefined when the form itself found something to correct. */
  build: () => ApplicationStep | undefined;
  localErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const step = useApplicationStep(application.id);
  const errors = { ...fieldErrorsOf(step.error), ...localErrors };
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.isPending) return;
    const request = build();
    if (!request) return;
    // The page shows the next steps as soon as the answer is in, which replaces this form: the promise, unlike
    // mutate's own callbacks, still settles after that.
    step
      .mutateAsync({ step: request, version: application.version })
      .then(() => onDone(action))
      .catch(() => undefined);
  }
  const headingId = `action-${action.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="mb-2 text-std-18B-160 text-solid-gray-900">
        {t(`supportApplication.actions.${action}`)}
      </h3>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t(`supportApplication.actionIntro.${action}`)}</p>
      {step.isError && (
        <SaveError
          error={step.error}
          fieldsShown={fields}
          onReload={() => {
            step.reset();
            onReload();
          }}
        />
      )}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-4">
        {children(errors)}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={step.isPending}>
            {t(`supportApplication.actions.${action}`)}
          </button>
          {step.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
    </section>
  );
}

function NoteField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInputField
      name="note"
      label={t("supportApplication.note")}
      value={value}
      onChange={onChange}
      multiline
      rows={2}
      maxLength={2000}
    />
  );
}

function NoteAction(props: ActionFormProps & { action: "SUBMIT" | "REVIEW" }) {
  const [note, setNote] = useState("");
  return (
    <ActionForm
      {...props}
      localErrors={{}}
      fields={["note"]}
      build={() => ({ action: props.action, note: note.trim() || undefined })}
    >
      {() => <NoteField value={note} onChange={setNote} />}
    </ActionForm>
  );
}

/** The limits of a grant, each named with its amount, and the range that may be granted. */
function GrantLimitsList({
  application,
  program,
}: {
  application: Schema<"SupportApplication">;
  program: Schema<"SupportProgram">;
}) {
  const { t } = useTranslation();
  const limits = grantLimits(application, program);
  return (
    <>
      <table className="data-table mb-2">
        <caption className="py-2 text-left text-std-16B-170">{t("supportApplication.limitsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("supportApplication.limit")}</th>
            <th scope="col" className="text-right">
              {t("supportApplication.limitAmount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {limits.caps.map((cap) => (
            <tr key={cap.rule}>
              <th scope="row">
                {t(`supportApplication.limits.${cap.rule}`, {
                  rate: formatRate(program.subsidyRate),
                  cost: formatYen(application.eligibleCostYen),
                })}
              </th>
              <td className="text-right tabular-nums">{formatYen(cap.amountYen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {limits.highestYen >= limits.lowestYen ? (
        <p className="text-std-16N-170">
          {t("supportApplication.grantRange", {
            lowest: formatYen(limits.lowestYen),
            highest: formatYen(limits.highestYen),
          })}
        </p>
      ) : (
        <p className="text-std-16N-170">
          {t("supportApplication.grantImpossible", {
            lowest: formatYen(limits.lowestYen),
            highest: formatYen(limits.highestYen),
          })}
        </p>
      )}
    </>
  );
}

function GrantAction(props: ActionFormProps) {
  const { t } = useTranslation();
  const program = useProgram(props.application.programId);
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  return (
    <ActionForm
      {...props}
      action="GRANT"
      localErrors={localErrors}
      fields={["grantedAmountYen", "note"]}
      build={() => {
        const grantedAmountYen = parseYen(amount);
        if (grantedAmountYen === undefined) {
          setLocalErrors({ grantedAmountYen: t("supportProgram.amountUnreadable") });
          return undefined;
        }
        setLocalErrors({});
        return { action: "GRANT", input: { grantedAmountYen, note: note.trim() || undefined } };
      }}
    >
      {(errors) => (
        <>
          {props.application.fourEyesConflict && (
            <p className="notice">{t(`supportApplication.fourEyes.${props.application.fourEyesConflict}`)}</p>
          )}
          {program.isPending && <LoadingStatus />}
          {program.isSuccess && <GrantLimitsList application={props.application} program={program.data} />}
          <AmountField
            id="grant-amount"
            label={t("supportApplication.grantedAmount")}
            value={amount}
            onChange={setAmount}
            hint={t("supportProgram.amountHint")}
            error={errors.grantedAmountYen}
          />
          <NoteField value={note} onChange={setNote} />
        </>
      )}
    </ActionForm>
  );
}

function DeclineAction(props: ActionFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  return (
    <ActionForm
      {...props}
      action="DECLINE"
      localErrors={{}}
      fields={["reason"]}
      build={() => ({ action: "DECLINE", reason: reason.trim() })}
    >
      {() => (
        <TextInputField
          name="reason"
          label={t("supportApplication.declineReason")}
          value={reason}
          onChange={setReason}
          isRequired
          multiline
          rows={3}
          maxLength={2000}
        />
      )}
    </ActionForm>
  );
}

function ReportAction(props: ActionFormProps) {
  const { t } = useTranslation();
  const [report, setReport] = useState("");
  const [note, setNote] = useState("");
  return (
    <ActionForm
      {...props}
      action="REPORT"
      localErrors={{}}
      fields={["activityReport", "note"]}
      build={() => ({ action: "REPORT", input: { activityReport: report.trim(), note: note.trim() || undefined } })}
    >
      {() => (
        <>
          <TextInputField
            name="activityReport"
            label={t("supportApplication.activityReport")}
            value={report}
            onChange={setReport}
            isRequired
            multiline
            rows={5}
            maxLength={8000}
          />
          <NoteField value={note} onChange={setNote} />
        </>
      )}
    </ActionForm>
  );
}

function SettleAction(props: ActionFormProps) {
  const { t } = useTranslation();
  const program = useProgram(props.application.programId);
  const [actualCost, setActualCost] = useState("");
  const [finalAmount, setFinalAmount] = useState("");
  const [note, setNote] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const granted = props.application.grantedAmountYen ?? 0;
  const cost = parseYen(actualCost);
  return (
    <ActionForm
      {...props}
      action="SETTLE"
      localErrors={localErrors}
      fields={["actualCostYen", "finalAmountYen", "note"]}
      build={() => {
        const actualCostYen = parseYen(actualCost);
        const finalAmountYen = parseYen(finalAmount);
        const unreadable: Record<string, string> = {};
        if (actualCostYen === undefined) unreadable.actualCostYen = t("supportProgram.amountUnreadable");
        if (finalAmountYen === undefined) unreadable.finalAmountYen = t("supportProgram.amountUnreadable");
        setLocalErrors(unreadable);
        if (actualCostYen === undefined || finalAmountYen === undefined) return undefined;
        return { action: "SETTLE", input: { actualCostYen, finalAmountYen, note: note.trim() || undefined } };
      }}
    >
      {(errors) => (
        <>
          <AmountField
            id="settle-actual-cost"
            label={t("supportApplication.actualCost")}
            value={actualCost}
            onChange={setActualCost}
            hint={t("supportProgram.amountHint")}
            error={errors.actualCostYen}
          />
          <AmountField
            id="settle-final-amount"
            label={t("supportApplication.finalAmount")}
            value={finalAmount}
            onChange={setFinalAmount}
            hint={
              cost !== undefined && program.isSuccess
                ? t("supportApplication.settleCap", {
                    granted: formatYen(granted),
                    rate: formatRate(program.data.subsidyRate),
                    cap: formatYen(settlementCap(granted, cost, program.data.subsidyRate)),
                  })
                : t("supportApplication.settleHint", { granted: formatYen(granted) })
            }
            error={errors.finalAmountYen}
          />
          <NoteField value={note} onChange={setNote} />
        </>
      )}
    </ActionForm>
  );
}

/** The actions the API says the caller may take now, each as its own small form. */
export function ApplicationActions(props: ActionFormProps) {
  const { t } = useTranslation();
  const { actions } = props.application;
  return (
    <section aria-labelledby="application-actions" className="mt-8">
      <h2 id="application-actions" className="section-title">
        {t("supportApplication.actionsTitle")}
      </h2>
      {actions.length === 0 ? (
        <p className="text-std-16N-170">{t("supportApplication.noActions")}</p>
      ) : (
        <div className="flex flex-col gap-6">
          {actions.map((action) => {
            switch (action) {
              case "SUBMIT":
              case "REVIEW":
                return <NoteAction key={action} {...props} action={action} />;
              case "GRANT":
                return <GrantAction key={action} {...props} />;
              case "DECLINE":
                return <DeclineAction key={action} {...props} />;
              case "REPORT":
                return <ReportAction key={action} {...props} />;
              case "SETTLE":
                return <SettleAction key={action} {...props} />;
            }
          })}
        </div>
      )}
    </section>
  );
}
