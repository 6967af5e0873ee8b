import { useTranslation } from "react-i18next";
import { SectionNav } from "../../components/SectionNav";

/** Links between the residents' voice pages: the triage list, intake and analysis. */
export function VoiceNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/voices", label: t("voice.navList"), end: true },
    { to: "/voices/new", label: t("voice.navNew") },
    { to: "/voices/analysis", label: t("voice.navAnalysis") },
  ];
  return <SectionNav label={t("voice.nav")} links={links} />;
}
