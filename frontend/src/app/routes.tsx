import type { RouteObject } from "react-router";
import { type ReactNode, Suspense, lazy } from "react";
import type { Schema } from "../api/schemas";
import { LoadingStatus } from "../components/LoadingStatus";
import { RequireAuth } from "../features/auth/RequireAuth";
import { RequireRole } from "../features/auth/RequireRole";
import {
  ADMINISTRATORS,
  COMMUNITY_RECORDERS,
  COMMUNITY_STAFF,
  CONSULTATION_OPENERS,
  CONSULTATION_READERS,
  COUNTER_STATS_READERS,
  DUTY_EDITORS,
  DUTY_READERS,
  FAQ_AUTHORS,
  FLOOR_GUIDES,
  HOURS_EDITORS,
  LIAISON_STAFF,
  MEETING_HOLDERS,
  PROCEDURE_EDITORS,
  PROGRAM_CREATORS,
  PROJECT_CREATORS,
  PROPOSAL_DRAFTERS,
  PROPOSAL_READERS,
  VOICE_STAFF,
  WINDOW_STAFF,
} from "../lib/auth/permissions";
import { AppShell } from "./AppShell";
import { below } from "./Breadcrumbs";
import { HomePage } from "./HomePage";
import { NotFoundPage } from "./NotFoundPage";
import { RouteErrorPage } from "./RouteErrorPage";
import { ForResidents } from "../lib/dates";

