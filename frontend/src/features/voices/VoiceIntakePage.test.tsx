import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

/** Types a text in one go: key by key, long Japanese texts make the test slow. */
async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
import { categories, receivedVoice } from "./voiceFixtures";
import type { Schema } from "../../api/schemas";

function intakeApi(create: (request: Request) => Response | Promise<Response>) {
  return mockFetch({
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/voices/categories": () => json(categories),
    "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    "POST /api/v1/voices": create,
  });
}

describe("voice intake", () => {
  it("takes a voice in with an Idempotency-Key and shows its reference number with a link", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = intakeApi(() => json(receivedVoice, 201));
    renderRoute("/voices/new");

    expect(await screen.findByRole("heading", { level: 1, name: "区民の声の受付" })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/種別/), "REQUEST");
    await user.selectOptions(screen.getByLabelText(/受付方法/), "PHONE");
    await user.click(await screen.findByRole("checkbox", { name: "道路" }));
    await user.click(screen.getByRole("checkbox", { name: "防犯・防災" }));
    await enter(user, screen.getByLabelText(/内容/), "通学路の街灯が切れていて夜は真っ暗です。");
    await enter(user, screen.getByLabelText("電話番号"), "096-000-0000");
    await user.click(screen.getByRole("button", { name: "受け付ける" }));

    const status = await screen.findByText("受け付けました。受付番号は V-2026-000123 です。");
    expect(status.closest("[role=status]")).not.toBeNull();
    expect(screen.getByRole("link", { name: "受け付けた声（V-2026-000123）を開く" })).toHaveAttribute(
      "href",
      "/voices/123",
    );
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await post.json()) as Schema<"VoiceInput">;
    expect(body).toMatchObject({
      type: "REQUEST",
      channel: "PHONE",
      categories: ["roads", "safety"],
      wardCode: "431010",
      text: "通学路の街灯が切れていて夜は真っ暗です。",
      personalData: { phone: "096-000-0000", consentToContact: false },
    });
    // The form is ready for the next voice.
    expect(screen.getByLabelText(/内容/)).toHaveValue("");
  });

  it("offers ward staff only their own ward", async () => {
    startSession("token-abc", 1800, chuoStaff);
    intakeApi(() => json(receivedVoice, 201));
    renderRoute("/voices/new");
    const ward = await screen.findByLabelText("区");
    await screen.findByRole("option", { name: "中央区" });
    expect(
      within(ward)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["中央区"]);
  });

  it("shows the API's field errors under the fields and sends a retry with the same key", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    const { requests } = intakeApi(() =>
      problem({
        type: "https://wardhub.example/problems/validation",
        title: "入力内容に誤りがあります",
        titleEn: "Invalid input",
        status: 400,
        errors: [
          { field: "categories", rule: "NotEmpty", message: "1つ以上選んでください" },
          { field: "personalData.email", rule: "Email", message: "メールアドレスの形式ではありません" },
        ],
      }),
    );
    renderRoute("/voices/new");

    await user.selectOptions(await screen.findByLabelText(/種別/), "COMPLAINT");
    await user.selectOptions(screen.getByLabelText(/受付方法/), "LETTER");
    await enter(user, screen.getByLabelText(/内容/), "ごみが出されたままです。");
    await enter(user, screen.getByLabelText("メールアドレス"), "not-an-address");
    await user.click(screen.getByRole("button", { name: "受け付ける" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("入力内容に誤りがあります");
    const categoryGroup = screen.getByRole("group", { name: /分類/ });
    expect(categoryGroup).toHaveAccessibleDescription(/1つ以上選んでください/);
    expect(screen.getByLabelText("メールアドレス")).toHaveAccessibleDescription("メールアドレスの形式ではありません");

    await user.clear(screen.getByLabelText("メールアドレス"));
    await enter(user, screen.getByLabelText("メールアドレス"), "mihon@example.jp");
    await user.click(screen.getByRole("button", { name: "受け付ける" }));
    await screen.findByRole("alert");
    const keys = requests.filter((r) => r.method === "POST").map((r) => r.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
