import type { RouteObject } from "react-router";
import { LoginPage } from "../features/auth/LoginPage";
import { RequireAuth } from "../features/auth/RequireAuth";
import { OfficeDetailPage } from "../features/organization/OfficeDetailPage";
import { OfficesPage } from "../features/organization/OfficesPage";
import { WardDetailPage } from "../features/organization/WardDetailPage";
import { WardsPage } from "../features/organization/WardsPage";
import { ProfilePage } from "../features/profile/ProfilePage";
import { AppShell } from "./AppShell";
import { HomePage } from "./HomePage";
import { NotFoundPage } from "./NotFoundPage";
import { RouteErrorPage } from "./RouteErrorPage";

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
      {
        path: "me",
        element: (
          <RequireAuth>
            <ProfilePage />
          </RequireAuth>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
