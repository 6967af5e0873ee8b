import type { RouteObject } from "react-router";
import type { ReactNode } from "react";
import type { Role } from "../api/types";
import { LoginPage } from "../features/auth/LoginPage";
import {
  COMMUNITY_RECORDERS,
  COMMUNITY_STAFF,
  CONSULTATION_OPENERS,
  CONSULTATION_READERS,
  DUTY_EDITORS,
  DUTY_READERS,
  FAQ_AUTHORS,
  HOURS_EDITORS,
  LIAISON_STAFF,
  MEETING_HOLDERS,
  PROCEDURE_EDITORS,
  PROGRAM_CREATORS,
  PROJECT_CREATORS,
  PROPOSAL_DRAFTERS,
  PROPOSAL_READERS,
  VOICE_STAFF,
} from "../features/auth/permissions";
import { RequireAuth } from "../features/auth/RequireAuth";
import { RequireRole } from "../features/auth/RequireRole";
import { OfficeHoursEditorPage } from "../features/catalogue/OfficeHoursEditorPage";
import { ProcedureEditPage } from "../features/catalogue/ProcedureEditPage";
import { ProcedureNewPage } from "../features/catalogue/ProcedureNewPage";
import { StaffOfficesPage } from "../features/catalogue/StaffOfficesPage";
import { StaffProceduresPage } from "../features/catalogue/StaffProceduresPage";
import { MeetingNewPage } from "../features/community-projects/MeetingNewPage";
import { MeetingPage } from "../features/community-projects/MeetingPage";
import { MeetingsPage } from "../features/community-projects/MeetingsPage";
import { MyAreasPage } from "../features/community-projects/MyAreasPage";
import { ProjectBoardPage } from "../features/community-projects/ProjectBoardPage";
import { ProjectEditPage } from "../features/community-projects/ProjectEditPage";
import { ProjectNewPage } from "../features/community-projects/ProjectNewPage";
import { ProjectPage } from "../features/community-projects/ProjectPage";
import { ProjectStatsPage } from "../features/community-projects/ProjectStatsPage";
import { PublicProjectPage } from "../features/community-projects/PublicProjectPage";
import { PublicProjectsPage } from "../features/community-projects/PublicProjectsPage";
import { ApplicationNewPage } from "../features/community-support/ApplicationNewPage";
import { ApplicationPage } from "../features/community-support/ApplicationPage";
import { GrantStatsPage } from "../features/community-support/GrantStatsPage";
import { GroupEditPage } from "../features/community-support/GroupEditPage";
import { GroupNewPage } from "../features/community-support/GroupNewPage";
import { GroupPage } from "../features/community-support/GroupPage";
import { GroupsPage } from "../features/community-support/GroupsPage";
import { ProgramNewPage } from "../features/community-support/ProgramNewPage";
import { ProgramPage } from "../features/community-support/ProgramPage";
import { ProgramsPage } from "../features/community-support/ProgramsPage";
import { ConsultationDetailPage } from "../features/consultations/ConsultationDetailPage";
import { ConsultationNewPage } from "../features/consultations/ConsultationNewPage";
import { ConsultationsPage } from "../features/consultations/ConsultationsPage";
import { AvailabilityMatrixPage } from "../features/counter/AvailabilityMatrixPage";
import { CounterFinderPage } from "../features/counter/CounterFinderPage";
import { DutiesPage } from "../features/duties/DutiesPage";
import { DutyDetailPage } from "../features/duties/DutyDetailPage";
import { DutyNewPage } from "../features/duties/DutyNewPage";
import { FaqDetailPage } from "../features/faq/FaqDetailPage";
import { FaqNewPage } from "../features/faq/FaqNewPage";
import { FaqSearchPage } from "../features/faq/FaqSearchPage";
import { StaffFaqPage } from "../features/faq/StaffFaqPage";
import { OfficeDetailPage } from "../features/organization/OfficeDetailPage";
import { OfficesPage } from "../features/organization/OfficesPage";
import { WardDetailPage } from "../features/organization/WardDetailPage";
import { WardsPage } from "../features/organization/WardsPage";
import { NotificationsPage } from "../features/notifications/NotificationsPage";
import { ProfilePage } from "../features/profile/ProfilePage";
import { VoiceAnalysisPage } from "../features/voices/VoiceAnalysisPage";
import { VoiceDetailPage } from "../features/voices/VoiceDetailPage";
import { VoiceIntakePage } from "../features/voices/VoiceIntakePage";
import { VoiceListPage } from "../features/voices/VoiceListPage";
import { ProposalEditPage } from "../features/proposals/ProposalEditPage";
import { ProposalNewPage } from "../features/proposals/ProposalNewPage";
import { ProposalPage } from "../features/proposals/ProposalPage";
import { ProposalsPage } from "../features/proposals/ProposalsPage";
import { ProposalStatsPage } from "../features/proposals/ProposalStatsPage";
import { AppShell } from "./AppShell";
import { HomePage } from "./HomePage";
import { NotFoundPage } from "./NotFoundPage";
import { RouteErrorPage } from "./RouteErrorPage";

