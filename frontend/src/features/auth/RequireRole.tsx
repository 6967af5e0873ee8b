import type { ReactNode } from "react";
import type { Schema } from "../../api/schemas";
import { Forbidden } from "../../components/Forbidden";
import { useSession } from "../../lib/auth/session";
import { RequireAuth } from "./RequireAuth";

/** Renders its children for a signed-in user of one of `roles`; others sign in first or are told they may not. */
export function RequireRole({ roles, children }: { roles: readonly Schema<"Role">[]; children: ReactNode }) {
  const session = useSession();
  if (!session) return <RequireAuth>{children}</RequireAuth>;
  if (!roles.includes(session.user.role)) return <Forbidden />;
  return children;
}
