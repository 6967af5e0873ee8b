import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { admin, hqStaff, juminhyoSummary } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const revision = {
  revision: 2,
  questionJa: "マイナンバーカードをなくしました。どうすればよいですか。",
  answerJa: "すぐにカードの一時停止をしてください。",
  questionEn: "I lost my My Number card. What should I do?",
  answerEn: "Suspend the card right away.",
  author: "chuo",
  createdAt: "2026-11-25T02:00:00Z",
};

const inReview: Schema<"Faq"> = {
  id: 7,
  procedureCode: "mynumber-saikofu",
  audience: "RESIDENT",
  state: "IN_REVIEW",
  ownerSectionCode: "ward-administration",
  latest: revision,
  actions: ["APPROVE", "REJECT"],
  version: 4,
};

const draft: Schema<"Faq"> = { ...inReview, state: "DRAFT", actions: ["EDIT", "SUBMIT"], version: 3 };

function buttons(): string[] {
  const actions = screen.getByRole("region", { name: "操作" });
  return within(actions)
    .queryAllByRole("button")
    .map((button) => button.textContent ?? "");
}

describe("Q&A workflow", () => {
  it("offers the owning section exactly the actions the API lists, and approves with If-Match", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      "GET /api/v1/faqs/7": () => json(inReview),
      "GET /api/v1/procedures": () =>
        json({
          items: [{ ...juminhyoSummary, code: "mynumber-saikofu", nameJa: "マイナンバーカードの再交付" }],
          page: 0,
          size: 100,
          total: 1,
        }),
      "GET /api/v1/bureaus": () =>
        json([
          {
            code: "culture-citizens",
            nameJa: "文化市民局",
            nameEn: "Culture and Citizens Bureau",
            sections: [{ code: "ward-administration", nameJa: "区政課", nameEn: "Ward Administration Section" }],
          },
        ]),
      "POST /api/v1/faqs/7/approve": () =>
        json({ ...inReview, state: "PUBLISHED", published: revision, actions: ["EDIT"], version: 5 }),
    });
    renderRoute("/staff/faq/7");

    expect(await screen.findByRole("heading", { level: 1, name: "Q&A（No.7）" })).toBeInTheDocument();
    expect(buttons()).toEqual(["承認して公開する", "差し戻す"]);
    expect(screen.getByText("確認中")).toBeInTheDocument();
    expect(await screen.findByText("マイナンバーカードの再交付")).toBeInTheDocument();
    expect(await screen.findByText("文化市民局 区政課")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "承認して公開する" }));

    expect(await screen.findByText("承認して公開しました。")).toBeInTheDocument();
    const approve = requests.find((request) => request.method === "POST")!;
    expect(new URL(approve.url).pathname).toBe("/api/v1/faqs/7/approve");
    expect(approve.headers.get("If-Match")).toBe('"4"');
    expect(buttons()).toEqual(["書き直す（新しい版）"]);
    expect(screen.getByText("公開")).toBeInTheDocument();
  });

  it("does not offer approval outside the owning section, and offers drafts to be sent for review", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    // The API offers approval only to the owning section.
    const { requests, fetchMock } = mockFetch({
      "GET /api/v1/faqs/7": () => json({ ...inReview, actions: [] }),
    });
    const { unmount } = renderRoute("/staff/faq/7");

    await screen.findByRole("heading", { level: 1, name: "Q&A（No.7）" });
    expect(buttons()).toEqual([]);
    expect(screen.getByText("承認と差し戻しは、所管課の職員と管理者だけができます。")).toBeInTheDocument();
    unmount();

    startSession("token-abc", 1800, chuoStaff);
    fetchMock.mockImplementation((input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(input);
      requests.push(request);
      if (request.method === "POST")
        return Promise.resolve(json({ ...draft, state: "IN_REVIEW", actions: [], version: 4 }));
      if (new URL(request.url).pathname === "/api/v1/faqs/7") return Promise.resolve(json(draft));
      return Promise.reject(new Error(`Unexpected request: ${request.url}`));
    });
    renderRoute("/staff/faq/7");
    await screen.findByRole("heading", { level: 1, name: "Q&A（No.7）" });
    expect(buttons()).toEqual(["書き直す（新しい版）", "確認に回す"]);

    await user.click(screen.getByRole("button", { name: "確認に回す" }));
    expect(await screen.findByText("確認に回しました。")).toBeInTheDocument();
    const submit = requests.find((request) => request.method === "POST")!;
    expect(new URL(submit.url).pathname).toBe("/api/v1/faqs/7/submit");
    expect(submit.headers.get("If-Match")).toBe('"3"');
    // Ward staff are not the owning section: no approval buttons after the submission either.
    expect(buttons()).toEqual([]);
  });

  it("writes a new revision with If-Match", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/faqs/7": () => json(draft),
      "GET /api/v1/bureaus": () => json([]),
      "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 100, total: 0 }),
      "PUT /api/v1/faqs/7": () => json({ ...draft, latest: { ...revision, revision: 3 }, version: 4 }),
    });
    renderRoute("/staff/faq/7");

    await user.click(await screen.findByRole("button", { name: "書き直す（新しい版）" }));
    const answer = screen.getByRole("textbox", { name: /答え（日本語）/ });
    await user.clear(answer);
    await user.type(answer, "マイナンバー総合フリーダイヤルに連絡してください。");
    await user.click(screen.getByRole("button", { name: "新しい版を保存する" }));

    expect(await screen.findByText("新しい版を下書きとして保存しました。")).toBeInTheDocument();
    const put = requests.find((request) => request.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"3"');
    expect(await put.json()).toEqual({
      audience: "RESIDENT",
      procedureCode: "mynumber-saikofu",
      ownerSectionCode: "ward-administration",
      questionJa: "マイナンバーカードをなくしました。どうすればよいですか。",
      answerJa: "マイナンバー総合フリーダイヤルに連絡してください。",
      questionEn: "I lost my My Number card. What should I do?",
      answerEn: "Suspend the card right away.",
    });
  });
});
