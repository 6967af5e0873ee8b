import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useConsultations } from "../../api/consultations";
import { useLocalName } from "../../app/useLocalName";
import { DeadlineText } from "../../components/DeadlineText";
import { useDateFormats } from "../../lib/dates";
import { FIRST_FEW, useFirstProposals, useFirstVoices } from "./api";
import type { Schema } from "../../api/schemas";
import { DashboardSection } from "./DashboardSection";
import { ProposalItem } from "./ProposalItem";
import { StatusBadge } from "../../components/StatusBadge";

/** The states of a voice still waiting for an answer, in the order they are worked on. */
const OPEN_VOICE_STATES = ["RECEIVED", "TRIAGED", "ASSIGNED"] as const satisfies readonly Schema<"VoiceState">[];

function voicesLink(params: Record<string, string>) {
  return `/voices?${new URLSearchParams(params).toString()}`;
}

function VoiceItem({ voice }: { voice: Schema<"VoiceSummary"> }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  return (
    <li className="border-b border-solid-gray-200 py-2">
      <Link to={`/voices/${voice.id}`} className="link text-std-16B-170">
        {voice.reference}
      </Link>
      <StatusBadge family="voice" status={voice.status} className="ml-2">
        {t(`voiceStatus.${voice.status}`)}
      </StatusBadge>
      {voice.overdue && (
        <StatusBadge family="overdue" status="OVERDUE" className="ml-2">
          {t("dashboard.overdueMark")}
        </StatusBadge>
      )}
      {voice.excerpt && <p className="text-std-16N-170">{voice.excerpt}</p>}
      <p className="text-std-16N-170 text-solid-gray-700">
        {t("dashboard.dueOn", { date: formats.date(voice.dueOn) })}
      </p>
    </li>
  );
}

/** Voices of the ward still waiting for an answer: a count per state, and the newest few of all of them. */
function OpenVoices({ ward }: { ward: Schema<"WardRef"> }) {
  const { t } = useTranslation();
  const received = useFirstVoices({ ward: ward.code, status: "RECEIVED" });
  const triaged = useFirstVoices({ ward: ward.code, status: "TRIAGED" });
  const assigned = useFirstVoices({ ward: ward.code, status: "ASSIGNED" });
  const byState = { RECEIVED: received, TRIAGED: triaged, ASSIGNED: assigned };
  const queries = [received, triaged, assigned];
  const total = queries.reduce((sum, query) => sum + (query.data?.total ?? 0), 0);
  // Each list is newest first, so the newest few of their union are among the first few of each.
  const newest = queries
    .flatMap((query) => query.data?.items ?? [])
    .sort((a, b) => (b.receivedOn ?? "").localeCompare(a.receivedOn ?? "") || (b.id ?? 0) - (a.id ?? 0))
    .slice(0, FIRST_FEW);
  return (
    <DashboardSection
      id="dashboard-open-voices"
      title={t("dashboard.openVoices")}
      queries={queries}
      total={total}
      empty={t("dashboard.openVoicesEmpty")}
      more={{ to: voicesLink({ ward: ward.code }), label: t("dashboard.allVoices") }}
      summary={
        <ul aria-label={t("dashboard.byState")} className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {OPEN_VOICE_STATES.map((state) => (
            <li key={state}>
              <Link to={voicesLink({ ward: ward.code, status: state })} className="link">
                {t("dashboard.stateCount", {
                  state: t(`voiceStatus.${state}`),
                  count: byState[state].data?.total ?? 0,
                })}
              </Link>
            </li>
          ))}
        </ul>
      }
    >
      <h3 className="mt-4 text-std-17B-170">{t("dashboard.newest")}</h3>
      <ul>
        {newest.map((voice) => (
          <VoiceItem key={voice.id} voice={voice} />
        ))}
      </ul>
    </DashboardSection>
  );
}

function OverdueVoices({ ward }: { ward: Schema<"WardRef"> }) {
  const { t } = useTranslation();
  const overdue = useFirstVoices({ ward: ward.code, overdue: true });
  return (
    <DashboardSection
      id="dashboard-overdue-voices"
      title={t("dashboard.overdueVoices")}
      queries={[overdue]}
      total={overdue.data?.total}
      empty={t("dashboard.overdueVoicesEmpty")}
      more={{ to: voicesLink({ ward: ward.code, overdue: "true" }), label: t("dashboard.allOverdueVoices") }}
    >
      <ul>
        {overdue.data?.items.map((voice) => (
          <VoiceItem key={voice.id} voice={voice} />
        ))}
      </ul>
    </DashboardSection>
  );
}

function WardProposals({ ward }: { ward: Schema<"WardRef"> }) {
  const { t } = useTranslation();
  const proposals = useFirstProposals({ ward: ward.code });
  return (
    <DashboardSection
      id="dashboard-ward-proposals"
      title={t("dashboard.wardProposals")}
      queries={[proposals]}
      total={proposals.data?.total}
      empty={t("dashboard.wardProposalsEmpty")}
      more={{ to: `/proposals?ward=${ward.code}`, label: t("dashboard.allProposals") }}
    >
      <ul>
        {proposals.data?.items.map((proposal) => (
          <ProposalItem key={proposal.id} proposal={proposal} />
        ))}
      </ul>
    </DashboardSection>
  );
}

function ConsultationsToAnswer({ ward }: { ward: Schema<"WardRef"> }) {
  const { t } = useTranslation();
  const consultations = useConsultations({ open: true, unansweredBy: ward.code, page: 0, size: FIRST_FEW });
  return (
    <DashboardSection
      id="dashboard-consultations-to-answer"
      title={t("dashboard.consultationsToAnswer")}
      queries={[consultations]}
      total={consultations.data?.total}
      empty={t("dashboard.consultationsToAnswerEmpty")}
      more={{
        to: `/consultations?open=true&unansweredBy=${ward.code}`,
        label: t("dashboard.allConsultationsToAnswer"),
      }}
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
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}

/** Ward staff: their ward's voices waiting for an answer, its proposals, and the consultations it has to answer. */
export function WardDashboard({ ward }: { ward: Schema<"WardRef"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <>
      <p className="mb-6 text-std-16N-170">{t("dashboard.wardLead", { ward: localName(ward) })}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <OpenVoices ward={ward} />
        <OverdueVoices ward={ward} />
        <ConsultationsToAnswer ward={ward} />
        <WardProposals ward={ward} />
      </div>
    </>
  );
}
