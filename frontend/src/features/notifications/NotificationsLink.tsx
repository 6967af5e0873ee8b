import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useSession } from "../../lib/auth/session";
import { useUnreadCount } from "./api";

/**
 * The header's link to the notifications with the unread count (polled every minute). The name is the visible text
 * and then words for the count (「通知 3件の未読」), so speech input users can say what they see.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const session = useSession();
  const unread = useUnreadCount();
  if (!session) return null;
  const count = unread.data;
  return (
    <NavLink to="/notifications" className="btn-secondary">
      {t("notifications.link")}
      {count !== undefined && count > 0 && (
        <>
          {" "}
          <span className="ml-1 inline-block rounded-full bg-error-2 px-2 text-dns-16B-130 text-white">{count}</span>
          <span className="sr-only">{t("notifications.badgeUnit")}</span>
        </>
      )}
      {count === 0 && <span className="sr-only">{t("notifications.unreadCount", { count })}</span>}
    </NavLink>
  );
}