// Every page loads when first opened, so that a first visit fetches only the shell and the page it opens.
const PasswordChangePage = lazy(() =>
  import("../features/password/PasswordChangePage").then((m) => ({ default: m.PasswordChangePage })),
);
const LoginPage = lazy(() => import("../features/auth/LoginPage").then((m) => ({ default: m.LoginPage })));
const OfficeHoursEditorPage = lazy(() =>
  import("../features/catalogue/OfficeHoursEditorPage").then((m) => ({ default: m.OfficeHoursEditorPage })),
);
const ProcedureEditPage = lazy(() =>
  import("../features/catalogue/ProcedureEditPage").then((m) => ({ default: m.ProcedureEditPage })),
);
const ProcedureNewPage = lazy(() =>
  import("../features/catalogue/ProcedureNewPage").then((m) => ({ default: m.ProcedureNewPage })),
);
const StaffOfficesPage = lazy(() =>
  import("../features/catalogue/StaffOfficesPage").then((m) => ({ default: m.StaffOfficesPage })),
);
const StaffProceduresPage = lazy(() =>
  import("../features/catalogue/StaffProceduresPage").then((m) => ({ default: m.StaffProceduresPage })),
);
const AvailabilityMatrixPage = lazy(() =>
  import("../features/counter/AvailabilityMatrixPage").then((m) => ({ default: m.AvailabilityMatrixPage })),
);
const CounterFinderPage = lazy(() =>
  import("../features/counter/CounterFinderPage").then((m) => ({ default: m.CounterFinderPage })),
);
const QueuePage = lazy(() => import("../features/floor/QueuePage").then((m) => ({ default: m.QueuePage })));
const FaqDetailPage = lazy(() => import("../features/faq/FaqDetailPage").then((m) => ({ default: m.FaqDetailPage })));
const FaqNewPage = lazy(() => import("../features/faq/FaqNewPage").then((m) => ({ default: m.FaqNewPage })));
const FaqSearchPage = lazy(() => import("../features/faq/FaqSearchPage").then((m) => ({ default: m.FaqSearchPage })));
const StaffFaqPage = lazy(() => import("../features/faq/StaffFaqPage").then((m) => ({ default: m.StaffFaqPage })));
const NotificationsPage = lazy(() =>
  import("../features/notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })),
);
const OfficeDetailPage = lazy(() =>
  import("../features/organization/OfficeDetailPage").then((m) => ({ default: m.OfficeDetailPage })),
);
const OfficesPage = lazy(() =>
  import("../features/organization/OfficesPage").then((m) => ({ default: m.OfficesPage })),
);
const WardDetailPage = lazy(() =>
  import("../features/organization/WardDetailPage").then((m) => ({ default: m.WardDetailPage })),
);
const WardsPage = lazy(() => import("../features/organization/WardsPage").then((m) => ({ default: m.WardsPage })));
const ProfilePage = lazy(() => import("../features/profile/ProfilePage").then((m) => ({ default: m.ProfilePage })));
const MeetingNewPage = lazy(() =>
  import("../features/community-projects/MeetingNewPage").then((m) => ({ default: m.MeetingNewPage })),
);
const MeetingPage = lazy(() =>
  import("../features/community-projects/MeetingPage").then((m) => ({ default: m.MeetingPage })),
);
const MeetingsPage = lazy(() =>
  import("../features/community-projects/MeetingsPage").then((m) => ({ default: m.MeetingsPage })),
);
const AreaPage = lazy(() => import("../features/community-projects/AreaPage").then((m) => ({ default: m.AreaPage })));
const AreasPage = lazy(() =>
  import("../features/community-projects/AreasPage").then((m) => ({ default: m.AreasPage })),
);
const MyAreasPage = lazy(() =>
  import("../features/community-projects/MyAreasPage").then((m) => ({ default: m.MyAreasPage })),
);
const ProjectBoardPage = lazy(() =>
  import("../features/community-projects/ProjectBoardPage").then((m) => ({ default: m.ProjectBoardPage })),
);
const ProjectEditPage = lazy(() =>
  import("../features/community-projects/ProjectEditPage").then((m) => ({ default: m.ProjectEditPage })),
);
const ProjectNewPage = lazy(() =>
  import("../features/community-projects/ProjectNewPage").then((m) => ({ default: m.ProjectNewPage })),
);
const ProjectPage = lazy(() =>
  import("../features/community-projects/ProjectPage").then((m) => ({ default: m.ProjectPage })),
);
const ProjectStatsPage = lazy(() =>
  import("../features/community-projects/ProjectStatsPage").then((m) => ({ default: m.ProjectStatsPage })),
);
const PublicProjectPage = lazy(() =>
  import("../features/community-projects/PublicProjectPage").then((m) => ({ default: m.PublicProjectPage })),
);
const PublicProjectsPage = lazy(() =>
  import("../features/community-projects/PublicProjectsPage").then((m) => ({ default: m.PublicProjectsPage })),
);
const ApplicationNewPage = lazy(() =>
  import("../features/community-support/ApplicationNewPage").then((m) => ({ default: m.ApplicationNewPage })),
);
const ApplicationPage = lazy(() =>
  import("../features/community-support/ApplicationPage").then((m) => ({ default: m.ApplicationPage })),
);
const GrantStatsPage = lazy(() =>
  import("../features/community-support/GrantStatsPage").then((m) => ({ default: m.GrantStatsPage })),
);
const GroupEditPage = lazy(() =>
  import("../features/community-support/GroupEditPage").then((m) => ({ default: m.GroupEditPage })),
);
const GroupNewPage = lazy(() =>
  import("../features/community-support/GroupNewPage").then((m) => ({ default: m.GroupNewPage })),
);
const GroupPage = lazy(() => import("../features/community-support/GroupPage").then((m) => ({ default: m.GroupPage })));
const GroupsPage = lazy(() =>
  import("../features/community-support/GroupsPage").then((m) => ({ default: m.GroupsPage })),
);
const ProgramNewPage = lazy(() =>
  import("../features/community-support/ProgramNewPage").then((m) => ({ default: m.ProgramNewPage })),
);
const ProgramPage = lazy(() =>
  import("../features/community-support/ProgramPage").then((m) => ({ default: m.ProgramPage })),
);
const ProgramsPage = lazy(() =>
  import("../features/community-support/ProgramsPage").then((m) => ({ default: m.ProgramsPage })),
);
const ConsultationDetailPage = lazy(() =>
  import("../features/consultations/ConsultationDetailPage").then((m) => ({ default: m.ConsultationDetailPage })),
);
const ConsultationNewPage = lazy(() =>
  import("../features/consultations/ConsultationNewPage").then((m) => ({ default: m.ConsultationNewPage })),
);
const ConsultationsPage = lazy(() =>
  import("../features/consultations/ConsultationsPage").then((m) => ({ default: m.ConsultationsPage })),
);
const CounterStatsPage = lazy(() =>
  import("../features/counter-stats/CounterStatsPage").then((m) => ({ default: m.CounterStatsPage })),
);
const ChannelUsagePage = lazy(() =>
  import("../features/counter-stats/ChannelUsagePage").then((m) => ({ default: m.ChannelUsagePage })),
);
const DutiesPage = lazy(() => import("../features/duties/DutiesPage").then((m) => ({ default: m.DutiesPage })));
const DutyDetailPage = lazy(() =>
  import("../features/duties/DutyDetailPage").then((m) => ({ default: m.DutyDetailPage })),
);
const DutyNewPage = lazy(() => import("../features/duties/DutyNewPage").then((m) => ({ default: m.DutyNewPage })));
const VoiceAnalysisPage = lazy(() =>
  import("../features/voices/VoiceAnalysisPage").then((m) => ({ default: m.VoiceAnalysisPage })),
);
const VoiceDetailPage = lazy(() =>
  import("../features/voices/VoiceDetailPage").then((m) => ({ default: m.VoiceDetailPage })),
);
const VoiceIntakePage = lazy(() =>
  import("../features/voices/VoiceIntakePage").then((m) => ({ default: m.VoiceIntakePage })),
);
const VoiceListPage = lazy(() =>
  import("../features/voices/VoiceListPage").then((m) => ({ default: m.VoiceListPage })),
);
const BoardPage = lazy(() => import("../features/floor/BoardPage").then((m) => ({ default: m.BoardPage })));
const ConsolePage = lazy(() => import("../features/floor/ConsolePage").then((m) => ({ default: m.ConsolePage })));
const FloorGuidePage = lazy(() =>
  import("../features/floor/FloorGuidePage").then((m) => ({ default: m.FloorGuidePage })),
);
const KioskPage = lazy(() => import("../features/floor/KioskPage").then((m) => ({ default: m.KioskPage })));
const PublishedVoicesPage = lazy(() =>
  import("../features/public-voices/PublishedVoicesPage").then((m) => ({ default: m.PublishedVoicesPage })),
);
const SendVoicePage = lazy(() =>
  import("../features/voice-form/SendVoicePage").then((m) => ({ default: m.SendVoicePage })),
);
const VoiceStatusPage = lazy(() =>
  import("../features/voice-form/VoiceStatusPage").then((m) => ({ default: m.VoiceStatusPage })),
);
const ProposalResultsPage = lazy(() =>
  import("../features/proposal-results/ProposalResultsPage").then((m) => ({ default: m.ProposalResultsPage })),
);
const ProposalResultPage = lazy(() =>
  import("../features/proposal-results/ProposalResultPage").then((m) => ({ default: m.ProposalResultPage })),
);
const ProposalEditPage = lazy(() =>
  import("../features/proposals/ProposalEditPage").then((m) => ({ default: m.ProposalEditPage })),
);
const ProposalNewPage = lazy(() =>
  import("../features/proposals/ProposalNewPage").then((m) => ({ default: m.ProposalNewPage })),
);
const ProposalPage = lazy(() =>
  import("../features/proposals/ProposalPage").then((m) => ({ default: m.ProposalPage })),
);
const ProposalsPage = lazy(() =>
  import("../features/proposals/ProposalsPage").then((m) => ({ default: m.ProposalsPage })),
);
const ProposalStatsPage = lazy(() =>
  import("../features/proposals/ProposalStatsPage").then((m) => ({ default: m.ProposalStatsPage })),
);

const StaffAccountsPage = lazy(() =>
  import("../features/admin/StaffAccountsPage").then((m) => ({ default: m.StaffAccountsPage })),
);
const StaffNewPage = lazy(() => import("../features/admin/StaffNewPage").then((m) => ({ default: m.StaffNewPage })));
const StaffAccountPage = lazy(() =>
  import("../features/admin/StaffAccountPage").then((m) => ({ default: m.StaffAccountPage })),
);
const PartnerClientsPage = lazy(() =>
  import("../features/admin/PartnerClientsPage").then((m) => ({ default: m.PartnerClientsPage })),
);
const OfficesAdminPage = lazy(() =>
  import("../features/admin/OfficesAdminPage").then((m) => ({ default: m.OfficesAdminPage })),
);
const OfficeNewPage = lazy(() => import("../features/admin/OfficePages").then((m) => ({ default: m.OfficeNewPage })));
const OfficeEditPage = lazy(() => import("../features/admin/OfficePages").then((m) => ({ default: m.OfficeEditPage })));
const BureausPage = lazy(() => import("../features/admin/BureauPages").then((m) => ({ default: m.BureausPage })));
const BureauNewPage = lazy(() => import("../features/admin/BureauPages").then((m) => ({ default: m.BureauNewPage })));
const BureauEditPage = lazy(() => import("../features/admin/BureauPages").then((m) => ({ default: m.BureauEditPage })));
const ChannelsPage = lazy(() => import("../features/admin/ChannelsPage").then((m) => ({ default: m.ChannelsPage })));
const ChannelHoursPage = lazy(() =>
  import("../features/catalogue/ChannelHoursPage").then((m) => ({ default: m.ChannelHoursPage })),
);
const ProcedureHoursPage = lazy(() =>
  import("../features/catalogue/ProcedureHoursPage").then((m) => ({ default: m.ProcedureHoursPage })),
);
const AuditTrailPage = lazy(() =>
  import("../features/admin/AuditTrailPage").then((m) => ({ default: m.AuditTrailPage })),
);

function staffOnly(roles: readonly Schema<"Role">[], page: ReactNode) {
  return <RequireRole roles={roles}>{page}</RequireRole>;
}

/** A page residents read: dates with the Japanese era (令和8年12月4日(金)). */
function forResidents(page: ReactNode) {
  return <ForResidents>{page}</ForResidents>;
}

/** Full-screen pages of a counter floor's devices (wall screen, kiosk): no site header or menu. */
function devicePage(page: ReactNode) {
  return <Suspense fallback={<LoadingStatus />}>{page}</Suspense>;
}

export const routes: RouteObject[] = [
  { path: "board/:office", element: devicePage(forResidents(<BoardPage />)), errorElement: <RouteErrorPage /> },
  { path: "kiosk/:office", element: devicePage(forResidents(<KioskPage />)), errorElement: <RouteErrorPage /> },
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "login", element: <LoginPage /> },
      { path: "password-change", element: <PasswordChangePage /> },
      { path: "wards", element: forResidents(<WardsPage />) },
      {
        path: "wards/:code",
        handle: below({ to: "/wards", label: "nav.wards" }),
        element: forResidents(<WardDetailPage />),
      },
      { path: "offices", element: forResidents(<OfficesPage />) },
      {
        path: "offices/:id",
        handle: below({ to: "/offices", label: "nav.offices" }),
        element: forResidents(<OfficeDetailPage />),
      },
      { path: "counter", element: forResidents(<CounterFinderPage />) },
      { path: "counter/matrix", element: forResidents(<AvailabilityMatrixPage />) },
      { path: "counter/faq", element: forResidents(<FaqSearchPage />) },
      { path: "queue", element: forResidents(<QueuePage />) },
      { path: "floor", element: staffOnly(FLOOR_GUIDES, <FloorGuidePage />) },
      { path: "floor/console", element: staffOnly(WINDOW_STAFF, <ConsolePage />) },
      { path: "staff/procedures", element: staffOnly(PROCEDURE_EDITORS, <StaffProceduresPage />) },
      {
        path: "staff/procedures/new",
        handle: below({ to: "/staff/procedures", label: "nav.staffProcedures" }),
        element: staffOnly(PROCEDURE_EDITORS, <ProcedureNewPage />),
      },
      {
        path: "staff/procedures/:code",
        handle: below({ to: "/staff/procedures", label: "nav.staffProcedures" }),
        element: staffOnly(PROCEDURE_EDITORS, <ProcedureEditPage />),
      },
      {
        path: "staff/procedures/:code/hours/:placeKey",
        handle: below({ to: "/staff/procedures", label: "nav.staffProcedures" }),
        element: staffOnly(PROCEDURE_EDITORS, <ProcedureHoursPage />),
      },
      { path: "staff/offices", element: staffOnly(HOURS_EDITORS, <StaffOfficesPage />) },
      {
        path: "staff/offices/:id/hours",
        handle: below({ to: "/staff/offices", label: "nav.staffHours" }),
        element: staffOnly(HOURS_EDITORS, <OfficeHoursEditorPage />),
      },
      { path: "staff/faq", element: staffOnly(FAQ_AUTHORS, <StaffFaqPage />) },
      {
        path: "staff/faq/new",
        handle: below({ to: "/staff/faq", label: "nav.staffFaq" }),
        element: staffOnly(FAQ_AUTHORS, <FaqNewPage />),
      },
      {
        path: "staff/faq/:id",
        handle: below({ to: "/staff/faq", label: "nav.staffFaq" }),
        element: staffOnly(FAQ_AUTHORS, <FaqDetailPage />),
      },
      { path: "counter-stats", element: staffOnly(COUNTER_STATS_READERS, <CounterStatsPage />) },
      {
        path: "counter-stats/channels",
        handle: below({ to: "/counter-stats", label: "counterStats.nav" }),
        element: staffOnly(COUNTER_STATS_READERS, <ChannelUsagePage />),
      },
      { path: "voices", element: staffOnly(VOICE_STAFF, <VoiceListPage />) },
      {
        path: "voices/new",
        handle: below({ to: "/voices", label: "nav.voices" }),
        element: staffOnly(VOICE_STAFF, <VoiceIntakePage />),
      },
      {
        path: "voices/analysis",
        handle: below({ to: "/voices", label: "nav.voices" }),
        element: staffOnly(VOICE_STAFF, <VoiceAnalysisPage />),
      },
      {
        path: "voices/:id",
        handle: below({ to: "/voices", label: "nav.voices" }),
        element: staffOnly(VOICE_STAFF, <VoiceDetailPage />),
      },
      { path: "proposals", element: staffOnly(PROPOSAL_READERS, <ProposalsPage />) },
      {
        path: "proposals/new",
        handle: below({ to: "/proposals", label: "nav.proposals" }),
        element: staffOnly(PROPOSAL_DRAFTERS, <ProposalNewPage />),
      },
      {
        path: "proposals/stats",
        handle: below({ to: "/proposals", label: "nav.proposals" }),
        element: staffOnly(PROPOSAL_READERS, <ProposalStatsPage />),
      },
      {
        path: "proposals/:id",
        handle: below({ to: "/proposals", label: "nav.proposals" }),
        element: staffOnly(PROPOSAL_READERS, <ProposalPage />),
      },
      {
        path: "proposals/:id/edit",
        handle: below({ to: "/proposals", label: "nav.proposals" }),
        element: staffOnly(PROPOSAL_DRAFTERS, <ProposalEditPage />),
      },
      { path: "consultations", element: staffOnly(CONSULTATION_READERS, <ConsultationsPage />) },
      {
        path: "consultations/new",
        handle: below({ to: "/consultations", label: "nav.consultations" }),
        element: staffOnly(CONSULTATION_OPENERS, <ConsultationNewPage />),
      },
      {
        path: "consultations/:id",
        handle: below({ to: "/consultations", label: "nav.consultations" }),
        element: staffOnly(CONSULTATION_READERS, <ConsultationDetailPage />),
      },
      { path: "duties", element: staffOnly(DUTY_READERS, <DutiesPage />) },
      {
        path: "duties/new",
        handle: below({ to: "/duties", label: "nav.duties" }),
        element: staffOnly(DUTY_EDITORS, <DutyNewPage />),
      },
      {
        path: "duties/:id",
        handle: below({ to: "/duties", label: "nav.duties" }),
        element: staffOnly(DUTY_READERS, <DutyDetailPage />),
      },
      { path: "projects", element: forResidents(<PublicProjectsPage />) },
      {
        path: "projects/:id",
        handle: below({ to: "/projects", label: "nav.publicProjects" }),
        element: forResidents(<PublicProjectPage />),
      },
      { path: "send-voice", element: forResidents(<SendVoicePage />) },
      {
        path: "voice-status",
        handle: below({ to: "/send-voice", label: "voiceForm.nav" }),
        element: forResidents(<VoiceStatusPage />),
      },
      { path: "published-voices", element: forResidents(<PublishedVoicesPage />) },
      { path: "proposal-results", element: forResidents(<ProposalResultsPage />) },
      {
        path: "proposal-results/:id",
        handle: below({ to: "/proposal-results", label: "proposalResults.nav" }),
        element: forResidents(<ProposalResultPage />),
      },
      { path: "community/projects", element: staffOnly(COMMUNITY_STAFF, <ProjectBoardPage />) },
      {
        path: "community/projects/new",
        handle: below({ to: "/community/projects", label: "nav.communityProjects" }),
        element: staffOnly(PROJECT_CREATORS, <ProjectNewPage />),
      },
      {
        path: "community/projects/stats",
        handle: below({ to: "/community/projects", label: "nav.communityProjects" }),
        element: staffOnly(COMMUNITY_STAFF, <ProjectStatsPage />),
      },
      {
        path: "community/projects/:id",
        handle: below({ to: "/community/projects", label: "nav.communityProjects" }),
        element: staffOnly(COMMUNITY_STAFF, <ProjectPage />),
      },
      {
        path: "community/projects/:id/edit",
        handle: below({ to: "/community/projects", label: "nav.communityProjects" }),
        element: staffOnly(COMMUNITY_STAFF, <ProjectEditPage />),
      },
      { path: "community/my-areas", element: staffOnly(LIAISON_STAFF, <MyAreasPage />) },
      { path: "community/areas", element: staffOnly(COMMUNITY_STAFF, <AreasPage />) },
      {
        path: "community/areas/:id",
        handle: below({ to: "/community/areas", label: "nav.liaisonAreas" }),
        element: staffOnly(COMMUNITY_STAFF, <AreaPage />),
      },
      { path: "community/meetings", element: staffOnly(COMMUNITY_STAFF, <MeetingsPage />) },
      {
        path: "community/meetings/new",
        handle: below({ to: "/community/meetings", label: "meeting.listTitle" }),
        element: staffOnly(MEETING_HOLDERS, <MeetingNewPage />),
      },
      {
        path: "community/meetings/:id",
        handle: below({ to: "/community/meetings", label: "meeting.listTitle" }),
        element: staffOnly(COMMUNITY_STAFF, <MeetingPage />),
      },
      { path: "community/groups", element: staffOnly(COMMUNITY_STAFF, <GroupsPage />) },
      {
        path: "community/groups/new",
        handle: below({ to: "/community/groups", label: "communityGroup.title" }),
        element: staffOnly(COMMUNITY_RECORDERS, <GroupNewPage />),
      },
      {
        path: "community/groups/:id",
        handle: below({ to: "/community/groups", label: "communityGroup.title" }),
        element: staffOnly(COMMUNITY_STAFF, <GroupPage />),
      },
      {
        path: "community/groups/:id/edit",
        handle: below({ to: "/community/groups", label: "communityGroup.title" }),
        element: staffOnly(COMMUNITY_RECORDERS, <GroupEditPage />),
      },
      { path: "community/programs", element: staffOnly(COMMUNITY_STAFF, <ProgramsPage />) },
      {
        path: "community/programs/new",
        handle: below({ to: "/community/programs", label: "supportProgram.title" }),
        element: staffOnly(PROGRAM_CREATORS, <ProgramNewPage />),
      },
      {
        path: "community/programs/:id",
        handle: below({ to: "/community/programs", label: "supportProgram.title" }),
        element: staffOnly(COMMUNITY_STAFF, <ProgramPage />),
      },
      {
        path: "community/programs/:id/applications/new",
        handle: below({ to: "/community/programs", label: "supportProgram.title" }),
        element: staffOnly(COMMUNITY_RECORDERS, <ApplicationNewPage />),
      },
      {
        path: "community/applications/:id",
        handle: below({ to: "/community/programs", label: "supportProgram.title" }),
        element: staffOnly(COMMUNITY_STAFF, <ApplicationPage />),
      },
      { path: "community/grants", element: staffOnly(COMMUNITY_STAFF, <GrantStatsPage />) },
      { path: "admin/staff", element: staffOnly(ADMINISTRATORS, <StaffAccountsPage />) },
      { path: "admin/staff/new", element: staffOnly(ADMINISTRATORS, <StaffNewPage />) },
      { path: "admin/staff/:id", element: staffOnly(ADMINISTRATORS, <StaffAccountPage />) },
      { path: "admin/clients", element: staffOnly(ADMINISTRATORS, <PartnerClientsPage />) },
      { path: "admin/audit", element: staffOnly(ADMINISTRATORS, <AuditTrailPage />) },
      { path: "admin/offices", element: staffOnly(ADMINISTRATORS, <OfficesAdminPage />) },
      {
        path: "admin/offices/new",
        handle: below({ to: "/admin/offices", label: "admin.nav.offices" }),
        element: staffOnly(ADMINISTRATORS, <OfficeNewPage />),
      },
      {
        path: "admin/offices/:id",
        handle: below({ to: "/admin/offices", label: "admin.nav.offices" }),
        element: staffOnly(ADMINISTRATORS, <OfficeEditPage />),
      },
      { path: "admin/bureaus", element: staffOnly(ADMINISTRATORS, <BureausPage />) },
      {
        path: "admin/bureaus/new",
        handle: below({ to: "/admin/bureaus", label: "admin.nav.bureaus" }),
        element: staffOnly(ADMINISTRATORS, <BureauNewPage />),
      },
      {
        path: "admin/bureaus/:code",
        handle: below({ to: "/admin/bureaus", label: "admin.nav.bureaus" }),
        element: staffOnly(ADMINISTRATORS, <BureauEditPage />),
      },
      { path: "admin/channels", element: staffOnly(ADMINISTRATORS, <ChannelsPage />) },
      {
        path: "admin/channels/:code/hours",
        handle: below({ to: "/admin/channels", label: "admin.nav.channels" }),
        element: staffOnly(ADMINISTRATORS, <ChannelHoursPage />),
      },
      {
        path: "me",
        element: (
          <RequireAuth>
            <ProfilePage />
          </RequireAuth>
        ),
      },
      {
        path: "notifications",
        element: (
          <RequireAuth>
            <NotificationsPage />
          </RequireAuth>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
