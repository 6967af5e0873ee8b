import { useTranslation } from "react-i18next";
import { SectionNav } from "../../components/SectionNav";

/** Between the two pages of counter statistics. */
export function CounterStatsNav() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t("counterStats.sectionNav")}
      links={[
        { to: "/counter-stats", label: t("counterStats.title"), end: true },
        { to: "/counter-stats/channels", label: t("channelUsage.title") },
      ]}
    />
  );
}
