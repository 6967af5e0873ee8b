import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { assignees, bureaus, categories, receivedVoice } from "./voiceFixtures";
import type { Schema } from "../../api/schemas";

const triaged: Schema<"Voice"> = {
  ...receivedVoice,
  status: "TRIAGED",
  actions: ["ASSIGN"],
  version: 1,
  history: [
    ...receivedVoice.history,
    {
      occurredAt: "2026-11-21T01:00:00Z",
      actor: "chuo",
      action: "TRIAGE",
      fromStatus: "RECEIVED",
      toStatus: "TRIAGED",
      note: "確認済み",
    },
  ],
};

function detailApi(
  voice: Schema<"Voice">,
  handlers: Record<string, (request: Request) => Response | Promise<Response>> = {},
) {
  return mockFetch({
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/bureaus": () => json(bureaus),
    "GET /api/v1/voices/categories": () => json(categories),
    "GET /api/v1/voices/assignees": () => json(assignees),
    "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
    "GET /api/v1/voices/123": () => json(voice),
    ...handlers,
  });
}

describe("voice detail", () => {
  it("shows the voice, only the actions the API lists, and its history", async () => {
    startSession("token-abc", 1800, chuoStaff);
    detailApi(receivedVoice);
    renderRoute("/voices/123");

    expect(await screen.findByRole("heading", { level: 1, name: "区民の声 V-2026-000123" })).toBeInTheDocument();
    const crumbs = await screen.findByRole("navigation", { name: "パンくずリスト" });
    expect(within(crumbs).getByRole("link", { name: "ホーム" })).toHaveAttribute("href", "/");
    expect(within(crumbs).getByRole("link", { name: "区民の声" })).toHaveAttribute("href", "/voices");
    expect(within(crumbs).getByText("区民の声 V-2026-000123")).toHaveAttribute("aria-current", "page");
    const main = screen.getByRole("main");
    expect(main).toHaveTextContent("要望");
    expect(main).toHaveTextContent("電話");
    expect(main).toHaveTextContent("通学路の街灯が切れていて夜は真っ暗です。");
    await waitFor(() => expect(main).toHaveTextContent("道路、防犯・防災"));
    expect(screen.getByRole("region", { name: "振り分ける" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "担当を決める" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "回答する" })).not.toBeInTheDocument();
    const history = screen.getByRole("table", { name: "対応履歴" });
    expect(within(history).getAllByRole("row")).toHaveLength(2);
    expect(history).toHaveTextContent("状態: 受付");
  });

  it("triages with If-Match, says so, and the history grows", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = detailApi(receivedVoice, { "POST /api/v1/voices/123/triage": () => json(triaged) });
    renderRoute("/voices/123");

    const triage = await screen.findByRole("region", { name: "振り分ける" });
    await user.type(within(triage).getByLabelText("メモ（履歴に残ります）"), "確認済み");
    await user.click(within(triage).getByRole("button", { name: "振り分ける" }));

    expect(await screen.findByText("振り分けました。")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("If-Match")).toBe('"0"');
    expect(await post.json()).toEqual({
      dueOn: "2026-12-04",
      wardCode: "431010",
      categories: ["roads", "safety"],
      note: "確認済み",
    });
    const history = screen.getByRole("table", { name: "対応履歴" });
    expect(within(history).getAllByRole("row")).toHaveLength(3);
    expect(history).toHaveTextContent("状態: 受付 → 振り分け済み");
    expect(history).toHaveTextContent("メモ: 確認済み");
    expect(screen.getByRole("region", { name: "担当を決める" })).toBeInTheDocument();
  });

  it("assigns to a section found by typing in one list of wards, sections and their people", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = detailApi(triaged, {
      "POST /api/v1/voices/123/assign": () => json({ ...triaged, status: "ASSIGNED", actions: [], version: 2 }),
    });
    renderRoute("/voices/123");

    const assign = await screen.findByRole("region", { name: "担当を決める" });
    const box = within(assign).getByRole("combobox", { name: /担当/ });
    await user.type(box, "区政推進");
    const list = await screen.findByRole("listbox");
    // grouped under the bureau and section, the section as a whole first, then its people by name
    const group = within(list).getByRole("group", { name: "政策局 区政推進課" });
    expect(
      within(group)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["区政推進課（全体）", "本庁 太郎"]);
    expect(within(list).queryByRole("group", { name: "中央区" })).not.toBeInTheDocument();
    await user.click(within(group).getByRole("option", { name: "区政推進課（全体）" }));
    await user.click(within(assign).getByRole("button", { name: "担当を決める" }));

    expect(await screen.findByText("担当を決めました。担当の職員に通知しました。")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("If-Match")).toBe('"1"');
    expect(await post.json()).toEqual({ sectionCode: "ward-coordination" });
    expect(screen.getByText("この声について、いまあなたができる操作はありません。")).toBeInTheDocument();
  });

  it("assigns to a person by display name, from the keyboard", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = detailApi(triaged, {
      "POST /api/v1/voices/123/assign": () =>
        json({ ...triaged, status: "ASSIGNED", assignedStaff: "chuo-kessai", actions: [], version: 2 }),
    });
    renderRoute("/voices/123");

    const assign = await screen.findByRole("region", { name: "担当を決める" });
    const box = within(assign).getByRole("combobox", { name: /担当/ });
    await user.type(box, "決裁");
    const option = await screen.findByRole("option", { name: "決裁 一郎" });
    expect(within(screen.getByRole("listbox")).getByRole("group", { name: "中央区" })).toContainElement(option);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(box).toHaveValue("決裁 一郎");
    await user.click(within(assign).getByRole("button", { name: "担当を決める" }));

    await screen.findByText("担当を決めました。担当の職員に通知しました。");
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({ staffUsername: "chuo-kessai" });
  });

  it("says plainly when someone else was quicker (412) or the state moved on (409)", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let status = 412;
    detailApi(receivedVoice, {
      "POST /api/v1/voices/123/triage": () =>
        problem({
          type: "https://wardhub.example/problems/conflict",
          title: status === 412 ? "他の人が先に更新しました" : "この状態ではできない操作です",
          titleEn: "Conflict",
          status,
          detail: status === 409 ? "振り分け済みの声は振り分けられません" : undefined,
        }),
    });
    renderRoute("/voices/123");

    const triage = await screen.findByRole("region", { name: "振り分ける" });
    await user.click(within(triage).getByRole("button", { name: "振り分ける" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("他の人が先に更新しました。再読み込みしてください");

    status = 409;
    await user.click(within(triage).getByRole("button", { name: "振り分ける" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("振り分け済みの声は振り分けられません"));
    expect(screen.getByText(/他の人が先に対応した可能性があります/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "再読み込み" })).toBeInTheDocument();
  });

  it("reads the personal data only when asked, and says the read is recorded", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = detailApi(receivedVoice, {
      "GET /api/v1/voices/123/personal-data": () =>
        json({
          voiceId: 123,
          reference: "V-2026-000123",
          name: "見本 太郎",
          phone: "096-000-0000",
          consentToContact: true,
        }),
    });
    renderRoute("/voices/123");

    const panel = await screen.findByRole("region", { name: "申出人の個人情報" });
    expect(panel).toHaveTextContent("誰がいつ閲覧したかが記録されます");
    expect(requests.some((request) => request.url.endsWith("/personal-data"))).toBe(false);

    await user.click(within(panel).getByRole("button", { name: "個人情報を表示" }));
    expect(await within(panel).findByText("見本 太郎")).toBeInTheDocument();
    expect(within(panel).getByRole("status")).toHaveTextContent("この閲覧は記録されています。");
    expect(panel).toHaveTextContent("連絡してよい");
    expect(requests.filter((request) => request.url.endsWith("/personal-data"))).toHaveLength(1);
  });

  it("does not offer the personal data to those the API does not let read it", async () => {
    startSession("token-abc", 1800, chuoStaff);
    detailApi({ ...receivedVoice, canReadPersonalData: false, actions: [] });
    renderRoute("/voices/123");

    const panel = await screen.findByRole("region", { name: "申出人の個人情報" });
    expect(panel).toHaveTextContent("見られるのはこの声を担当する職員だけです");
    expect(within(panel).queryByRole("button")).not.toBeInTheDocument();
  });

  it("marks what looks like personal data in the public text and sends the flags that were checked", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const answered: Schema<"Voice"> = { ...receivedVoice, status: "ANSWERED", actions: ["PUBLISH"], version: 3 };
    const { requests } = detailApi(answered, {
      "POST /api/v1/voices/publication-check": async (request) => {
        const { text } = (await request.json()) as { text: string };
        return json({
          flags: [
            ...(text.includes("2丁目3番地") ? [{ kind: "STREET_NUMBER", start: 2, end: 8, text: "2丁目3番地" }] : []),
            ...(text.includes("田中さん") ? [{ kind: "PERSON_NAME", start: 9, end: 13, text: "田中さん" }] : []),
          ],
        });
      },
      "POST /api/v1/voices/123/publish": () => json({ ...answered, actions: [], version: 4 }),
    });
    renderRoute("/voices/123");

    const region = await screen.findByRole("region", { name: "公表を判断する" });
    const text = within(region).getByRole("textbox", { name: /公表文/ });
    await user.type(text, "新町2丁目3番地の田中さんから、街灯の要望。");
    const flags = await within(region).findByRole("group", { name: "公表文の個人情報らしき記述（2件）" });
    await user.click(
      within(flags).getByRole("checkbox", { name: "「2丁目3番地」（番地）は確かめた。このまま公表してよい" }),
    );
    await user.click(within(flags).getByRole("checkbox", { name: /「田中さん」（名前）/ }));
    await user.clear(text);
    await user.type(text, "新町2丁目3番地の方から、街灯の要望。");
    await waitFor(() =>
      expect(within(region).getByRole("group", { name: "公表文の個人情報らしき記述（1件）" })).toBeInTheDocument(),
    );
    await user.click(within(region).getByRole("button", { name: "公表の判断を記録する" }));

    expect(await screen.findByText("公表の判断を記録しました。")).toBeInTheDocument();
    const post = requests.find((request) => request.url.endsWith("/publish"))!;
    // 田中さん was ticked, then edited away: only what is still in the text is sent as checked
    expect(await post.json()).toEqual({
      publishedText: "新町2丁目3番地の方から、街灯の要望。",
      confirmedFlags: ["2丁目3番地"],
    });
  });
  it("publishes the answer as edited and only the photos chosen", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const answered: Schema<"Voice"> = {
      ...receivedVoice,
      status: "ANSWERED",
      answer: "田中様、街灯を交換しました。",
      actions: ["PUBLISH"],
      version: 3,
      photos: [
        { position: 1, mediaType: "image/jpeg", width: 1600, height: 1200, published: false },
        { position: 2, mediaType: "image/png", width: 800, height: 600, published: false },
      ],
    };
    const notFound = () => new Response(null, { status: 404 });
    const { requests } = detailApi(answered, {
      "GET /api/v1/voices/123/photos/1": notFound,
      "GET /api/v1/voices/123/photos/2": notFound,
      "POST /api/v1/voices/publication-check": async (request) => {
        const { text } = (await request.json()) as { text: string };
        return json({
          flags: text.includes("田中様") ? [{ kind: "PERSON_NAME", start: 0, end: 3, text: "田中様" }] : [],
        });
      },
      "POST /api/v1/voices/123/publish": () => json({ ...answered, actions: [], version: 4 }),
    });
    renderRoute("/voices/123");

    const region = await screen.findByRole("region", { name: "公表を判断する" });
    await user.type(within(region).getByRole("textbox", { name: /公表文/ }), "街灯の交換の要望。");
    const answer = within(region).getByRole("textbox", { name: /公表する回答/ });
    expect(answer).toHaveValue("田中様、街灯を交換しました。");
    expect(
      await within(region).findByRole("group", { name: "公表する回答の個人情報らしき記述（1件）" }),
    ).toBeInTheDocument();
    await user.clear(answer);
    await user.type(answer, "街灯を交換しました。");
    expect(
      await within(region).findByText("公表する回答に個人情報らしき記述は見つかりませんでした。"),
    ).toBeInTheDocument();
    const photos = within(region).getByRole("group", { name: "公表する写真" });
    await user.click(within(photos).getByRole("checkbox", { name: "写真 2 を公表する" }));
    await user.click(within(region).getByRole("button", { name: "公表の判断を記録する" }));

    expect(await screen.findByText("公表の判断を記録しました。")).toBeInTheDocument();
    const post = requests.find((request) => request.url.endsWith("/publish"))!;
    expect(await post.json()).toEqual({
      publishedText: "街灯の交換の要望。",
      publishedAnswer: "街灯を交換しました。",
      publicPhotos: [2],
      confirmedFlags: [],
    });
  });

  it("shows the resident's photos, read with the token, and lets go of them when left", async () => {
    startSession("token-abc", 1800, chuoStaff);
    // jsdom has no object URLs: put stand-ins in place for this test only.
    const originalCreate = URL.createObjectURL.bind(URL);
    const originalRevoke = URL.revokeObjectURL.bind(URL);
    let made = 0;
    URL.createObjectURL = vi.fn(() => `blob:photo-${++made}`);
    const revoke = vi.fn();
    URL.revokeObjectURL = revoke;
    onTestFinished(() => {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
    });
    const withPhotos: Schema<"Voice"> = {
      ...receivedVoice,
      photos: [
        { position: 1, mediaType: "image/jpeg", width: 1600, height: 1200, published: false },
        { position: 2, mediaType: "image/png", width: 800, height: 600, published: false },
      ],
    };
    const photo = (type: string) => () =>
      new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { "Content-Type": type } });
    const { requests } = detailApi(withPhotos, {
      "GET /api/v1/voices/123/photos/1": photo("image/jpeg"),
      "GET /api/v1/voices/123/photos/2": photo("image/png"),
    });
    const { unmount } = renderRoute("/voices/123");

    const photos = await screen.findByRole("region", { name: "写真" });
    const first = await within(photos).findByRole("img", { name: "写真 1" });
    const second = await within(photos).findByRole("img", { name: "写真 2" });
    const urls = [first.getAttribute("src"), second.getAttribute("src")];
    expect(urls.every((url) => url?.startsWith("blob:photo-"))).toBe(true);
    expect(first.closest("a")).toHaveAttribute("href", urls[0]);
    expect(first.closest("a")).toHaveAttribute("target", "_blank");
    expect(photos).toHaveTextContent("写真 1（JPEG、1600 × 1200）");
    const reads = requests.filter((request) => request.url.includes("/photos/"));
    expect(reads.map((request) => request.headers.get("Authorization"))).toEqual([
      "Bearer token-abc",
      "Bearer token-abc",
    ]);
    expect(reads.map((request) => request.headers.get("Accept"))).toEqual(["image/jpeg", "image/png"]);

    unmount();
    for (const url of urls) expect(revoke).toHaveBeenCalledWith(url);
  });

  it("has no photo section for a voice without photos", async () => {
    startSession("token-abc", 1800, chuoStaff);
    detailApi(receivedVoice);
    renderRoute("/voices/123");

    await screen.findByRole("heading", { level: 1, name: "区民の声 V-2026-000123" });
    expect(screen.queryByRole("region", { name: "写真" })).not.toBeInTheDocument();
  });
});
