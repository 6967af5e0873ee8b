import { useTranslation } from "react-i18next";
import { SectionNav } from "../../components/SectionNav";

/** Links between the community support pages: groups, support programmes and the grant figures. */
export function CommunityNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/community/groups", label: t("communityGroup.navGroups") },
    { to: "/community/programs", label: t("communityGroup.navPrograms") },
    { to: "/community/grants", label: t("communityGroup.navGrants") },
  ];
  return <SectionNav label={t("communityGroup.nav")} links={links} />;
}
