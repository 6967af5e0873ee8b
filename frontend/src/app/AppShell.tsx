import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { LoadingStatus } from "../components/LoadingStatus";
import { SessionWatcher } from "../features/auth/SessionWatcher";
import { UserMenu } from "../features/auth/UserMenu";
import { NotificationsLink } from "../features/notifications/NotificationsLink";
import { RequirePasswordChange } from "../features/password/PasswordChangePage";
import {
  ADMINISTRATORS,
  COMMUNITY_STAFF,
  CONSULTATION_READERS,
  COUNTER_STATS_READERS,
  DUTY_READERS,
  FAQ_AUTHORS,
  FLOOR_GUIDES,
  HOURS_EDITORS,
  LIAISON_STAFF,
  PROCEDURE_EDITORS,
  PROPOSAL_READERS,
  VOICE_STAFF,
  WINDOW_STAFF,
  hasRole,
} from "../lib/auth/permissions";
import { useSession } from "../lib/auth/session";
import { LanguageSwitch } from "./LanguageSwitch";

function MainNav() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session?.user;
  const links = [
    { to: "/counter", label: t("nav.counter") },
    { to: "/wards", label: t("nav.wards") },
    { to: "/offices", label: t("nav.offices") },
    { to: "/queue", label: t("floor.nav.queue") },
    { to: "/projects", label: t("nav.publicProjects") },
    { to: "/send-voice", label: t("voiceForm.nav") },
    { to: "/published-voices", label: t("publicVoices.nav") },
    { to: "/proposal-results", label: t("proposalResults.nav") },
    ...(hasRole(user, WINDOW_STAFF) ? [{ to: "/floor/console", label: t("floor.nav.console") }] : []),
    ...(hasRole(user, FLOOR_GUIDES) ? [{ to: "/floor", label: t("floor.nav.manager") }] : []),
    ...(hasRole(user, PROCEDURE_EDITORS) ? [{ to: "/staff/procedures", label: t("nav.staffProcedures") }] : []),
    ...(hasRole(user, HOURS_EDITORS) ? [{ to: "/staff/offices", label: t("nav.staffHours") }] : []),
    ...(hasRole(user, FAQ_AUTHORS) ? [{ to: "/staff/faq", label: t("nav.staffFaq") }] : []),
    ...(hasRole(user, VOICE_STAFF) ? [{ to: "/voices", label: t("nav.voices") }] : []),
    ...(hasRole(user, COUNTER_STATS_READERS) ? [{ to: "/counter-stats", label: t("counterStats.nav") }] : []),
    ...(hasRole(user, PROPOSAL_READERS) ? [{ to: "/proposals", label: t("nav.proposals") }] : []),
    ...(hasRole(user, CONSULTATION_READERS) ? [{ to: "/consultations", label: t("nav.consultations") }] : []),
    ...(hasRole(user, DUTY_READERS) ? [{ to: "/duties", label: t("nav.duties") }] : []),
    ...(hasRole(user, COMMUNITY_STAFF) ? [{ to: "/community/projects", label: t("nav.communityProjects") }] : []),
    ...(hasRole(user, LIAISON_STAFF) ? [{ to: "/community/my-areas", label: t("nav.myAreas") }] : []),
    ...(hasRole(user, COMMUNITY_STAFF) ? [{ to: "/community/groups", label: t("nav.communitySupport") }] : []),
    ...(session ? [{ to: "/me", label: t("nav.profile") }] : []),
    ...(hasRole(user, ADMINISTRATORS) ? [{ to: "/admin/staff", label: t("admin.nav.staff") }] : []),
    ...(hasRole(user, ADMINISTRATORS) ? [{ to: "/admin/clients", label: t("admin.nav.clients") }] : []),
    ...(hasRole(user, ADMINISTRATORS) ? [{ to: "/admin/audit", label: t("admin.nav.audit") }] : []),
  ];
  return (
    <nav aria-label={t("app.mainNav")} className="border-t border-solid-gray-200">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} className="nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Moves focus to the main region after a page change, so screen readers start reading the new page. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus();
  }, [pathname]);
  return main;
}

/** The page asked for, unless the account must first change its password (the API refuses everything else). */
function PageOrPasswordChange() {
  const session = useSession();
  const { pathname } = useLocation();
  if (session?.user.passwordChangeRequired && pathname !== "/password-change") return <RequirePasswordChange />;
  return (
    <Suspense fallback={<LoadingStatus />}>
      <Outlet />
    </Suspense>
  );
}

export function AppShell() {
  const { t, i18n } = useTranslation();
  const main = useFocusMainOnNavigation();
  const subtitleLang = i18n.language === "en" ? "ja" : "en";
  return (
    <div className="flex min-h-screen flex-col bg-white text-solid-gray-800">
      <a href="#main-content" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-solid-gray-200">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link to="/" className="brand">
            <span className="text-std-24B-150">{t("app.name")}</span>
            <span lang={subtitleLang} className="ml-2 text-std-16N-170 text-solid-gray-700">
              {t("app.nameSub")}
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitch />
            <NotificationsLink />
            <UserMenu />
          </div>
        </div>
        <MainNav />
      </header>
      <main
        id="main-content"
        ref={main}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
      >
        <PageOrPasswordChange />
      </main>
      <footer className="border-t border-solid-gray-200 bg-solid-gray-50">
        <p className="mx-auto max-w-6xl px-4 py-6 text-std-16N-170 text-solid-gray-800">{t("app.footer")}</p>
      </footer>
      <SessionWatcher />
    </div>
  );
}
