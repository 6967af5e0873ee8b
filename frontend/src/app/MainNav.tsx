import type { TFunction } from "i18next";
import { Suspense, lazy, useEffect, useId, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { LinkList } from "./NavLinkList";
import { useTranslation } from "react-i18next";
import { matchPath, useLocation } from "react-router";
import {
  ADMINISTRATORS,
  AREA_READERS,
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
import type { Schema } from "../api/schemas";

const MenuDrawerPanel = lazy(() => import("./MenuDrawerPanel").then((m) => ({ default: m.MenuDrawerPanel })));

export interface NavItem {
  to: string;
  label: string;
}

/** A group of the main menu; groups without a link the user may open are left out. */
export interface NavGroup {
  id: "counter" | "voices" | "community" | "admin";
  label: string;
  links: NavItem[];
}

/**
 * The main menu by area of work (窓口 / 区民の声・提案 / まちづくり / 管理): what the public may open first in each
 * group, then what the user's role adds.
 */
export function navGroups(user: Schema<"Me"> | undefined, t: TFunction): NavGroup[] {
  const when = (roles: readonly Schema<"Role">[], item: NavItem) => (hasRole(user, roles) ? [item] : []);
  const groups: NavGroup[] = [
    {
      id: "counter",
      label: t("nav.groupCounter"),
      links: [
        { to: "/counter", label: t("nav.counter") },
        { to: "/wards", label: t("nav.wards") },
        { to: "/offices", label: t("nav.offices") },
        { to: "/queue", label: t("floor.nav.queue") },
        ...when(WINDOW_STAFF, { to: "/floor/console", label: t("floor.nav.console") }),
        ...when(FLOOR_GUIDES, { to: "/floor", label: t("floor.nav.manager") }),
        ...when(COUNTER_STATS_READERS, { to: "/counter-stats", label: t("counterStats.nav") }),
        ...when(PROCEDURE_EDITORS, { to: "/staff/procedures", label: t("nav.staffProcedures") }),
        ...when(HOURS_EDITORS, { to: "/staff/offices", label: t("nav.staffHours") }),
        ...when(FAQ_AUTHORS, { to: "/staff/faq", label: t("nav.staffFaq") }),
      ],
    },
    {
      id: "voices",
      label: t("nav.groupVoices"),
      links: [
        { to: "/send-voice", label: t("voiceForm.nav") },
        { to: "/published-voices", label: t("publicVoices.nav") },
        { to: "/proposal-results", label: t("proposalResults.nav") },
        ...when(VOICE_STAFF, { to: "/voices", label: t("nav.voices") }),
        ...when(PROPOSAL_READERS, { to: "/proposals", label: t("nav.proposals") }),
        ...when(CONSULTATION_READERS, { to: "/consultations", label: t("nav.consultations") }),
        ...when(DUTY_READERS, { to: "/duties", label: t("nav.duties") }),
      ],
    },
    {
      id: "community",
      label: t("nav.groupCommunity"),
      links: [
        { to: "/projects", label: t("nav.publicProjects") },
        ...when(COMMUNITY_STAFF, { to: "/community/projects", label: t("nav.communityProjects") }),
        ...when(LIAISON_STAFF, { to: "/community/my-areas", label: t("nav.myAreas") }),
        ...when(AREA_READERS, { to: "/community/areas", label: t("nav.liaisonAreas") }),
        ...when(COMMUNITY_STAFF, { to: "/community/groups", label: t("nav.communitySupport") }),
      ],
    },
    {
      id: "admin",
      label: t("nav.groupAdmin"),
      links: [
        ...when(ADMINISTRATORS, { to: "/admin/staff", label: t("admin.nav.staff") }),
        ...when(ADMINISTRATORS, { to: "/admin/clients", label: t("admin.nav.clients") }),
        ...when(ADMINISTRATORS, { to: "/admin/offices", label: t("admin.nav.offices") }),
        ...when(ADMINISTRATORS, { to: "/admin/bureaus", label: t("admin.nav.bureaus") }),
        ...when(ADMINISTRATORS, { to: "/admin/channels", label: t("admin.nav.channels") }),
        ...when(ADMINISTRATORS, { to: "/admin/audit", label: t("admin.nav.audit") }),
      ],
    },
  ];
  return groups.filter((group) => group.links.length > 0);
}

/** Whether the page shown lies under one of the group's links (a detail page counts for its list). */
function holdsCurrentPage(group: NavGroup, pathname: string): boolean {
  return group.links.some((link) => matchPath({ path: link.to, end: false }, pathname) !== null);
}

/**
 * On wide screens: one button per group that shows its links below it (the disclosure pattern, which suits site
 * navigation better than an ARIA menu). One group is open at a time; Escape, a click elsewhere or a page change close
 * it.
 */
function GroupBar({ groups }: { groups: NavGroup[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState<NavGroup["id"]>();
  const bar = useRef<HTMLUListElement>(null);
  const baseId = useId();

  useEffect(() => setOpen(undefined), [pathname]);
  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(undefined);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(undefined);
      document.getElementById(`${baseId}-${open}-button`)?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open, baseId]);

  return (
    <nav aria-label={t("app.mainNav")} className="hidden border-t border-solid-gray-200 md:block">
      <ul ref={bar} className="mx-auto flex max-w-6xl flex-wrap gap-x-2 px-4">
        {groups.map((group) => {
          const panelId = `${baseId}-${group.id}`;
          const expanded = open === group.id;
          return (
            <li key={group.id} className="relative">
              <button
                id={`${panelId}-button`}
                type="button"
                aria-expanded={expanded}
                aria-controls={panelId}
                data-current={holdsCurrentPage(group, pathname) || undefined}
                onClick={() => setOpen(expanded ? undefined : group.id)}
                className="nav-group"
              >
                {group.label}
                <span aria-hidden="true" className="ml-1 inline-block">
                  {expanded ? "▲" : "▼"}
                </span>
              </button>
              <div
                id={panelId}
                hidden={!expanded}
                className="absolute left-0 z-40 min-w-64 rounded-8 border border-solid-gray-420 bg-white py-2 shadow-lg"
              >
                <LinkList links={group.links} />
              </div>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** On phones: a button that opens the whole menu, every group with its links, in a modal drawer. */
function MenuDrawer({ groups }: { groups: NavGroup[] }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="border-t border-solid-gray-200 px-4 py-2 md:hidden">
      <Button className="btn-secondary" onPress={() => setOpen(true)} aria-expanded={isOpen}>
        <span aria-hidden="true" className="mr-2">
          ☰
        </span>
        {t("nav.menu")}
      </Button>
      {isOpen && (
        <Suspense fallback={null}>
          <MenuDrawerPanel groups={groups} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** The main menu, grouped: a bar of groups on wide screens, a drawer on phones. */
export function MainNav() {
  const { t } = useTranslation();
  const session = useSession();
  const groups = navGroups(session?.user, t);
  return (
    <>
      <GroupBar groups={groups} />
      <MenuDrawer groups={groups} />
    </>
  );
}
