import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** Links between the community support pages: groups, support programmes and the grant figures. */
export function CommunityNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/community/groups", label: t("communityGroup.navGroups") },
    { to: "/community/programs", label: t("communityGroup.navPrograms") },
    { to: "/community/grants", label: t("communityGroup.navGrants") },
  ];
  return (
    <nav aria-label={t("communityGroup.nav")} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} className="nav-link py-1">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
