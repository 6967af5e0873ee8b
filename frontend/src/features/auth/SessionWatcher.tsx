import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import { expireIfDue, onSessionExpired, useSession } from "../../lib/auth/session";
import type { LoginLocationState } from "./navigation";

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Ends the session when its token runs out, and sends the user to the sign-in page whenever
 * a session ends that way or because the server answered 401.
 */
export function SessionWatcher() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useLocation();
  const currentPath = useRef("");
  currentPath.current = location.pathname + location.search;

  useEffect(
    () =>
      onSessionExpired(() => {
        queryClient.clear();
        const state: LoginLocationState = { from: currentPath.current, reason: "expired" };
        void navigate("/login", { state });
      }),
    [navigate, queryClient],
  );

  const expiresAt = session?.expiresAt;
  useEffect(() => {
    if (expiresAt === undefined) return undefined;
    const timer = setTimeout(() => expireIfDue(), Math.min(Math.max(0, expiresAt - Date.now()), MAX_TIMEOUT_MS));
    return () => clearTimeout(timer);
  }, [expiresAt]);

  return null;
}
