import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { useLocation } from "react-router";
import { useConsultation } from "../../api/consultations";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { DeadlineText } from "../../components/DeadlineText";
import { DetailList } from "../../components/DetailList";
import { canAnswerConsultation, canReportOnConsultation } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { AnswerForm } from "./AnswerForm";
import { stanceLabelKey } from "./consultationText";
import { ReportForm } from "./ReportForm";
import { usePersonNames } from "../../lib/usePersonNames";
import { PersonName } from "../../components/PersonName";
import { StatusBadge } from "../../components/StatusBadge";
import { useDoneNotice } from "../../components/PageNotice";

type Done = "opened" | "answered" | "reported";

/** What the consultation's page is told after it was opened. */
export interface ConsultationDetailLocationState {
  message?: Done;
}

function WardAnswers({ consultation }: { consultation: Schema<"Consultation"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const personName = usePersonNames(consultation.wards.map(({ response }) => response?.respondedBy));
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("consultation.answersCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("consultation.ward")}</th>
            <th scope="col">{t("consultation.stance")}</th>
            <th scope="col">{t("consultation.comments")}</th>
            <th scope="col">{t("consultation.respondedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {consultation.wards.map(({ ward, response }) => (
            <tr key={ward.code}>
              <th scope="row">{localName(ward)}</th>
              <td>
                {response ? (
                  <StatusBadge family="stance" status={response.stance}>
                    {t(stanceLabelKey(response.stance))}
                  </StatusBadge>
                ) : (
                  t("consultation.notAnswered")
                )}
              </td>
              <td className="whitespace-pre-line">{response?.comments}</td>
              <td>
                {response &&
                  t("consultation.respondedByAt", {
                    who: personName(response.respondedBy),
                    when: formats.dateTime(response.respondedAt),
                  })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Reports({ consultation }: { consultation: Schema<"Consultation"> }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const personName = usePersonNames(consultation.reports.map((report) => report.author));
  if (consultation.reports.length === 0) return <p className="text-std-16N-170">{t("consultation.noReports")}</p>;
  return (
    <ol aria-label={t("consultation.reportsList")}>
      {consultation.reports.map((report) => (
        <li key={report.id} className="border-b border-solid-gray-420 py-4">
          <p className="text-std-16B-170">
            <time dateTime={report.reportedOn}>{formats.date(report.reportedOn)}</time>
            <span className="ml-2 text-std-16N-170 text-solid-gray-700">
              {t("consultation.reportedBy", { who: personName(report.author) })}
            </span>
          </p>
          <p className="mt-2 whitespace-pre-line text-std-16N-170">{report.body}</p>
        </li>
      ))}
    </ol>
  );
}

interface ConsultationViewProps {
  consultation: Schema<"Consultation">;
  onReload: () => Promise<unknown>;
}

function ConsultationView({ consultation, onReload }: ConsultationViewProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const session = useSession();
  const state = useLocation().state as ConsultationDetailLocationState | null;
  const setDone = useDoneNotice<Done>(state?.message, (done) => t(`consultation.done_${done}`));
  const user = session?.user;
  const ownWard = user?.ward ? consultation.wards.find(({ ward }) => ward.code === user.ward?.code) : undefined;
  const mayAnswer = canAnswerConsultation(
    user,
    consultation.wards.map(({ ward }) => ward.code),
  );
  const mayReport = canReportOnConsultation(user, consultation.bureau.code);

  return (
    <>
      <h1 className="page-title">{consultation.title}</h1>
      <DetailList
        items={[
          { label: t("consultation.bureau"), value: localName(consultation.bureau) },
          { label: t("consultation.deadline"), value: <DeadlineText consultation={consultation} /> },
          {
            label: t("consultation.state"),
            value: (
              <StatusBadge family="consultation" status={consultation.open ? "OPEN" : "CLOSED"}>
                {consultation.open ? t("consultation.stateOpen") : t("consultation.stateClosed")}
              </StatusBadge>
            ),
          },
          {
            label: t("consultation.addressedWards"),
            value: consultation.wards.map(({ ward }) => localName(ward)).join(t("consultation.listSeparator")),
          },
          { label: t("consultation.createdBy"), value: <PersonName username={consultation.createdBy} /> },
          {
            label: t("consultation.createdAt"),
            value: consultation.createdAt && (
              <time dateTime={consultation.createdAt}>{formats.dateTime(consultation.createdAt)}</time>
            ),
          },
        ]}
      />
      <section aria-labelledby="consultation-description" className="mt-8">
        <h2 id="consultation-description" className="section-title">
          {t("consultation.description")}
        </h2>
        <p className="max-w-3xl whitespace-pre-line text-std-16N-170">{consultation.description}</p>
      </section>
      <section aria-labelledby="consultation-answers" className="mt-8">
        <h2 id="consultation-answers" className="section-title">
          {t("consultation.wardAnswers")}
        </h2>
        <WardAnswers consultation={consultation} />
      </section>
      {mayAnswer && ownWard && (
        <section aria-labelledby="consultation-answer-form" className="mt-8">
          <h2 id="consultation-answer-form" className="section-title">
            {t("consultation.yourAnswer", { ward: localName(ownWard.ward) })}
          </h2>
          {consultation.open ? (
            <AnswerForm
              key={ownWard.response?.version ?? "first"}
              consultationId={consultation.id}
              current={ownWard.response ?? undefined}
              onAnswered={() => setDone("answered")}
              onReload={onReload}
            />
          ) : (
            <p className="text-std-16N-170">{t("consultation.closedNoAnswer")}</p>
          )}
        </section>
      )}
      <section aria-labelledby="consultation-reports" className="mt-8">
        <h2 id="consultation-reports" className="section-title">
          {t("consultation.reportsTitle")}
        </h2>
        <Reports consultation={consultation} />
        {mayReport && <ReportForm consultationId={consultation.id} onReported={() => setDone("reported")} />}
      </section>
      <BackLink to="/consultations">{t("consultation.backToList")}</BackLink>
    </>
  );
}

export function ConsultationDetailPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useConsultation(id, valid)}
      valid={valid}
      title={t("consultation.title")}
      titleOf={(consultation) => consultation.title}
      notFoundTitle={t("consultation.notFound")}
      back={{ to: "/consultations", label: t("consultation.backToList") }}
    >
      {(consultation, reload) => <ConsultationView consultation={consultation} onReload={reload} />}
    </RecordPage>
  );
}