function staffOnly(roles: readonly Role[], page: ReactNode) {
  return <RequireRole roles={roles}>{page}</RequireRole>;
}

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "login", element: <LoginPage /> },
      { path: "wards", element: <WardsPage /> },
      { path: "wards/:code", element: <WardDetailPage /> },
      { path: "offices", element: <OfficesPage /> },
      { path: "offices/:id", element: <OfficeDetailPage /> },
      { path: "counter", element: <CounterFinderPage /> },
      { path: "counter/matrix", element: <AvailabilityMatrixPage /> },
      { path: "counter/faq", element: <FaqSearchPage /> },
      { path: "staff/procedures", element: staffOnly(PROCEDURE_EDITORS, <StaffProceduresPage />) },
      { path: "staff/procedures/new", element: staffOnly(PROCEDURE_EDITORS, <ProcedureNewPage />) },
      { path: "staff/procedures/:code", element: staffOnly(PROCEDURE_EDITORS, <ProcedureEditPage />) },
      { path: "staff/offices", element: staffOnly(HOURS_EDITORS, <StaffOfficesPage />) },
      { path: "staff/offices/:id/hours", element: staffOnly(HOURS_EDITORS, <OfficeHoursEditorPage />) },
      { path: "staff/faq", element: staffOnly(FAQ_AUTHORS, <StaffFaqPage />) },
      { path: "staff/faq/new", element: staffOnly(FAQ_AUTHORS, <FaqNewPage />) },
      { path: "staff/faq/:id", element: staffOnly(FAQ_AUTHORS, <FaqDetailPage />) },
      { path: "voices", element: staffOnly(VOICE_STAFF, <VoiceListPage />) },
      { path: "voices/new", element: staffOnly(VOICE_STAFF, <VoiceIntakePage />) },
      { path: "voices/analysis", element: staffOnly(VOICE_STAFF, <VoiceAnalysisPage />) },
      { path: "voices/:id", element: staffOnly(VOICE_STAFF, <VoiceDetailPage />) },
      { path: "proposals", element: staffOnly(PROPOSAL_READERS, <ProposalsPage />) },
      { path: "proposals/new", element: staffOnly(PROPOSAL_DRAFTERS, <ProposalNewPage />) },
      { path: "proposals/stats", element: staffOnly(PROPOSAL_READERS, <ProposalStatsPage />) },
      { path: "proposals/:id", element: staffOnly(PROPOSAL_READERS, <ProposalPage />) },
      { path: "proposals/:id/edit", element: staffOnly(PROPOSAL_DRAFTERS, <ProposalEditPage />) },
      { path: "consultations", element: staffOnly(CONSULTATION_READERS, <ConsultationsPage />) },
      { path: "consultations/new", element: staffOnly(CONSULTATION_OPENERS, <ConsultationNewPage />) },
      { path: "consultations/:id", element: staffOnly(CONSULTATION_READERS, <ConsultationDetailPage />) },
      { path: "duties", element: staffOnly(DUTY_READERS, <DutiesPage />) },
      { path: "duties/new", element: staffOnly(DUTY_EDITORS, <DutyNewPage />) },
      { path: "duties/:id", element: staffOnly(DUTY_READERS, <DutyDetailPage />) },
      { path: "projects", element: <PublicProjectsPage /> },
      { path: "projects/:id", element: <PublicProjectPage /> },
      { path: "community/projects", element: staffOnly(COMMUNITY_STAFF, <ProjectBoardPage />) },
      { path: "community/projects/new", element: staffOnly(PROJECT_CREATORS, <ProjectNewPage />) },
      { path: "community/projects/stats", element: staffOnly(COMMUNITY_STAFF, <ProjectStatsPage />) },
      { path: "community/projects/:id", element: staffOnly(COMMUNITY_STAFF, <ProjectPage />) },
      { path: "community/projects/:id/edit", element: staffOnly(COMMUNITY_STAFF, <ProjectEditPage />) },
      { path: "community/my-areas", element: staffOnly(LIAISON_STAFF, <MyAreasPage />) },
      { path: "community/meetings", element: staffOnly(COMMUNITY_STAFF, <MeetingsPage />) },
      { path: "community/meetings/new", element: staffOnly(MEETING_HOLDERS, <MeetingNewPage />) },
      { path: "community/meetings/:id", element: staffOnly(COMMUNITY_STAFF, <MeetingPage />) },
      { path: "community/groups", element: staffOnly(COMMUNITY_STAFF, <GroupsPage />) },
      { path: "community/groups/new", element: staffOnly(COMMUNITY_RECORDERS, <GroupNewPage />) },
      { path: "community/groups/:id", element: staffOnly(COMMUNITY_STAFF, <GroupPage />) },
      { path: "community/groups/:id/edit", element: staffOnly(COMMUNITY_RECORDERS, <GroupEditPage />) },
      { path: "community/programs", element: staffOnly(COMMUNITY_STAFF, <ProgramsPage />) },
      { path: "community/programs/new", element: staffOnly(PROGRAM_CREATORS, <ProgramNewPage />) },
      { path: "community/programs/:id", element: staffOnly(COMMUNITY_STAFF, <ProgramPage />) },
      {
        path: "community/programs/:id/applications/new",
        element: staffOnly(COMMUNITY_RECORDERS, <ApplicationNewPage />),
      },
      { path: "community/applications/:id", element: staffOnly(COMMUNITY_STAFF, <ApplicationPage />) },
      { path: "community/grants", element: staffOnly(COMMUNITY_STAFF, <GrantStatsPage />) },
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
