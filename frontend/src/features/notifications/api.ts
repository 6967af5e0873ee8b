import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { useSession } from "../../lib/auth/session";

/** How often the header asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: (username: string) => ["notifications", "unread", username] as const,
  list: (username: string, page: number, size: number) => ["notifications", "list", username, page, size] as const,
};

/** The signed-in user's unread count, polled every minute; undefined while signed out or unknown. */
export function useUnreadCount() {
  const session = useSession();
  const username = session?.user.username ?? "";
  return useQuery({
    queryKey: notificationKeys.unread(username),
    // An account that must change its password is refused everything else until it has: don't ask.
    enabled: Boolean(session) && !session?.user.passwordChangeRequired,
    refetchInterval: UNREAD_POLL_MS,
    queryFn: async () => {
      const params = { query: { unread: true, page: 0, size: 1 } };
      const page = await unwrap(api.GET("/api/v1/notifications", { params }));
      return page.unread;
    },
  });
}

/** A page of the signed-in user's notifications, newest first (0-based page). */
export function useNotifications(page: number, size: number) {
  const session = useSession();
  const username = session?.user.username ?? "";
  return useQuery({
    queryKey: notificationKeys.list(username, page, size),
    enabled: Boolean(session),
    placeholderData: keepPreviousData,
    queryFn: () => {
      const params = { query: { page, size } };
      return unwrap(api.GET("/api/v1/notifications", { params }));
    },
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST("/api/v1/notifications/{id}/read", { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/notifications/read-all")),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
