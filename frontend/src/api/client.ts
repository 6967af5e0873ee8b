import createClient, { type Middleware } from "openapi-fetch";
import { currentLanguage } from "../app/i18n";
import { dropDeviceToken, getDeviceToken } from "../lib/auth/device";
import { expireSession, getAccessToken } from "../lib/auth/session";
import type { paths } from "./schema";
import type { Schema } from "./schemas";

/**
 * An error response of the WardHub API (application/problem+json), or a failure to reach it (status 0). The API
 * writes the problem's title, detail and field messages in the language the request asked for (Accept-Language,
 * which every call sends from the UI's language) and names it in Content-Language: `language`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly requestId?: string;
  readonly errors: Schema<"FieldError">[];
  /** Seconds to wait before trying again, from the Retry-After header. */
  readonly retryAfter?: number;
  /** The language of the texts (Content-Language), when the API named it. */
  readonly language?: string;

  /**
   * What the failure is: a problem the API explained, an answer with a status only (a proxy's error page), or no
   * answer at all (the server could not be reached). Only a problem's texts are worth showing as they are.
   */
  readonly kind: "problem" | "status" | "unreachable";

  constructor(
    problem: Schema<"Problem">,
    retryAfter?: number,
    language?: string,
    kind: "problem" | "status" | "unreachable" = "problem",
  ) {
    super(problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail ?? undefined;
    this.requestId = problem.requestId ?? undefined;
    this.errors = problem.errors ?? [];
    this.retryAfter = retryAfter;
    this.language = language;
    this.kind = kind;
  }
}

const NETWORK_PROBLEM: Schema<"Problem"> = {
  type: "about:blank",
  title: "サーバーに接続できませんでした",
  titleEn: "Could not reach the server",
  status: 0,
};

function isProblem(body: unknown): body is Schema<"Problem"> {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as Partial<Schema<"Problem">>;
  return typeof candidate.title === "string" && typeof candidate.status === "number";
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export function toApiError(response: Response, body: unknown): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  const language = response.headers.get("Content-Language") ?? undefined;
  if (isProblem(body)) return new ApiError(body, retryAfter, language);
  // not a problem (a proxy's error page): only the status is known, which the page words itself
  const statusText = response.statusText || `HTTP ${response.status}`;
  return new ApiError(
    { type: "about:blank", title: statusText, titleEn: statusText, status: response.status },
    retryAfter,
    undefined,
    "status",
  );
}

const LOGIN_PATH = "/api/v1/auth/login";

/** Every call asks for the API's messages (problem responses) in the language the UI shows. */
const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set("Accept-Language", currentLanguage());
  },
};

const authMiddleware: Middleware = {
  onRequest({ request, schemaPath }) {
    const token = schemaPath === LOGIN_PATH ? null : getAccessToken();
    if (token) request.headers.set("Authorization", `Bearer ${token}`);
  },
  onResponse({ request, response }) {
    // A refused token means the session is over; a 401 at sign-in only means wrong credentials.
    if (response.status === 401 && request.headers.has("Authorization")) expireSession();
  },
};

/**
 * The API, typed by openapi.yaml: each call's data is the generated type of its answer. Some resources also speak
 * other formats (an office as JSON-LD): the client asks for the JSON the SPA reads, and is typed by that media type.
 */
export const api = createClient<paths, "application/json">({
  baseUrl: import.meta.env.VITE_API_BASE ?? "",
  headers: { Accept: "application/json" },
  // Resolved on each call so that tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(languageMiddleware, authMiddleware);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError. The type of the data is the one
 * openapi-fetch infers from the contract for the call's success answer; openapi-fetch leaves it undefined only for
 * an error (thrown here) or an answer without a body (whose type is then undefined itself).
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(NETWORK_PROBLEM, undefined, undefined, "unreachable");
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

/** Headers for an update of a resource last read at `version` (optimistic locking). */
export function ifMatch(version: number): { "If-Match": string } {
  return { "If-Match": `"${version}"` };
}

/** A fresh Idempotency-Key header, so that a retried write is applied only once. */
export function idempotencyKey(): { "Idempotency-Key": string } {
  return { "Idempotency-Key": crypto.randomUUID() };
}

const deviceAuthMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await getDeviceToken();
    if (token) request.headers.set("Authorization", `Bearer ${token}`);
  },
  onResponse({ response }) {
    // The next call fetches a new token; a refused one never ends a member of staff's session.
    if (response.status === 401) dropDeviceToken();
  },
};

/**
 * The API as a counter device (a kiosk) calls it: with the device's own client token (lib/auth/device), never with
 * a member of staff's session, whatever else is open in the browser.
 */
export const deviceApi = createClient<paths, "application/json">({
  baseUrl: import.meta.env.VITE_API_BASE ?? "",
  headers: { Accept: "application/json" },
  fetch: (request) => globalThis.fetch(request),
});
deviceApi.use(languageMiddleware, deviceAuthMiddleware);
