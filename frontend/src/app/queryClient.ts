import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client";

/** Retries only what may succeed on its own: network failures and server errors, twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return retryable && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 60_000, refetchOnWindowFocus: false },
    },
  });
}
