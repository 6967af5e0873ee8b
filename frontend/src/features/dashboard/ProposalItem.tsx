import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocalName } from "../../app/useLocalName";
import { useDateFormats } from "../../lib/dates";
import type { Schema } from "../../api/schemas";
import { StatusBadge } from "../../components/StatusBadge";

interface ProposalItemProps {
  proposal: Schema<"ProposalSummary">;
  /** For HQ staff: their bureau, whose answer slot is shown (due date and where the answer stands). */
  bureauCode?: string;
}

/** A proposal and where it stands: its state, the bureaus' answers, progress once adopted. */
export function ProposalItem({ proposal, bureauCode }: ProposalItemProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const bureaus = proposal.bureaus;
  const published = bureaus.filter((addressee) => addressee.publication === "PUBLISHED").length;
  const own = bureauCode ? bureaus.find((addressee) => addressee.bureau.code === bureauCode) : undefined;
  const showProgress = proposal.status === "IN_PROGRESS" || proposal.status === "DONE";
  return (
    <li className="border-b border-solid-gray-200 py-2">
      <Link to={`/proposals/${proposal.id}`} className="link text-std-16B-170">
        {proposal.title}
      </Link>
      <StatusBadge family="proposal" status={proposal.status} className="ml-2">
        {t(`proposalStatus.${proposal.status}`)}
      </StatusBadge>
      {proposal.overdue && (
        <StatusBadge family="overdue" status="OVERDUE" className="ml-2">
          {t("dashboard.overdueMark")}
        </StatusBadge>
      )}
      <p className="text-std-16N-170">
        {[
          bureauCode ? t("dashboard.fromWard", { ward: localName(proposal.ward) }) : undefined,
          bureaus.length > 0 && !own
            ? t("dashboard.answersPublished", { published, total: bureaus.length })
            : undefined,
          own ? t(`dashboard.answer_${own.publication}`) : undefined,
          own ? t("dashboard.dueOn", { date: formats.date(own.dueOn) }) : undefined,
          showProgress ? t("dashboard.progress", { percent: proposal.progressPercent ?? 0 }) : undefined,
        ]
          .filter(Boolean)
          .join(t("dashboard.separator"))}
      </p>
    </li>
  );
}
