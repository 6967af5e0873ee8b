import { isIsoDate } from "../../lib/dates";
import { pageParam, textParam } from "../../lib/urlFilters";
import type { AuditApiQuery } from "./api";

/** The audit trail's filters as the URL keeps them ("" for any). */
export interface AuditFilters {
  actor: string;
  entity: string;
  id: string;
  action: string;
  from: string;
  to: string;
  personalDataReads: boolean;
  /** 1-based. */
  page: number;
}

export function auditFiltersOf(params: URLSearchParams): AuditFilters {
  const date = (name: string) => {
    const value = textParam(params, name);
    return isIsoDate(value) ? value : "";
  };
  return {
    actor: textParam(params, "actor"),
    entity: textParam(params, "entity"),
    id: textParam(params, "id"),
    action: textParam(params, "action"),
    from: date("from"),
    to: date("to"),
    personalDataReads: params.get("personalDataReads") === "true",
    page: pageParam(params),
  };
}

/** What the API is asked: only the filters given (the id counts only with its entity type). */
export function toAuditApiQuery(filters: AuditFilters): AuditApiQuery {
  return {
    actor: filters.actor || undefined,
    entity: filters.entity || undefined,
    id: filters.entity && filters.id ? filters.id : undefined,
    action: filters.action || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    personalDataReads: filters.personalDataReads || undefined,
  };
}

type State = Record<string, unknown> | null | undefined;

/** The fields whose value differs between before and after (all of after's for a create), in after's order. */
export function changedFields(before: State, after: State): string[] {
  if (!after) return [];
  if (!before) return Object.keys(after);
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
  return keys.filter((key) => key !== "version" && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
