import { useMutation, useQueryClient } from "@tanstack/react-query";
import { startSession } from "../lib/auth/session";
import { api, unwrap } from "./client";

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the signed-in user's password. The server refuses every earlier token afterwards, so the session continues
 * with the token in the answer.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => unwrap(api.POST("/api/v1/me/password", { body: input })),
    onSuccess: (response) => {
      startSession(response.accessToken, response.expiresIn, response.user);
      void queryClient.invalidateQueries();
    },
  });
}
