import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { LoadingStatus } from "../components/LoadingStatus";
import { NoticeProvider } from "../components/PageNotice";
import { SessionWatcher } from "../features/auth/SessionWatcher";
import { UserMenu } from "../features/auth/UserMenu";
import { NotificationsLink } from "../features/notifications/NotificationsLink";
import { LanguageSwitch } from "./LanguageSwitch";
import { Breadcrumbs } from "./Breadcrumbs";
import { MainNav } from "./MainNav";
import { useSession } from "../lib/auth/session";

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
  if (session?.user.passwordChangeRequired && pathname !== "/password-change")
    return <Navigate to="/password-change" replace />;
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
        // at least a screen high, so that the footer starts below the fold and does not move as the page fills in
        className="mx-auto min-h-screen w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
      >
        <NoticeProvider>
          <Breadcrumbs />
          <PageOrPasswordChange />
        </NoticeProvider>
      </main>
      <footer className="border-t border-solid-gray-200 bg-solid-gray-50">
        <p className="mx-auto max-w-6xl px-4 py-6 text-std-16N-170 text-solid-gray-800">{t("app.footer")}</p>
      </footer>
      <SessionWatcher />
    </div>
  );
}
