import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Schema<"LoginRequest">) => unwrap(api.POST("/api/v1/auth/login", { body: credentials })),
    onSuccess: (response) => {
      queryClient.clear();
      startSession(response.accessToken, response.expiresIn, response.user);
    },
  });
}
