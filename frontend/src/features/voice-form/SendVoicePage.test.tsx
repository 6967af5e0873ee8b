import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { Blob as NodeBlob, File as NodeFile } from "node:buffer";
import { describe, expect, it, vi } from "vitest";
import type { Schema } from "../../api/schemas";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const categories: Schema<"VoiceCategory">[] = [
  { code: "roads", nameJa: "道路", nameEn: "Roads", groupJa: "まちの基盤" },
  { code: "parks", nameJa: "公園", nameEn: "Parks", groupJa: "まちの基盤" },
  { code: "safety", nameJa: "防犯・防災", nameEn: "Safety and disaster prevention", groupJa: "くらしの安全" },
];

const receipt: Schema<"ResidentVoiceReceipt"> = {
  reference: "V-2026-000123",
  accessCode: "K7QM-3XRP-WD2F",
  receivedOn: "2026-12-04",
  dueOn: "2026-12-18",
  mailed: true,
  photos: 2,
};

function formApi(send: (request: Request) => Response | Promise<Response> = () => json(receipt, 201)) {
  return mockFetch({
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/public/voice-categories": () => json(categories),
    "POST /api/v1/public/voices": send,
  });
}

function photo(name: string, bytes = 1024, type = "image/jpeg"): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

const MB = 1024 * 1024;

/**
 * Node's fetch loses the content of jsdom's Blobs: the tests that read what was sent build the form with Node's own
 * FormData, Blob and File (a browser's, as far as fetch is concerned).
 */
async function sendWithNodeForms() {
  const urlEncoded = new Response("", { headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  vi.stubGlobal("FormData", (await urlEncoded.formData()).constructor);
  vi.stubGlobal("Blob", NodeBlob);
  vi.stubGlobal("File", NodeFile);
}

interface Part {
  name: string;
  filename?: string;
  type?: string;
  body: string;
}

/** The parts of a multipart request as sent, read from the raw body (jsdom cannot read a form back). */
async function partsOf(request: Request): Promise<Part[]> {
  const boundary = request.headers.get("Content-Type")!.split("boundary=")[1];
  const body = await request.clone().text();
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [head, ...content] = chunk.replace(/^\r\n/, "").split("\r\n\r\n");
      return {
        name: /name="([^"]*)"/.exec(head)?.[1] ?? "",
        filename: /filename="([^"]*)"/.exec(head)?.[1],
        type: /Content-Type: (.*)/i.exec(head)?.[1]?.trim(),
        body: content.join("\r\n\r\n").replace(/\r\n$/, ""),
      };
    });
}

async function voiceSent(request: Request): Promise<unknown> {
  const voice = (await partsOf(request)).find((part) => part.name === "voice")!;
  return JSON.parse(voice.body);
}

/** Fills in what every voice needs: type, category, ward and text. */
async function fillRequired(user: UserEvent) {
  await user.click(await screen.findByRole("radio", { name: "要望" }));
  await screen.findByRole("option", { name: "防犯・防災" });
  await user.selectOptions(screen.getByRole("combobox", { name: /^分類/ }), "roads");
  await screen.findByRole("option", { name: "中央区" });
  await user.selectOptions(screen.getByRole("combobox", { name: "区" }), "431010");
  await user.type(screen.getByRole("textbox", { name: /^内容/ }), "通学路の街灯が切れていて夜は真っ暗です。");
}

