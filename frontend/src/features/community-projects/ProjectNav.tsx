import { useTranslation } from "react-i18next";
import { SectionNav } from "../../components/SectionNav";

/** Links between the staff pages of community development: the board, the counts and the dialogue meetings. */
export function ProjectNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/community/projects", label: t("project.navBoard"), end: true },
    { to: "/community/projects/stats", label: t("project.navStats") },
    { to: "/community/meetings", label: t("project.navMeetings") },
  ];
  return <SectionNav label={t("project.nav")} links={links} />;
}
