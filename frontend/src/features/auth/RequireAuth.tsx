import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { lastSessionEnd, useSession } from "../../lib/auth/session";
import type { LoginLocationState } from "./navigation";

/** Renders its children for a signed-in user and sends anyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    // When the session has just expired, SessionWatcher is sending the user to the same place with the same message.
    const reason = lastSessionEnd() === "expired" ? "expired" : "required";
    const state: LoginLocationState = { from: location.pathname + location.search, reason };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
