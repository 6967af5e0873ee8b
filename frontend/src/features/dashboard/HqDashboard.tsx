import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useConsultations } from "../../api/consultations";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { DeadlineText } from "../../components/DeadlineText";
import { FIRST_FEW, useFirstProposals } from "./api";
import { DashboardSection } from "./DashboardSection";
import { ProposalItem } from "./ProposalItem";

function proposalsLink(params: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  return `/proposals?${search.toString()}`;
}

/** Proposals submitted to the bureau (all bureaus for an administrator) and still waiting for the answers. */
function ProposalsToAnswer({ bureauCode }: { bureauCode?: string }) {
  const { t } = useTranslation();
  const proposals = useFirstProposals({ bureau: bureauCode, status: "SUBMITTED" });
  return (
    <DashboardSection
      id="dashboard-proposals-to-answer"
      title={t("dashboard.proposalsToAnswer")}
      queries={[proposals]}
      total={proposals.data?.total}
      empty={t("dashboard.proposalsToAnswerEmpty")}
      more={{
        to: proposalsLink({ status: "SUBMITTED", bureau: bureauCode }),
        label: t("dashboard.allProposalsToAnswer"),
      }}
    >
      <ul>
        {proposals.data?.items.map((proposal) => (
          <ProposalItem key={proposal.id} proposal={proposal} bureauCode={bureauCode} />
        ))}
      </ul>
    </DashboardSection>
  );
}

function OverdueAnswers({ bureauCode }: { bureauCode?: string }) {
  const { t } = useTranslation();
  const proposals = useFirstProposals({ bureau: bureauCode, overdue: true });
  return (
    <DashboardSection
      id="dashboard-overdue-answers"
      title={t("dashboard.overdueAnswers")}
      queries={[proposals]}
      total={proposals.data?.total}
      empty={t("dashboard.overdueAnswersEmpty")}
      more={{ to: proposalsLink({ overdue: "true", bureau: bureauCode }), label: t("dashboard.allOverdueAnswers") }}
    >
      <ul>
        {proposals.data?.items.map((proposal) => (
          <ProposalItem key={proposal.id} proposal={proposal} bureauCode={bureauCode} />
        ))}
      </ul>
    </DashboardSection>
  );
}

/** The bureau's consultations still open for answers, with how many wards have answered. */
function OpenConsultations() {
  const { t } = useTranslation();
  const consultations = useConsultations({ open: true, page: 0, size: FIRST_FEW });
  return (
    <DashboardSection
      id="dashboard-open-consultations"
      title={t("dashboard.openConsultations")}
      queries={[consultations]}
      total={consultations.data?.total}
      empty={t("dashboard.openConsultationsEmpty")}
      more={{ to: "/consultations?open=true", label: t("dashboard.allOpenConsultations") }}
    >
      <ul>
        {consultations.data?.items.map((consultation) => (
          <li key={consultation.id} className="border-b border-solid-gray-200 py-2">
            <Link to={`/consultations/${consultation.id}`} className="link text-std-16B-170">
              {consultation.title}
            </Link>
            <p className="text-std-16N-170">
              {t("dashboard.answerBy")} <DeadlineText consultation={consultation} />
            </p>
            <p className="text-std-16N-170">
              {t("dashboard.wardsAnswered", {
                answered: consultation.wards.filter((ward) => ward.stance).length,
                total: consultation.wards.length,
              })}
            </p>
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}

/** HQ staff (or an administrator, across all bureaus): proposals to answer, overdue answers, open consultations. */
export function HqDashboard({ bureau }: { bureau?: Schema<"BureauRef"> | null }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <>
      <p className="mb-6 text-std-16N-170">
        {bureau ? t("dashboard.hqLead", { bureau: localName(bureau) }) : t("dashboard.adminLead")}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <ProposalsToAnswer bureauCode={bureau?.code} />
        <OverdueAnswers bureauCode={bureau?.code} />
        <OpenConsultations />
      </div>
      <p className="mt-6">
        <Link to="/consultations/new" className="btn-secondary">
          {t("dashboard.openConsultation")}
        </Link>
      </p>
    </>
  );
}
