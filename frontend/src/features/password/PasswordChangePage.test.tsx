import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { getSession, startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { chuoStaff } from "../../test/fixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";

const firstAdmin: Schema<"Me"> = {
  username: "first-admin",
  displayName: "管理者",
  role: "ADMIN",
  ward: null,
  bureau: null,
  section: null,
  scopes: [],
  passwordChangeRequired: true,
};

async function fillIn(current: string, next: string, confirm = next) {
  const user = userEvent.setup();
  if (current) await user.type(await screen.findByLabelText("現在のパスワード"), current);
  await user.type(screen.getByLabelText(/^新しいパスワード$/), next);
  await user.type(screen.getByLabelText("新しいパスワード (確認)"), confirm);
  await user.click(screen.getByRole("button", { name: "パスワードを変更する" }));
}

// Typing is slow on a busy machine: these tests type three passwords each.
const TYPING = 30_000;

describe("password change", () => {
  it(
    "keeps an account that must change its password on the password page",
    async () => {
      startSession("first-token", 1800, firstAdmin);
      mockFetch({});
      const { router } = renderRoute("/voices");

      await waitFor(() => expect(router.state.location.pathname).toBe("/password-change"));
      expect(await screen.findByRole("heading", { level: 1, name: "パスワード変更" })).toBeInTheDocument();
      expect(screen.getByText(/最初にパスワードを変更してください/)).toBeInTheDocument();
      await waitFor(() => expect(document.title).toBe("パスワード変更 | 区政ハブ"));
    },
    TYPING,
  );

  it(
    "changes the password, continues with the new token and lets the user go on",
    async () => {
      startSession("first-token", 1800, firstAdmin);
      const { requests } = mockFetch({
        "POST /api/v1/me/password": () =>
          json({
            accessToken: "second-token",
            tokenType: "Bearer",
            expiresIn: 1800,
            user: { ...firstAdmin, passwordChangeRequired: false },
          }),
      });
      const { router } = renderRoute("/password-change");

      await fillIn("bootstrap-secret-1234", "a-brand-new-password");

      await waitFor(() => expect(router.state.location.pathname).toBe("/"));
      const sent = requests.find((r) => r.url.endsWith("/api/v1/me/password"))!;
      expect(sent.headers.get("Authorization")).toBe("Bearer first-token");
      expect(await sent.clone().json()).toEqual({
        currentPassword: "bootstrap-secret-1234",
        newPassword: "a-brand-new-password",
      });
      expect(getSession()?.accessToken).toBe("second-token");
      expect(getSession()?.user.passwordChangeRequired).toBe(false);
    },
    TYPING,
  );

  it(
    "checks length and confirmation before sending anything",
    async () => {
      startSession("first-token", 1800, firstAdmin);
      const { requests } = mockFetch({});
      renderRoute("/password-change");

      await fillIn("bootstrap-secret-1234", "short");
      expect(await screen.findByText("新しいパスワードは 12 文字以上にしてください。")).toBeInTheDocument();

      const user = userEvent.setup();
      await user.clear(screen.getByLabelText(/^新しいパスワード$/));
      await user.clear(screen.getByLabelText("新しいパスワード (確認)"));
      await fillIn("", "a-brand-new-password", "-different");
      expect(await screen.findByText("確認用のパスワードが一致しません。")).toBeInTheDocument();
      expect(requests.filter((r) => r.url.includes("/me/password"))).toHaveLength(0);
    },
    TYPING,
  );

  it(
    "offers the change on the profile page and shows a wrong current password",
    async () => {
      startSession("token-abc", 1800, chuoStaff);
      mockFetch({
        "GET /api/v1/me": () => json({ ...chuoStaff, passwordChangeRequired: false }),
        "POST /api/v1/me/password": () =>
          problem({
            type: "https://wardhub.city/problems/wrong-current-password",
            title: "現在のパスワードが違います",
            titleEn: "Current password is wrong",
            status: 400,
            errors: [{ field: "currentPassword", rule: "Matches", message: "現在のパスワードが違います (wrong)" }],
          }),
      });
      renderRoute("/me");

      expect(await screen.findByRole("heading", { level: 2, name: "パスワードの変更" })).toBeInTheDocument();
      await fillIn("not-my-password", "a-brand-new-password");

      expect(await screen.findByRole("alert")).toHaveTextContent("現在のパスワードが違います");
      expect(getSession()?.accessToken).toBe("token-abc");
    },
    TYPING,
  );
});
