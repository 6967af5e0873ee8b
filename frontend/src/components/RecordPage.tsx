import type { QueryObserverResult, UseQueryResult } from "@tanstack/react-query";
import { BackLink } from "./BackLink";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { ApiError } from "../api/client";
import { usePageTitle } from "../app/usePageTitle";
import { ErrorMessage } from "./ErrorMessage";
import { LoadingStatus } from "./LoadingStatus";

/** The number in the path (…/:id, or the parameter named), and whether it can name a record: a positive whole number. */
export function useIdParam(name = "id"): { id: number; valid: boolean } {
  const number = Number(useParams()[name]);
  return { id: number, valid: Number.isSafeInteger(number) && number > 0 };
}

/** The record asked for is not there: the path cannot name one, or the API answered 404. */
export function isNotFound(query: Pick<UseQueryResult, "error">, valid = true): boolean {
  return !valid || (query.error instanceof ApiError && query.error.status === 404);
}

interface RecordPageProps<T> {
  query: UseQueryResult<T>;
  /** False when the path cannot name a record: the page says "not found" without asking the API. */
  valid?: boolean;
  /** The page's heading and title while the record loads or when it could not be read. */
  title: string;
  /** The browser tab's title once the record is there (the record's own page sets its heading). */
  titleOf?: (record: T) => string;
  notFoundTitle: string;
  back: { to: string; label: string };
  /** The page itself, with a way to read the record again (after a conflict, say). */
  children: (record: T, reload: () => Promise<QueryObserverResult<T>>) => ReactNode;
}

/**
 * The frame every page of one record shares: loading, "not found", an error with a retry, and the way back to the
 * list, until the record is there and the page shows it.
 */
export function RecordPage<T>({
  query,
  valid = true,
  title,
  titleOf,
  notFoundTitle,
  back,
  children,
}: RecordPageProps<T>) {
  const notFound = isNotFound(query, valid);
  usePageTitle(notFound ? notFoundTitle : query.data !== undefined && titleOf ? titleOf(query.data) : title);
  if (query.isSuccess && !notFound) return children(query.data, () => query.refetch());
  return (
    <>
      <h1 className="page-title">{notFound ? notFoundTitle : title}</h1>
      {!notFound && query.isPending && <LoadingStatus />}
      {!notFound && query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      <BackLink to={back.to}>{back.label}</BackLink>
    </>
  );
}
