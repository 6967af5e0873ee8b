import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** Links between the residents' voice pages: the triage list, intake and analysis. */
export function VoiceNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/voices", label: t("voice.navList"), end: true },
    { to: "/voices/new", label: t("voice.navNew"), end: false },
    { to: "/voices/analysis", label: t("voice.navAnalysis"), end: false },
  ];
  return (
    <nav aria-label={t("voice.nav")} className="mb-6">
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
