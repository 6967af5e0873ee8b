import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** Links between the staff pages of community development: the board, the counts and the dialogue meetings. */
export function ProjectNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/community/projects", label: t("project.navBoard"), end: true },
    { to: "/community/projects/stats", label: t("project.navStats"), end: false },
    { to: "/community/meetings", label: t("project.navMeetings"), end: false },
  ];
  return (
    <nav aria-label={t("project.nav")} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="nav-link py-1">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
