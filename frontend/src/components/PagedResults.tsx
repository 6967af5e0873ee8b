import type { ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { LoadingStatus } from "./LoadingStatus";
import { Pagination, pageCount } from "./Pagination";

/** One page of a list as the API serves it. */
export interface ResultPage<T> {
  items: T[];
  total: number;
  size: number;
}

/** The parts of a query result (TanStack Query) that a paged list shows. */
export interface PagedQuery<P> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: P | undefined;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

interface PagedResultsProps<P extends ResultPage<unknown>> {
  query: PagedQuery<P>;
  /** The page shown, 1-based. */
  page: number;
  onPage: (page: number) => void;
  /** Said when nothing matches. */
  empty: ReactNode;
  /** The number of matches, in words, e.g. t("office.total", { count }). */
  total: (count: number) => ReactNode;
  /** The page's own table (or list) of the items. */
  children: (items: P["items"], data: P) => ReactNode;
}

/**
 * A paged list's states around the page's own table: loading, the error (with a retry), nothing found, or the number
 * found, the table and the pagination. Announced as a status while loading, when empty and with the number found.
 */
export function PagedResults<P extends ResultPage<unknown>>({
  query,
  page,
  onPage,
  empty,
  total,
  children,
}: PagedResultsProps<P>) {
  if (query.isPending) return <LoadingStatus />;
  if (query.isError || !query.data) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (data.items.length === 0) {
    return (
      <p role="status" className="notice">
        {empty}
      </p>
    );
  }
  return (
    <div aria-busy={query.isPlaceholderData}>
      <p role="status" className="mb-2 text-std-16B-170">
        {total(data.total)}
      </p>
      {children(data.items, data)}
      <Pagination page={page} pages={pageCount(data.total, data.size)} onChange={onPage} />
    </div>
  );
}
