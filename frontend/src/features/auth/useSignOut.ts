import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { endSession } from "../../lib/auth/session";
import type { HomeLocationState } from "./navigation";

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    const state: HomeLocationState = { signedOut: true };
    // Leave first, so that a page for signed-in users does not send the user to sign in instead.
    await navigate("/", { state });
    endSession();
    queryClient.clear();
  };
}
