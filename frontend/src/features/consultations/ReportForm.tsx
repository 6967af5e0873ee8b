import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useReportOnConsultation } from "../../api/consultations";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextInputField } from "../../components/FormFields";
import { todayInKumamoto } from "../../lib/dates";

/** The consulting bureau tells the addressed wards how the project goes. */
export function ReportForm({ consultationId, onReported }: { consultationId: number; onReported: () => void }) {
  const { t } = useTranslation();
  const report = useReportOnConsultation(consultationId);
  const [reportedOn, setReportedOn] = useState(todayInKumamoto());
  const [body, setBody] = useState("");
  const errors = fieldErrorsOf(report.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (report.isPending) return;
    report.mutate(
      { body: body.trim(), reportedOn: reportedOn || undefined },
      {
        onSuccess: () => {
          setBody("");
          onReported();
        },
      },
    );
  }

  return (
    <section aria-labelledby="consultation-report-form" className="mt-6 rounded-8 border border-solid-gray-420 p-4">
      <h3 id="consultation-report-form" className="text-std-18B-160 text-solid-gray-900">
        {t("consultation.newReport")}
      </h3>
      <p className="mb-4 text-std-16N-170">{t("consultation.newReportHint")}</p>
      {report.isError && <ErrorMessage error={report.error} />}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
        <div className="field">
          <label htmlFor="consultation-reported-on" className="field-label">
            {t("consultation.reportedOn")}
          </label>
          <input
            id="consultation-reported-on"
            name="reportedOn"
            type="date"
            value={reportedOn}
            aria-invalid={errors.reportedOn ? true : undefined}
            onChange={(event) => setReportedOn(event.currentTarget.value)}
            className="field-input"
          />
        </div>
        <TextInputField
          name="body"
          label={t("consultation.reportBody")}
          value={body}
          onChange={setBody}
          isRequired
          multiline
          rows={5}
          maxLength={8000}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={report.isPending}>
            {t("consultation.postReport")}
          </button>
          {report.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
    </section>
  );
}
