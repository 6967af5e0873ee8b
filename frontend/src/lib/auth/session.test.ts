import { afterEach, describe, expect, it, vi } from "vitest";
import { chuoStaff } from "../../test/fixtures";
import {
  SESSION_STORAGE_KEY,
  endSession,
  expireIfDue,
  getAccessToken,
  getSession,
  onSessionExpired,
  startSession,
} from "./session";

describe("session", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps the token, its expiry and the user in sessionStorage", () => {
    startSession("token-abc", 1800, chuoStaff, 1_000);
    expect(getSession()).toEqual({ accessToken: "token-abc", expiresAt: 1_801_000, user: chuoStaff });
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? "null")).toEqual(getSession());
  });

  it("expires once expiresIn seconds have passed, and says so", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(10_000);
    const expired = vi.fn();
    const unsubscribe = onSessionExpired(expired);
    startSession("token-abc", 30, chuoStaff);

    expireIfDue(39_999);
    expect(getSession()).not.toBeNull();

    vi.setSystemTime(40_000);
    expect(getAccessToken()).toBeNull();
    expect(getSession()).toBeNull();
    expect(expired).toHaveBeenCalledOnce();
    unsubscribe();
  });

  it("does not report a sign-out as an expiry", () => {
    const expired = vi.fn();
    const unsubscribe = onSessionExpired(expired);
    startSession("token-abc", 1800, chuoStaff);
    endSession();
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(expired).not.toHaveBeenCalled();
    unsubscribe();
  });
});