describe("sending a voice", () => {
  it("sends the voice as a JSON part with the photos, and shows the reference number and the access code once", async () => {
    await sendWithNodeForms();
    const user = userEvent.setup();
    const { requests } = formApi();
    renderRoute("/send-voice");

    expect(await screen.findByRole("heading", { level: 1, name: "区民の声を送る" })).toBeInTheDocument();
    await fillRequired(user);
    expect(screen.getByText("20 / 4000 文字")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "場所" }), "中央区新町2丁目");
    await user.upload(screen.getByLabelText("写真（任意）"), [
      photo("hole.jpg", 2 * MB),
      photo("map.png", 300 * 1024, "image/png"),
    ]);
    const chosen = screen.getByRole("list", { name: "選んだ写真" });
    expect(
      within(chosen)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining("写真 1: hole.jpg（2 MB）"),
      expect.stringContaining("写真 2: map.png（300 KB）"),
    ]);
    await user.type(screen.getByRole("textbox", { name: "メールアドレス" }), "taro@example.jp");
    await user.click(screen.getByRole("checkbox", { name: /利用目的|上の目的/ }));
    await user.click(screen.getByRole("button", { name: "送信する" }));

    expect(await screen.findByRole("heading", { level: 2, name: "受け付けました" })).toHaveFocus();
    expect(screen.getByTestId("receipt-reference")).toHaveTextContent("V-2026-000123");
    expect(screen.getByTestId("receipt-code")).toHaveTextContent("K7QM-3XRP-WD2F");
    expect(screen.getByText(/照会コードはこの画面でだけ表示します/)).toBeInTheDocument();
    expect(screen.getByText(/メールアドレスにもお送りします/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "対応状況を確認する" })).toHaveAttribute(
      "href",
      "/voice-status?reference=V-2026-000123",
    );

    const sent = requests.filter((request) => request.method === "POST");
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.get("Content-Type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent[0].headers.has("Authorization")).toBe(false);
    const parts = await partsOf(sent[0]);
    expect(parts.map((part) => [part.name, part.filename, part.type])).toEqual([
      ["voice", "blob", "application/json"],
      ["photos", "hole.jpg", "image/jpeg"],
      ["photos", "map.png", "image/png"],
    ]);
    expect(JSON.parse(parts[0].body)).toEqual({
      type: "REQUEST",
      category: "roads",
      wardCode: "431010",
      text: "通学路の街灯が切れていて夜は真っ暗です。",
      location: "中央区新町2丁目",
      contact: { email: "taro@example.jp" },
      consent: true,
      website: "",
    });
    expect(parts.slice(1).map((part) => part.body.length)).toEqual([2 * MB, 300 * 1024]);
  });

  it("copies the access code", async () => {
    const user = userEvent.setup();
    formApi();
    renderRoute("/send-voice");
    await fillRequired(user);
    await user.click(screen.getByRole("button", { name: "送信する" }));

    await user.click(await screen.findByRole("button", { name: "照会コードをコピー" }));

    expect(await navigator.clipboard.readText()).toBe("K7QM-3XRP-WD2F");
    expect(screen.getByText("コピーしました。")).toBeInTheDocument();
  });

  it("shows the API's field errors beside their fields", async () => {
    const user = userEvent.setup();
    formApi(() =>
      problem({
        type: "https://wardhub.city/problems/validation",
        title: "入力内容に誤りがあります",
        titleEn: "Invalid input",
        status: 400,
        errors: [
          { field: "contact.email", rule: "Email", message: "メールアドレスの形式が正しくありません" },
          { field: "category", rule: "Exists", message: "存在しない分類です" },
        ],
      }),
    );
    renderRoute("/send-voice");
    await fillRequired(user);
    await user.type(screen.getByRole("textbox", { name: "メールアドレス" }), "taro@example.jp");
    await user.click(screen.getByRole("checkbox", { name: /上の目的/ }));
    await user.click(screen.getByRole("button", { name: "送信する" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("入力内容に誤りがあります");
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "メールアドレス" })).toHaveAccessibleDescription(
        expect.stringContaining("メールアドレスの形式が正しくありません"),
      ),
    );
    const category = screen.getByRole("combobox", { name: /^分類/ });
    expect(category).toHaveAttribute("aria-invalid", "true");
    expect(category).toHaveFocus();
    expect(category).toHaveAccessibleDescription("存在しない分類です");
    expect(screen.getByRole("button", { name: "送信する" })).toBeEnabled();
  });

  it("refuses a fourth photo and one over 5 MB before sending, and lets one be removed", async () => {
    const user = userEvent.setup();
    const { requests } = formApi();
    renderRoute("/send-voice");
    const input = await screen.findByLabelText("写真（任意）");

    await user.upload(input, [photo("a.jpg"), photo("big.jpg", 6 * MB), photo("b.jpg"), photo("c.jpg")]);
    await user.upload(input, photo("d.jpg"));

    const chosen = screen.getByRole("list", { name: "選んだ写真" });
    expect(within(chosen).getAllByRole("listitem")).toHaveLength(3);
    expect(input).toHaveAccessibleDescription(expect.stringContaining("d.jpg は追加できません。写真は3枚までです。"));
    await user.upload(input, photo("big.jpg", 6 * MB));
    expect(screen.getByText(/big\.jpg は 5 MB を超えているため追加できません/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "写真 2（b.jpg）を取り除く" }));
    expect(
      within(chosen)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining("a.jpg"), expect.stringContaining("c.jpg")]);
    expect(requests.some((request) => request.method === "POST")).toBe(false);
  });

  it("asks for the consent when contact details are given, and sends nothing until then", async () => {
    const user = userEvent.setup();
    const { requests } = formApi();
    renderRoute("/send-voice");
    await fillRequired(user);
    await user.type(screen.getByRole("textbox", { name: "電話番号" }), "096-000-1234");

    await user.click(screen.getByRole("button", { name: "送信する" }));

    const consent = screen.getByRole("checkbox", { name: /上の目的/ });
    await waitFor(() => expect(consent).toHaveFocus());
    expect(consent).toHaveAttribute("aria-invalid", "true");
    expect(consent).toHaveAccessibleDescription(expect.stringContaining("同意にチェックを入れてください"));
    expect(requests.some((request) => request.method === "POST")).toBe(false);

    await user.click(consent);
    expect(consent).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("button", { name: "送信する" }));
    expect(await screen.findByTestId("receipt-reference")).toHaveTextContent("V-2026-000123");
  });

  it("asks for the ward or the school district", async () => {
    await sendWithNodeForms();
    const user = userEvent.setup();
    const { requests } = formApi();
    renderRoute("/send-voice");
    await fillRequired(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "区" }), "");

    await user.click(screen.getByRole("button", { name: "送信する" }));

    expect(screen.getByRole("combobox", { name: "区" })).toHaveAccessibleDescription(
      expect.stringContaining("区か校区のどちらかを指定してください。"),
    );
    expect(requests.some((request) => request.method === "POST")).toBe(false);
    await user.type(screen.getByRole("textbox", { name: "校区" }), "慶徳校区");
    await user.click(screen.getByRole("button", { name: "送信する" }));
    await screen.findByTestId("receipt-reference");
    const voice = await voiceSent(requests.find((request) => request.method === "POST")!);
    expect(voice).toMatchObject({ schoolDistrict: "慶徳校区" });
    expect(voice).not.toHaveProperty("wardCode");
  });

  it("says when the same voice was just sent, as the API explains it", async () => {
    const user = userEvent.setup();
    formApi(() =>
      problem({
        type: "https://wardhub.city/problems/duplicate-voice",
        title: "同じ内容の声を受け付けたばかりです",
        titleEn: "The same voice was just received",
        status: 409,
        detail: "同じ内容の声をさきほど受け付けました。",
      }),
    );
    renderRoute("/send-voice");
    await fillRequired(user);
    await user.click(screen.getByRole("button", { name: "送信する" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("同じ内容の声を受け付けたばかりです");
    expect(alert).toHaveTextContent("同じ内容の声をさきほど受け付けました。");
  });
});
