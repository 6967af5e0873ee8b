import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { bureaus, consultation, consultationSummary } from "../../test/coordinationFixtures";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

function page(items = [consultationSummary]): Schema<"ConsultationPage"> {
  return { items, page: 0, size: 20, total: items.length };
}

const organization = {
  "GET /api/v1/wards": () => json(wards),
  "GET /api/v1/bureaus": () => json(bureaus),
};

describe("consultations list", () => {
  it("lists consultations with the wards' answers and keeps the filters in the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      ...organization,
      "GET /api/v1/consultations": () => json(page()),
      "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    });
    const { router } = renderRoute("/consultations");

    expect(await screen.findByRole("heading", { level: 1, name: "事前協議" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: /事前協議の一覧/ });
    const row = within(table).getByRole("row", { name: /通学路のカラー舗装/ });
    expect(within(row).getByRole("link", { name: "通学路のカラー舗装" })).toHaveAttribute("href", "/consultations/7");
    expect(row).toHaveTextContent("中央区: 未回答、北区: 懸念あり");
    expect(row).toHaveTextContent("（あと3開庁日）");
    // Ward staff answer; they do not open consultations.
    expect(screen.queryByRole("link", { name: "事前協議を始める" })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("回答の受付"), "回答受付中");
    await user.selectOptions(screen.getByLabelText("まだ回答していない区"), "中央区");
    await user.click(screen.getByRole("button", { name: "絞り込む" }));

    await waitFor(() => expect(router.state.location.search).toBe("?open=true&unansweredBy=431010"));
    await waitFor(() => {
      const asked = requests.filter((r) => new URL(r.url).pathname === "/api/v1/consultations").at(-1)!;
      expect(new URL(asked.url).searchParams.get("open")).toBe("true");
      expect(new URL(asked.url).searchParams.get("unansweredBy")).toBe("431010");
    });
  });

  it("says so when nothing matches", async () => {
    startSession("token-abc", 1800, hqStaff);
    mockFetch({
      ...organization,
      "GET /api/v1/consultations": () => json(page([])),
      "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    });
    renderRoute("/consultations?open=false");
    expect(await screen.findByText("条件に合う事前協議はありません。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "事前協議を始める" })).toHaveAttribute("href", "/consultations/new");
  });

  it("is not for floor managers", () => {
    startSession("token-abc", 1800, { ...chuoStaff, role: "FLOOR" });
    mockFetch({ "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }) });
    renderRoute("/consultations");
    expect(screen.getByRole("heading", { level: 1, name: "このページを表示する権限がありません" })).toBeInTheDocument();
  });
});

describe("opening a consultation", () => {
  it("sends the wards, deadline and an Idempotency-Key, then shows the consultation", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    let sent: Record<string, unknown> | undefined;
    const { requests } = mockFetch({
      ...organization,
      "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
      "POST /api/v1/consultations": async (request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return json(consultation, 201);
      },
    });
    const { router } = renderRoute("/consultations/new");

    await user.type(await screen.findByRole("textbox", { name: /件名/ }), "通学路のカラー舗装");
    await user.type(screen.getByRole("textbox", { name: /事業の内容/ }), "路側帯をカラー舗装します。");
    await user.type(screen.getByLabelText(/回答期限/), "2027-01-15");
    await user.click(screen.getByRole("button", { name: "協議を始める" }));
    // No ward chosen yet: the form says so and sends nothing.
    expect(await screen.findByText("協議先の区を1つ以上選んでください。")).toBeInTheDocument();
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.click(await screen.findByRole("checkbox", { name: "中央区" }));
    await user.click(screen.getByRole("checkbox", { name: "北区" }));
    await user.click(screen.getByRole("button", { name: "協議を始める" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/consultations/7"));
    expect(sent).toEqual({
      title: "通学路のカラー舗装",
      description: "路側帯をカラー舗装します。",
      wardCodes: ["431010", "431056"],
      deadline: "2027-01-15",
    });
    const post = requests.find((r) => r.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText("事前協議を始めました。協議先の区に通知しました。")).toBeInTheDocument();
  });
});

describe("a consultation", () => {
  it("lets the addressed ward answer, then answer again with If-Match", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let current: Schema<"Consultation"> = consultation;
    const posts: Request[] = [];
    mockFetch({
      ...organization,
      "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
      "GET /api/v1/consultations/7": () => json(current),
      "POST /api/v1/consultations/7/responses": async (request) => {
        posts.push(request.clone());
        const body = (await request.json()) as { stance: "AGREE_WITH_CONDITIONS"; comments: string };
        const previous = current.wards[0].response;
        const response = {
          consultationId: 7,
          ward: current.wards[0].ward,
          stance: body.stance,
          comments: body.comments,
          respondedBy: "chuo",
          respondedAt: "2026-12-03T01:00:00Z",
          version: previous ? previous.version + 1 : 0,
        };
        current = { ...current, wards: [{ ward: current.wards[0].ward, response }, current.wards[1]] };
        return json(response, previous ? 200 : 201);
      },
    });
    renderRoute("/consultations/7");

    expect(await screen.findByRole("heading", { level: 1, name: "通学路のカラー舗装" })).toBeInTheDocument();
    expect(screen.getByText("（あと3開庁日）")).toBeInTheDocument();
    const answers = screen.getByRole("table", { name: "協議先の区ごとの回答" });
    expect(within(answers).getByRole("row", { name: /北区/ })).toHaveTextContent("懸念あり");
    // Reports are the bureau's to post.
    expect(screen.queryByRole("button", { name: "報告する" })).not.toBeInTheDocument();

    const form = screen.getByRole("region", { name: "中央区としての回答" });
    await user.click(within(form).getByRole("radio", { name: "条件付きで同意" }));
    await user.type(within(form).getByRole("textbox", { name: /意見・条件・懸念/ }), "迂回路を周知すること");
    await user.click(within(form).getByRole("button", { name: "回答する" }));

    expect(await screen.findByText("回答を登録しました。")).toBeInTheDocument();
    await waitFor(() =>
      expect(within(answers).getByRole("row", { name: /中央区/ })).toHaveTextContent("条件付きで同意"),
    );
    expect(posts[0].headers.get("If-Match")).toBeNull();

    await user.click(await screen.findByRole("button", { name: "回答し直す" }));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[1].headers.get("If-Match")).toBe('"0"');
  });

  it("shows the conflict message when another answer came first", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, { ...chuoStaff, ward: { code: "431056", nameJa: "北区", nameEn: "Kita Ward" } });
    mockFetch({
      ...organization,
      "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
      "GET /api/v1/consultations/7": () => json(consultation),
      "POST /api/v1/consultations/7/responses": () =>
        problem({
          type: "https://wardhub.city/problems/precondition-failed",
          title: "他の人が先に更新しました",
          titleEn: "The record changed since you read it",
          status: 412,
        }),
    });
    renderRoute("/consultations/7");

    await user.click(await screen.findByRole("button", { name: "回答し直す" }));
    expect(await screen.findByText("他の人が先に更新しました。再読み込みしてください")).toBeInTheDocument();
  });

  it("lets the consulting bureau post a progress report", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    let current: Schema<"Consultation"> = consultation;
    let sent: unknown;
    const { requests } = mockFetch({
      ...organization,
      "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
      "GET /api/v1/consultations/7": () => json(current),
      "POST /api/v1/consultations/7/reports": async (request) => {
        sent = await request.json();
        const report = {
          id: 3,
          consultationId: 7,
          reportedOn: "2027-02-10",
          body: "第1期の工事が完了しました",
          author: "hq",
          createdAt: "2027-02-10T01:00:00Z",
          version: 0,
        };
        current = { ...current, reports: [report] };
        return json(report, 201);
      },
    });
    renderRoute("/consultations/7");

    expect(await screen.findByText("進捗報告はまだありません。")).toBeInTheDocument();
    // HQ does not answer for a ward.
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
    const reportedOn = screen.getByLabelText("報告日");
    await user.clear(reportedOn);
    await user.type(reportedOn, "2027-02-10");
    await user.type(screen.getByRole("textbox", { name: /報告の内容/ }), "第1期の工事が完了しました");
    await user.click(screen.getByRole("button", { name: "報告する" }));

    const list = await screen.findByRole("list", { name: "進捗報告の一覧（古い順）" });
    expect(list).toHaveTextContent("第1期の工事が完了しました");
    expect(sent).toEqual({ body: "第1期の工事が完了しました", reportedOn: "2027-02-10" });
    expect(requests.find((r) => r.method === "POST")!.headers.get("Idempotency-Key")).toBeTruthy();
    expect(screen.getByText("進捗を報告しました。協議先の区に通知しました。")).toBeInTheDocument();
  });
});
