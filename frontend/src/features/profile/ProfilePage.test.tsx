import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { chuoStaff } from "../../test/fixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";

const hqStaff: Schema<"Me"> = {
  username: "somu",
  displayName: "総務 太郎",
  role: "HQ",
  ward: null,
  bureau: { code: "SOMU", nameJa: "総務局", nameEn: "General Affairs Bureau" },
  section: { code: "SOMU-1", nameJa: "総務課", nameEn: "General Affairs Section" },
  scopes: [],
  passwordChangeRequired: false,
};

function valueOf(term: string): string | null | undefined {
  return screen.getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
}

describe("my profile", () => {
  it("shows the signed-in user's account from /me", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({ "GET /api/v1/me": () => json(hqStaff) });

    renderRoute("/me");

    expect(await screen.findByText("somu")).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("マイプロフィール | 区政ハブ"));
    expect(valueOf("表示名")).toBe("総務 太郎");
    expect(valueOf("役割")).toBe("本庁職員");
    expect(valueOf("所属区")).toBe("未設定");
    expect(valueOf("所属局")).toBe("総務局");
    expect(valueOf("所属課")).toBe("総務課");
    expect(requests[0].headers.get("Authorization")).toBe("Bearer token-abc");
  });

  it("sends a signed-out visitor to the sign-in page", async () => {
    mockFetch({});
    const { router } = renderRoute("/me");
    expect(router.state.location.pathname).toBe("/login");
    expect(await screen.findByRole("heading", { level: 1, name: "サインイン" })).toBeInTheDocument();
  });
});
