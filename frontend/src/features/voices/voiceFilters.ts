import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";
import { isIsoDate } from "../../lib/dates";
import type { Schema } from "../../api/schemas";
import { isVoiceChannel, isVoiceStatus, isVoiceType } from "../../lib/voiceEnums";

/**
 * The triage list's filters as kept in the URL, the same ones GET /api/v1/voices takes:
 * ?status=ASSIGNED&type=COMPLAINT&channel=PHONE&category=roads&ward=431010&overdue=true&from=2026-04-01&to=2026-09-30&q=街灯&page=2
 * and the work queues: &assignee=me (自分の担当) or &section=mine (自分の課; for ward staff, their ward).
 */
export interface VoiceFilters {
  status: Schema<"VoiceState"> | "";
  type: Schema<"VoiceType"> | "";
  channel: Schema<"VoiceChannel"> | "";
  category: string;
  ward: string;
  /** Only voices past their due date without an answer. */
  overdue: boolean;
  /** Received on or after (YYYY-MM-DD). */
  from: string;
  /** Received on or before (YYYY-MM-DD). */
  to: string;
  q: string;
  /** "me" for the voices assigned to the user in person, or a login id; "" for anyone's. */
  assignee: string;
  /** "mine" for the voices of the user's section (ward staff: ward), or a section code; "" for any. */
  section: string;
  /** 1-based page number as shown to people; the API's page is one less. */
  page: number;
}

/** The filters as the API's query parameters (no page): shared by the list, the statistics and the CSV export. */
export interface VoiceApiQuery {
  status?: Schema<"VoiceState">;
  type?: Schema<"VoiceType">;
  channel?: Schema<"VoiceChannel">;
  category?: string;
  ward?: string;
  overdue?: string;
  from?: string;
  to?: string;
  q?: string;
  assignee?: string;
  section?: string;
}

export const NO_VOICE_FILTERS: VoiceFilters = {
  status: "",
  type: "",
  channel: "",
  category: "",
  ward: "",
  overdue: false,
  from: "",
  to: "",
  q: "",
  assignee: "",
  section: "",
  page: 1,
};

function date(params: URLSearchParams, name: string): string {
  const value = textParam(params, name);
  return isIsoDate(value) ? value : "";
}

/** Reads the filters, dropping values the API would refuse (an unknown status, a malformed date). */
export function parseVoiceFilters(params: URLSearchParams): VoiceFilters {
  const status = params.get("status");
  const type = params.get("type");
  const channel = params.get("channel");
  return {
    status: isVoiceStatus(status) ? status : "",
    type: isVoiceType(type) ? type : "",
    channel: isVoiceChannel(channel) ? channel : "",
    category: textParam(params, "category"),
    ward: textParam(params, "ward"),
    overdue: params.get("overdue") === "true",
    from: date(params, "from"),
    to: date(params, "to"),
    q: textParam(params, "q"),
    assignee: textParam(params, "assignee"),
    section: textParam(params, "section"),
    page: pageParam(params),
  };
}

export function toVoiceApiQuery(filters: Omit<VoiceFilters, "page">): VoiceApiQuery {
  const query: VoiceApiQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.type) query.type = filters.type;
  if (filters.channel) query.channel = filters.channel;
  if (filters.category) query.category = filters.category;
  if (filters.ward) query.ward = filters.ward;
  if (filters.overdue) query.overdue = "true";
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.q) query.q = filters.q;
  if (filters.assignee) query.assignee = filters.assignee;
  if (filters.section) query.section = filters.section;
  return query;
}

export function toVoiceSearchParams(filters: VoiceFilters): URLSearchParams {
  const params = new URLSearchParams(toVoiceApiQuery(filters) as Record<string, string>);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

/** Reads the filters from the URL; changing any filter but the page goes back to page 1. */
export function useVoiceFilters() {
  return useUrlFilters(parseVoiceFilters, toVoiceSearchParams);
}

/** The work queues, as quick links over the other filters: every voice, 自分の担当, 自分の課. */
export type VoiceQueue = "all" | "mine" | "section";

export function queueOf(filters: Pick<VoiceFilters, "assignee" | "section">): VoiceQueue | undefined {
  if (!filters.assignee && !filters.section) return "all";
  if (filters.assignee === "me" && !filters.section) return "mine";
  if (filters.section === "mine" && !filters.assignee) return "section";
  return undefined;
}

export function withQueue(filters: VoiceFilters, queue: VoiceQueue): VoiceFilters {
  return {
    ...filters,
    assignee: queue === "mine" ? "me" : "",
    section: queue === "section" ? "mine" : "",
    page: 1,
  };
}
