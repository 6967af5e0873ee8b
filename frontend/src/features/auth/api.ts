import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { LoginRequest, LoginResponse } from "../../api/types";
import { startSession } from "../../lib/auth/session";

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      unwrap(api.POST("/api/v1/auth/login", { body: credentials })) as Promise<LoginResponse>,
    onSuccess: (response) => {
      queryClient.clear();
      startSession(response.accessToken, response.expiresIn, response.user);
    },
  });
}
