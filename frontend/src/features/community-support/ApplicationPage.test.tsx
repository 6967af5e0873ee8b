import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import type { Schema } from "../../api/schemas";
import { chuoProgram, noNotifications, underReview } from "./testFixtures";

const rateLimit = "補助率 1/2 で補助対象経費から計算した上限 50,000 円を超えています";
const requestId = "3f1c2a7e-1b2d-4c5e-9f00-123456789abc";

describe("the application review", () => {
  it("shows the grant's limits, a refusal under the amount, and grants with If-Match", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let attempts = 0;
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/community/applications/11": () => json(underReview),
      "GET /api/v1/community/programs/1": () => json(chuoProgram),
      "POST /api/v1/community/applications/11/grant": () => {
        attempts += 1;
        return attempts === 1
          ? problem({
              type: "https://wardhub.example/problems/support-amount-limit",
              title: "支援制度の限度を超えています",
              titleEn: "Beyond a limit of the support programme",
              status: 422,
              detail: rateLimit,
              requestId,
              errors: [{ field: "grantedAmountYen", rule: "subsidyRate", message: rateLimit }],
            })
          : json({ ...underReview, status: "GRANTED", grantedAmountYen: 40_000, actions: ["REPORT"], version: 3 });
      },
    });
    renderRoute("/community/applications/11");

    expect(await screen.findByRole("heading", { level: 1, name: underReview.title })).toBeInTheDocument();
    const limits = await screen.findByRole("table", { name: "交付決定額の限度" });
    expect(within(limits).getByRole("row", { name: /申請額/ })).toHaveTextContent("¥80,000");
    expect(within(limits).getByRole("row", { name: /1件あたりの上限/ })).toHaveTextContent("¥300,000");
    expect(within(limits).getByRole("row", { name: /補助率 1\/2 × 補助対象経費 ¥100,000/ })).toHaveTextContent(
      "¥50,000",
    );
    expect(within(limits).getByRole("row", { name: /予算の残額/ })).toHaveTextContent("¥370,000");
    expect(screen.getByText("交付できる額: ¥25,000 以上 ¥50,000 以下")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "経過" })).toHaveTextContent("提出済み → 審査中");

    const amount = screen.getByRole("textbox", { name: /交付決定額/ });
    await user.type(amount, "60000");
    await user.click(screen.getByRole("button", { name: "交付を決定する" }));
    expect(await screen.findByText(rateLimit, { selector: ".field-error" })).toBeInTheDocument();
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(amount).toHaveAccessibleDescription(expect.stringContaining("補助率 1/2"));
    // said once, beside the field; the alert has the title and the reference for support
    expect(screen.getAllByText(rateLimit)).toHaveLength(1);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("支援制度の限度を超えています");
    expect(alert).toHaveTextContent(`お問い合わせ番号: ${requestId}`);
    expect(requests.at(-1)?.headers.get("Accept-Language")).toBe("ja");

    await user.clear(amount);
    await user.type(amount, "40,000");
    await user.click(screen.getByRole("button", { name: "交付を決定する" }));
    expect(await screen.findByText("交付を決定しました。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "実績報告を記録する" })).toBeInTheDocument();

    const grants = requests.filter((request) => request.method === "POST");
    expect(grants).toHaveLength(2);
    expect(grants[1].headers.get("If-Match")).toBe('"2"');
    expect(await grants[1].json()).toEqual({ grantedAmountYen: 40_000 });
  });

  it("offers to reload when someone else changed the application first", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/community/applications/11": () => json(underReview),
      "GET /api/v1/community/programs/1": () => json(chuoProgram),
      "POST /api/v1/community/applications/11/decline": () =>
        problem({
          type: "about:blank",
          title: "他の人が先に更新しました",
          titleEn: "Changed by someone else",
          status: 412,
        }),
    });
    renderRoute("/community/applications/11");

    await user.type(await screen.findByRole("textbox", { name: /不交付の理由/ }), "対象外の活動のため");
    await user.click(screen.getByRole("button", { name: "不交付とする" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("button", { name: "再読み込み" })).toBeInTheDocument();
  });

  it("says who did each step, and why the reviewer may not grant (四つの目の原則), as the API refuses", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const reviewedByMe: Schema<"SupportApplication"> = {
      ...underReview,
      createdBy: "chuo-liaison",
      submittedBy: "chuo-liaison",
      reviewedBy: "chuo",
      fourEyesConflict: "REVIEWED",
    };
    mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/community/applications/11": () => json(reviewedByMe),
      "GET /api/v1/staff/names": () =>
        json([
          { username: "chuo-liaison", displayName: "地域 健太", role: "LIAISON", wardCode: "431010" },
          { username: "chuo", displayName: "中央 花子", role: "WARD_STAFF", wardCode: "431010" },
        ]),
      "GET /api/v1/community/programs/1": () => json(chuoProgram),
      "POST /api/v1/community/applications/11/grant": () =>
        problem({
          type: "https://wardhub.city/problems/four-eyes",
          title: "四つの目の原則により、交付決定は別の職員が行います",
          titleEn: "Four-eyes principle: another member of staff decides the grant",
          status: 403,
          detail: "四つの目の原則: この申請を審査した職員は交付決定できません。",
        }),
    });
    renderRoute("/community/applications/11");

    await screen.findByRole("heading", { level: 1, name: underReview.title });
    const main = screen.getByRole("main");
    await waitFor(() => expect(main).toHaveTextContent(/記録した職員\s*地域 健太/));
    expect(main).toHaveTextContent(/審査した職員\s*中央 花子/);
    const grant = screen.getByRole("region", { name: "交付を決定する" });
    expect(grant).toHaveTextContent("あなたはこの申請を審査したため、交付決定はできません");

    await user.type(within(grant).getByRole("textbox", { name: /交付決定額/ }), "40000");
    await user.click(within(grant).getByRole("button", { name: "交付を決定する" }));
    const alert = await within(grant).findByRole("alert");
    expect(alert).toHaveTextContent("四つの目の原則により、交付決定は別の職員が行います");
  });
});
