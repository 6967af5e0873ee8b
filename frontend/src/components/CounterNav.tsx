import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** Links between the public counter guide's pages. */
export function CounterNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/counter", label: t("counter.navFinder"), end: true },
    { to: "/counter/matrix", label: t("counter.navMatrix"), end: false },
    { to: "/counter/faq", label: t("counter.navFaq"), end: false },
  ];
  return (
    <nav aria-label={t("counter.nav")} className="mb-6">
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
