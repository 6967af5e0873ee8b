import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { getSession } from "../../lib/auth/session";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText("ユーザー名"), username);
  await user.type(screen.getByLabelText("パスワード"), password);
  await user.click(screen.getByRole("button", { name: "サインイン" }));
}

describe("sign-in page", () => {
  it("shows the problem's message when the password is wrong", async () => {
    mockFetch({
      "POST /api/v1/auth/login": () =>
        problem({
          type: "https://wardhub.city/problems/bad-credentials",
          title: "ユーザー名またはパスワードが正しくありません",
          titleEn: "The username or password is incorrect",
          status: 401,
        }),
    });
    renderRoute("/login");
    await waitFor(() => expect(document.title).toBe("サインイン | 区政ハブ"));

    await signIn("chuo", "wrong");

    expect(await screen.findByRole("alert")).toHaveTextContent("ユーザー名またはパスワードが正しくありません");
    expect(getSession()).toBeNull();
  });

  it("says how long to wait after too many failures", async () => {
    mockFetch({
      "POST /api/v1/auth/login": () =>
        problem(
          {
            type: "https://wardhub.city/problems/too-many-attempts",
            title: "サインインの試行回数が多すぎます",
            titleEn: "Too many sign-in attempts",
            status: 429,
          },
          { "Retry-After": "90" },
        ),
    });
    renderRoute("/login");

    await signIn("chuo", "wrong");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("サインインの試行回数が多すぎます");
    expect(alert).toHaveTextContent("90秒後にもう一度お試しください。");
  });

  it("signs in, returns to the page the user came from and shows the user's ward", async () => {
    const { requests } = mockFetch({
      "POST /api/v1/auth/login": () =>
        json({ accessToken: "token-abc", tokenType: "Bearer", expiresIn: 1800, user: chuoStaff }),
      "GET /api/v1/me": () => json(chuoStaff),
    });
    const { router } = renderRoute("/me");
    expect(router.state.location.pathname).toBe("/login");
    expect(await screen.findByRole("status")).toHaveTextContent("このページを表示するにはサインインしてください。");

    await signIn("chuo", "password");

    expect(await screen.findByRole("heading", { level: 1, name: "マイプロフィール" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/me");
    expect(await requests[0].clone().json()).toEqual({ username: "chuo", password: "password" });
    const userArea = screen.getByRole("region", { name: "サインイン中のユーザー" });
    expect(within(userArea).getByText("所属: 中央区")).toBeInTheDocument();
    expect(within(userArea).getByText("中央 花子（区職員）")).toBeInTheDocument();
    expect(getSession()?.accessToken).toBe("token-abc");
    expect(screen.getByRole("link", { name: "マイプロフィール" })).toBeInTheDocument();
  });

  it("goes to the home page after signing in from the header", async () => {
    mockFetch({
      "POST /api/v1/auth/login": () =>
        json({ accessToken: "token-abc", tokenType: "Bearer", expiresIn: 1800, user: chuoStaff }),
      "GET /api/v1/wards": () => json(wards),
    });
    const { router } = renderRoute("/login");

    await signIn("chuo", "password");

    expect(await screen.findByText("中央 花子さん、こんにちは。")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
  });
});
