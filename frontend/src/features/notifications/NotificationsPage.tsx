import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { Pagination, pageCount } from "../../components/Pagination";
import { useDateFormats } from "../../lib/dates";
import { useMarkAllRead, useMarkRead, useNotifications } from "./api";

const PAGE_SIZE = 20;

function NotificationItem({ notification }: { notification: Schema<"Notification"> }) {
  const { t, i18n } = useTranslation();
  const formats = useDateFormats();
  const markRead = useMarkRead();
  const unread = !notification.readAt;
  const title = i18n.language === "en" && notification.titleEn ? notification.titleEn : notification.titleJa;
  return (
    <li
      className={`flex flex-wrap items-start justify-between gap-4 border-b border-solid-gray-200 py-4 ${
        unread ? "border-l-4 border-l-blue-900 pl-3" : "pl-4"
      }`}
    >
      <div>
        <p className="text-std-16B-170">
          {unread ? (
            <span className="mr-2 rounded-4 border border-blue-900 px-1 text-dns-16B-130 text-blue-900">
              {t("notifications.unreadMark")}
            </span>
          ) : (
            <span className="sr-only">{t("notifications.readMark")} </span>
          )}
          {notification.link ? (
            <Link to={notification.link} className="link">
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        <p className="text-std-16N-170 text-solid-gray-700">
          <time dateTime={notification.createdAt}>{formats.dateTime(notification.createdAt)}</time>
        </p>
        {markRead.isError && <ErrorMessage error={markRead.error} />}
      </div>
      {unread && (
        <button
          type="button"
          className="btn-secondary"
          disabled={markRead.isPending}
          aria-label={t("notifications.markReadOf", { title })}
          onClick={() => markRead.mutate(notification.id)}
        >
          {t("notifications.markRead")}
        </button>
      )}
    </li>
  );
}

/** The signed-in user's notifications, newest first, each leading to what it is about. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("notifications.title"));
  const [params, setParams] = useSearchParams();
  const rawPage = Number(params.get("page"));
  const page = Number.isInteger(rawPage) && rawPage > 1 ? rawPage : 1;
  const notifications = useNotifications(page - 1, PAGE_SIZE);
  const markAll = useMarkAllRead();

  return (
    <>
      <h1 className="page-title">{t("notifications.title")}</h1>
      {notifications.isPending && <LoadingStatus />}
      {notifications.isError && (
        <ErrorMessage error={notifications.error} onRetry={() => void notifications.refetch()} />
      )}
      {notifications.isSuccess && (
        <div aria-busy={notifications.isPlaceholderData}>
          <p role="status" className="mb-4 text-std-16B-170">
            {t("notifications.summary", { total: notifications.data.total, unread: notifications.data.unread })}
          </p>
          {notifications.data.unread > 0 && (
            <p className="mb-4">
              <button
                type="button"
                className="btn-secondary"
                disabled={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                {t("notifications.markAllRead")}
              </button>
            </p>
          )}
          {markAll.isError && <ErrorMessage error={markAll.error} />}
          {notifications.data.items.length === 0 ? (
            <p className="notice">{t("notifications.empty")}</p>
          ) : (
            <ul aria-label={t("notifications.listLabel")}>
              {notifications.data.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ul>
          )}
          <Pagination
            page={page}
            pages={pageCount(notifications.data.total, notifications.data.size)}
            onChange={(next) => setParams(next > 1 ? { page: String(next) } : {})}
          />
        </div>
      )}
    </>
  );
}
