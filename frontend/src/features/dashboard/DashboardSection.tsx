import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";

interface SectionQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface DashboardSectionProps {
  id: string;
  title: string;
  /** One request or several: the section waits for all of them. */
  queries: SectionQuery[];
  /** How many items there are in all, when known. */
  total?: number;
  /** Shown when there is nothing. */
  empty: string;
  /** Where the whole list is, with the same filters. */
  more: { to: string; label: string };
  /** What comes between the count and the items (e.g. counts by status). */
  summary?: ReactNode;
  children?: ReactNode;
}

/** A section of the home page: heading, count, the first few items and a link to all of them, or an empty state. */
export function DashboardSection({ id, title, queries, total, empty, more, summary, children }: DashboardSectionProps) {
  const { t } = useTranslation();
  const failed = queries.find((query) => query.isError);
  let body: ReactNode;
  if (queries.some((query) => query.isPending)) {
    body = <LoadingStatus />;
  } else if (failed) {
    body = <ErrorMessage error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />;
  } else if (!total) {
    body = <p className="text-std-16N-170">{empty}</p>;
  } else {
    body = (
      <>
        <p className="text-std-16B-170">{t("dashboard.count", { count: total })}</p>
        {summary}
        {children}
        <p className="mt-3">
          <Link to={more.to} className="link">
            {more.label}
          </Link>
        </p>
      </>
    );
  }
  return (
    <section aria-labelledby={id} className="rounded-8 border border-solid-gray-420 p-4">
      <h2 id={id} className="section-title mt-0">
        {title}
      </h2>
      {body}
    </section>
  );
}
