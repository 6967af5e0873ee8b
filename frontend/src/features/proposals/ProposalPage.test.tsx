import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import {
  bureaus,
  childrenBureau,
  draftProposal,
  fill,
  hqAuthor,
  hqColleague,
  pendingAnswer,
  submittedProposal,
} from "./testFixtures";

const noNotifications = () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 });

function serve(proposal: Schema<"Proposal">, extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    "GET /api/v1/notifications": noNotifications,
    "GET /api/v1/bureaus": () => json(bureaus),
    "GET /api/v1/wards": () => json(wards),
    [`GET /api/v1/proposals/${proposal.id}`]: () => json(proposal),
    ...extra,
  });
}

describe("the proposal page", () => {
  it("lets the ward submit its draft to the chosen bureaus after confirming", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = serve(draftProposal, {
      "POST /api/v1/proposals/7/submit": () => json(submittedProposal),
    });
    renderRoute("/proposals/7");

    expect(await screen.findByRole("heading", { level: 1, name: draftProposal.title })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${draftProposal.title} | 区政ハブ`));
    expect(screen.getByText("18,000,000円")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "根拠となる数値" })).toHaveTextContent("23 件");
    expect(screen.getByRole("link", { name: "修正する" })).toHaveAttribute("href", "/proposals/7/edit");

    const panel = screen.getByRole("region", { name: "局に提出する" });
    await user.click(within(panel).getByRole("button", { name: "提出する" }));
    expect(within(panel).getByRole("alert")).toHaveTextContent("提出先の局を1つ以上選んでください。");
    expect(requests.some((request) => request.method === "POST")).toBe(false);

    await user.click(within(panel).getByRole("checkbox", { name: "政策局" }));
    await user.click(within(panel).getByRole("button", { name: "提出する" }));
    const dialog = await screen.findByRole("alertdialog", { name: "区提案を提出しますか" });
    expect(dialog).toHaveTextContent("政策局に提出します。");
    await user.click(within(dialog).getByRole("button", { name: "提出する" }));

    expect(await screen.findByText("局に提出しました。")).toBeInTheDocument();
    const submit = requests.find((request) => request.method === "POST")!;
    expect(new URL(submit.url).pathname).toBe("/api/v1/proposals/7/submit");
    expect(submit.headers.get("If-Match")).toBe('"3"');
    expect(await submit.json()).toEqual({ bureauCodes: ["policy"] });
    expect(screen.queryByRole("region", { name: "局に提出する" })).not.toBeInTheDocument();
  });

  it("shows the ward an unpublished answer only as awaiting, and a published one in full on the timeline", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const proposal: Schema<"Proposal"> = {
      ...submittedProposal,
      answers: [
        pendingAnswer({ publication: "PENDING_PUBLICATION" }),
        pendingAnswer({
          bureau: childrenBureau,
          publication: "PUBLISHED",
          decision: "PARTIALLY_ADOPTED",
          reasons: "見守り活動への支援は拡充する。",
          costYen: 2000000,
          timing: "令和8年度内",
          publishedAt: "2026-10-28T05:00:00Z",
        }),
      ],
      timeline: [
        ...submittedProposal.timeline,
        { occurredAt: "2026-10-28T05:00:00Z", actor: "children-sample", kind: "PUBLISHED", bureauCode: "children" },
      ],
    };
    serve(proposal);
    renderRoute("/proposals/7");

    const policy = await screen.findByRole("region", { name: /^政策局/ });
    expect(policy).toHaveTextContent("回答待ち");
    expect(policy).toHaveTextContent("この局は回答を作成しました。");
    expect(within(policy).queryByRole("button")).not.toBeInTheDocument();
    const children = screen.getByRole("region", { name: /^こども局/ });
    expect(children).toHaveTextContent("一部採用");
    expect(children).toHaveTextContent("見守り活動への支援は拡充する。");
    expect(children).toHaveTextContent("2,000,000円");

    const timeline = screen.getByRole("list", { name: "経過（古い順）" });
    expect(
      within(timeline)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("p + p")?.textContent),
    ).toEqual(["起案", "局に提出（政策局）", "局の回答を公開（こども局）"]);
  });

  it("tells the answer's author that a colleague approves it", async () => {
    startSession("token-abc", 1800, hqAuthor);
    serve({
      ...submittedProposal,
      answers: [
        pendingAnswer({
          publication: "PENDING_PUBLICATION",
          state: "ANSWERED",
          decision: "ADOPTED",
          reasons: "採用します。",
          answeredBy: "hq",
          actions: ["ANSWER", "APPROVE"],
          version: 1,
        }),
      ],
    });
    renderRoute("/proposals/7");

    const policy = await screen.findByRole("region", { name: /^政策局/ });
    expect(policy).toHaveTextContent("回答済み（承認待ち）");
    expect(policy).toHaveTextContent("回答を書いた本人は承認できません。");
    expect(within(policy).queryByRole("button", { name: "回答を承認する" })).not.toBeInTheDocument();
    expect(within(policy).getByRole("button", { name: "回答を書き直す" })).toHaveAttribute("aria-expanded", "false");
  });

  it("lets a colleague approve, and shows the API's refusal readably", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqColleague);
    const { requests } = serve(
      {
        ...submittedProposal,
        answers: [
          pendingAnswer({
            publication: "PENDING_PUBLICATION",
            state: "ANSWERED",
            decision: "ADOPTED",
            reasons: "採用します。",
            answeredBy: "hq",
            actions: ["ANSWER", "APPROVE"],
            version: 1,
          }),
        ],
      },
      {
        "POST /api/v1/proposals/7/answers/policy/approve": () =>
          problem({
            type: "https://wardhub.city/problems/forbidden",
            title: "この操作を行う権限がありません",
            titleEn: "Not allowed",
            status: 403,
            detail: "回答を書いた本人は承認できません。同じ局の別の職員か管理者が承認します",
          }),
      },
    );
    renderRoute("/proposals/7");

    await user.click(await screen.findByRole("button", { name: "回答を承認する" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("この操作を行う権限がありません");
    expect(alert).toHaveTextContent("回答を書いた本人は承認できません。");
    const approve = requests.find((request) => request.method === "POST")!;
    expect(approve.headers.get("If-Match")).toBe('"1"');
  });

  it("lets the addressed bureau answer", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqAuthor);
    const { requests } = serve(
      { ...submittedProposal, answers: [pendingAnswer({ state: "PENDING", actions: ["ANSWER"] })] },
      { "POST /api/v1/proposals/7/answers": () => json(pendingAnswer({ state: "ANSWERED", version: 1 })) },
    );
    renderRoute("/proposals/7");

    const form = await screen.findByRole("heading", { name: "政策局として回答する" });
    expect(form).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "一部採用" }));
    await fill(user, screen.getByRole("textbox", { name: /理由・対応方針/ }), "一部を来年度に実施します。");
    await fill(user, screen.getByRole("textbox", { name: "対応経費（円）" }), "8000000");
    await user.click(screen.getByRole("button", { name: "回答を保存する" }));

    expect(await screen.findByText(/回答を保存しました。/)).toBeInTheDocument();
    const answer = requests.find((request) => request.method === "POST")!;
    expect(answer.headers.get("If-Match")).toBe('"0"');
    expect(await answer.json()).toEqual({
      decision: "PARTIALLY_ADOPTED",
      reasons: "一部を来年度に実施します。",
      costYen: 8000000,
    });
  });

  it("shows an adopted proposal's progress as a progress bar and lets the adopting bureau add milestones", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqAuthor);
    const adopted: Schema<"Proposal"> = {
      ...submittedProposal,
      status: "IN_PROGRESS",
      progressPercent: 40,
      actions: ["ADD_MILESTONE", "UPDATE_MILESTONE", "SET_PROGRESS", "COMPLETE"],
      answers: [pendingAnswer({ publication: "PUBLISHED", state: "PUBLISHED", decision: "ADOPTED", reasons: "採用" })],
      milestones: [
        {
          id: 3,
          proposalId: 7,
          title: "危険箇所の合同点検",
          dueOn: "2027-05-31",
          done: false,
          bureauCode: "policy",
          createdBy: "hq",
          createdAt: "2027-04-10T01:00:00Z",
          version: 2,
        },
      ],
    };
    const { requests } = serve(adopted, {
      "POST /api/v1/proposals/7/milestones": () =>
        json({ id: 4, proposalId: 7, title: "看板の設置", dueOn: "2027-07-01", done: false, version: 0 }, 201),
      "PUT /api/v1/proposals/7/milestones/3": () => json({ ...adopted.milestones[0], done: true, version: 3 }),
    });
    renderRoute("/proposals/7");

    const bar = await screen.findByRole("progressbar", { name: "進捗率" });
    expect(bar).toHaveAttribute("aria-valuenow", "40");
    expect(screen.getByRole("region", { name: "進捗" })).toHaveTextContent("40%");

    await user.click(screen.getByRole("button", { name: "「危険箇所の合同点検」を済みにする" }));
    expect(await screen.findByText("マイルストーンを更新しました。")).toBeInTheDocument();
    const complete = requests.find((request) => request.method === "PUT")!;
    expect(complete.headers.get("If-Match")).toBe('"2"');
    expect(await complete.json()).toEqual({ title: "危険箇所の合同点検", dueOn: "2027-05-31", done: true });

    const add = screen.getByRole("region", { name: "マイルストーンを追加する" });
    await fill(user, within(add).getByRole("textbox", { name: /内容/ }), "看板の設置");
    await user.type(within(add).getByLabelText(/期日/), "2027-07-01");
    await user.click(within(add).getByRole("button", { name: "追加する" }));
    expect(await screen.findByText("マイルストーンを追加しました。")).toBeInTheDocument();
    const created = requests.find((request) => request.method === "POST")!;
    expect(created.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await created.json()).toEqual({ title: "看板の設置", dueOn: "2027-07-01", done: false });
  });

  it("says so when the proposal is not there (or not the caller's to see)", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/proposals/99": () =>
        problem({ type: "about:blank", title: "区提案が見つかりません", titleEn: "Not found", status: 404 }),
    });
    renderRoute("/proposals/99");
    expect(await screen.findByRole("heading", { level: 1, name: "区提案が見つかりません" })).toBeInTheDocument();
  });

  it("is not for floor managers", async () => {
    startSession("token-abc", 1800, { ...chuoStaff, username: "chuo-floor", role: "FLOOR" });
    mockFetch({ "GET /api/v1/notifications": noNotifications });
    renderRoute("/proposals/7");
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("このページを表示する権限がありません"),
    );
  });
});
