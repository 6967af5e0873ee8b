import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getSession, startSession } from "../../lib/auth/session";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const EXPIRED_MESSAGE = "セッションの有効期限が切れました。もう一度サインインしてください。";

describe("session in the app", () => {
  afterEach(() => vi.useRealTimers());

  it("sends the user to sign in again when the API answers 401", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/me": () =>
        problem({ type: "about:blank", title: "認証が必要です", titleEn: "Authentication required", status: 401 }),
    });
    const { router } = renderRoute("/me");

    expect(await screen.findByText(EXPIRED_MESSAGE)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.state).toEqual({ from: "/me", reason: "expired" });
    expect(getSession()).toBeNull();
    expect(screen.getByRole("link", { name: "サインイン" })).toBeInTheDocument();
  });

  it("ends the session when the token runs out", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    startSession("token-abc", 60, chuoStaff);
    mockFetch({});
    const { router } = renderRoute("/");
    expect(screen.getByText("所属: 中央区")).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(60_000));

    expect(router.state.location.pathname).toBe("/login");
    expect(screen.getByText(EXPIRED_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByText("所属: 中央区")).not.toBeInTheDocument();
  });

  it("shows the message in English", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/me": () =>
        problem({ type: "about:blank", title: "認証が必要です", titleEn: "Authentication required", status: 401 }),
    });
    const user = userEvent.setup();
    renderRoute("/");
    await user.click(screen.getByRole("button", { name: "English" }));
    await user.click(screen.getByRole("link", { name: "My profile" }));

    expect(await screen.findByText("Your session has expired. Please sign in again.")).toBeInTheDocument();
  });

  it("signs out: clears the session, returns home and shows the signed-out state", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/me": () => json(chuoStaff),
    });
    const { router } = renderRoute("/me");
    await screen.findByText("chuo");

    await user.click(screen.getByRole("button", { name: "サインアウト" }));

    expect(router.state.location.pathname).toBe("/");
    expect(screen.getByRole("status")).toHaveTextContent("サインアウトしました。");
    expect(getSession()).toBeNull();
    expect(screen.getByRole("link", { name: "サインイン" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "マイプロフィール" })).not.toBeInTheDocument();
  });
});
