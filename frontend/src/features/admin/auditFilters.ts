import { isIsoDate } from "../../lib/dates";
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

const TEXT_FILTERS = ["actor", "entity", "id", "action"] as const;

export function auditFiltersOf(params: URLSearchParams): AuditFilters {
  const text = (name: string) => params.get(name)?.trim() ?? "";
  const date = (name: string) => {
    const value = text(name);
    return isIsoDate(value) ? value : "";
  };
  const page = Number(params.get("page"));
  return {
    actor: text("actor"),
    entity: text("entity"),
    id: text("id"),
    action: text("action"),
    from: date("from"),
    to: date("to"),
    personalDataReads: params.get("personalDataReads") === "true",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function auditFilterParams(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of TEXT_FILTERS) if (filters[name]) search.set(name, filters[name]);
  if (filters.from) search.set("from", filters.from);
  if (filters.to) search.set("to", filters.to);
  if (filters.personalDataReads) search.set("personalDataReads", "true");
  if (filters.page > 1) search.set("page", String(filters.page));
  return search;
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
