import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "../app/i18n";
import { getSession, onSessionExpired, startSession } from "../lib/auth/session";
import { json, mockFetch, problem } from "../test/fetchMock";
import { chuoStaff, wards } from "../test/fixtures";
import { ApiError, api, idempotencyKey, ifMatch, parseRetryAfter, unwrap } from "./client";

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("api client", () => {
  afterEach(() => vi.useRealTimers());

  it("returns the data of a successful call", async () => {
    mockFetch({ "GET /api/v1/wards": () => json(wards) });
    await expect(unwrap(api.GET("/api/v1/wards"))).resolves.toEqual(wards);
  });

  it("asks for JSON, not another format a resource may also offer (an office as JSON-LD)", async () => {
    const { requests } = mockFetch({ "GET /api/v1/offices/2": () => json({}) });
    await unwrap(api.GET("/api/v1/offices/{id}", { params: { path: { id: 2 } } }));
    expect(requests[0].headers.get("Accept")).toBe("application/json");
  });

  it("turns a problem+json response into an ApiError with field errors and Retry-After", async () => {
    mockFetch({
      "POST /api/v1/auth/login": () =>
        problem(
          {
            type: "https://wardhub.city/problems/validation",
            title: "入力内容に誤りがあります",
            titleEn: "The request is invalid",
            status: 429,
            detail: "しばらくしてからお試しください。",
            requestId: "req-123",
            errors: [{ field: "username", rule: "NotBlank", message: "ユーザー名を入力してください" }],
          },
          { "Retry-After": "42", "Content-Language": "ja" },
        ),
    });

    const error = await caught(unwrap(api.POST("/api/v1/auth/login", { body: { username: "", password: "x" } })));

    expect(error.status).toBe(429);
    expect(error.title).toBe("入力内容に誤りがあります");
    expect(error.language).toBe("ja");
    expect(error.kind).toBe("problem");
    expect(error.detail).toBe("しばらくしてからお試しください。");
    expect(error.requestId).toBe("req-123");
    expect(error.errors).toEqual([{ field: "username", rule: "NotBlank", message: "ユーザー名を入力してください" }]);
    expect(error.retryAfter).toBe(42);
  });

  it("turns a response that is not problem+json into an ApiError with its status", async () => {
    mockFetch({ "GET /api/v1/wards": () => new Response("<html>Bad Gateway</html>", { status: 502 }) });
    const error = await caught(unwrap(api.GET("/api/v1/wards")));
    expect(error.status).toBe(502);
    expect(error.kind).toBe("status");
    expect(error.errors).toEqual([]);
  });

  it("turns a network failure into an ApiError with status 0", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    const error = await caught(unwrap(api.GET("/api/v1/wards")));
    expect(error.status).toBe(0);
    expect(error.kind).toBe("unreachable");
  });

  it("asks for the API's messages in the language the UI shows, on every call", async () => {
    const { requests } = mockFetch({ "GET /api/v1/wards": () => json(wards) });
    await unwrap(api.GET("/api/v1/wards"));
    await i18n.changeLanguage("en");
    await unwrap(api.GET("/api/v1/wards"));
    expect(requests.map((request) => request.headers.get("Accept-Language"))).toEqual(["ja", "en"]);
  });

  it("sends the bearer token when signed in, but never with the sign-in request", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/me": () => json(chuoStaff),
      "POST /api/v1/auth/login": () =>
        json({ accessToken: "token-new", tokenType: "Bearer", expiresIn: 1800, user: chuoStaff }),
    });

    await unwrap(api.GET("/api/v1/me"));
    await unwrap(api.POST("/api/v1/auth/login", { body: { username: "chuo", password: "pw" } }));

    expect(requests[0].headers.get("Authorization")).toBe("Bearer token-abc");
    expect(requests[1].headers.has("Authorization")).toBe(false);
  });

  it("clears the session and reports the expiry when the API answers 401", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const expired = vi.fn();
    const unsubscribe = onSessionExpired(expired);
    mockFetch({
      "GET /api/v1/me": () =>
        problem({ type: "about:blank", title: "認証が必要です", titleEn: "Authentication required", status: 401 }),
    });

    const error = await caught(unwrap(api.GET("/api/v1/me")));
    unsubscribe();

    expect(error.status).toBe(401);
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem("wardhub.session")).toBeNull();
    expect(expired).toHaveBeenCalledOnce();
  });

  it("keeps the session when a sign-in attempt is refused with 401", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "POST /api/v1/auth/login": () =>
        problem({ type: "about:blank", title: "認証に失敗しました", titleEn: "Sign-in failed", status: 401 }),
    });

    await caught(unwrap(api.POST("/api/v1/auth/login", { body: { username: "chuo", password: "wrong" } })));

    expect(getSession()?.accessToken).toBe("token-abc");
  });

  it("does not send a token that has run out, and ends the session", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-04-01T09:00:00Z"));
    startSession("token-abc", 60, chuoStaff);
    vi.setSystemTime(new Date("2025-04-01T09:01:00Z"));
    const { requests } = mockFetch({ "GET /api/v1/wards": () => json(wards) });

    await unwrap(api.GET("/api/v1/wards"));

    expect(requests[0].headers.has("Authorization")).toBe(false);
    expect(getSession()).toBeNull();
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds and HTTP dates", () => {
    const now = Date.parse("2025-04-01T09:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Tue, 01 Apr 2025 09:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});

describe("write headers", () => {
  it("quotes the version for If-Match", () => {
    expect(ifMatch(7)).toEqual({ "If-Match": '"7"' });
  });

  it("makes a new Idempotency-Key every time", () => {
    const first = idempotencyKey()["Idempotency-Key"];
    const second = idempotencyKey()["Idempotency-Key"];
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });
});
