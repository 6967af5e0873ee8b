import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useSession } from "../../lib/auth/session";
import { useUnreadCount } from "./api";

/** The header's link to the notifications, naming the unread count (polled every minute). */
export function NotificationsLink() {
  const { t } = useTranslation();
  const session = useSession();
  const unread = useUnreadCount();
  if (!session) return null;
  const count = unread.data;
  // The name says the count in words ("通知（未読3件）"); the badge only shows the number.
  const name = count === undefined ? undefined : t("notifications.link") + t("notifications.unreadCount", { count });
  return (
    <NavLink to="/notifications" className="btn-secondary" aria-label={name}>
      {t("notifications.link")}
      {count !== undefined && count > 0 && (
        <span aria-hidden="true" className="ml-2 inline-block rounded-full bg-error-2 px-2 text-dns-16B-130 text-white">
          {count}
        </span>
      )}
    </NavLink>
  );
}
