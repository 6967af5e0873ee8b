import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEVICE_STORAGE_KEY, saveDeviceCredentials } from "../../lib/auth/device";
import { startSession } from "../../lib/auth/session";
import { mockEventSource } from "../../test/fakeEventSource";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { chuoFloor, ticket } from "../../test/floorFixtures";
import { renderRoute } from "../../test/renderRoute";

const token = () => json({ access_token: "device-token", token_type: "Bearer", expires_in: 900, scope: "queue:issue" });

describe("kiosk", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is set up once with the device's client id and secret, refused ones being said so", async () => {
    mockEventSource();
    let accept = false;
    const { requests } = mockFetch({
      "GET /api/v1/offices/1/floor": () => json(chuoFloor),
      "POST /api/v1/auth/token": () =>
        accept
          ? token()
          : problem({ type: "about:blank", title: "認証に失敗しました", titleEn: "Unauthorized", status: 401 }),
    });
    renderRoute("/kiosk/1");

    expect(await screen.findByRole("heading", { level: 2, name: "発券機の設定" })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("クライアント ID"), "chuo-kiosk");
    await userEvent.type(screen.getByLabelText("シークレット"), "wrong");
    await userEvent.click(screen.getByRole("button", { name: "保存して始める" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("クライアント ID かシークレットが正しくありません。");
    expect(localStorage.getItem(DEVICE_STORAGE_KEY)).toBeNull();

    accept = true;
    await userEvent.click(screen.getByRole("button", { name: "保存して始める" }));
    expect(await screen.findByRole("heading", { level: 2, name: "ご用件をお選びください" })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(DEVICE_STORAGE_KEY) ?? "{}")).toEqual({
      clientId: "chuo-kiosk",
      clientSecret: "wrong",
    });
    const body = await requests
      .filter((r) => r.url.endsWith("/auth/token"))
      .at(-1)!
      .clone()
      .text();
    expect(new URLSearchParams(body).get("grant_type")).toBe("client_credentials");
  });

  it("searches lanes whatever the width or kana, issues a ticket as the device and shows the number", async () => {
    mockEventSource();
    saveDeviceCredentials({ clientId: "chuo-kiosk", clientSecret: "wardhub-demo-secret" });
    startSession("staff-token", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/offices/1/floor": () => json(chuoFloor),
      "POST /api/v1/auth/token": token,
      "GET /api/v1/procedures": (request) =>
        json({
          items: new URL(request.url).searchParams.get("q")?.includes("じゅうみん")
            ? [{ code: "juminhyo-copy", nameJa: "住民票の写し", nameEn: "Copy of residence certificate" }]
            : [],
          page: 0,
          size: 50,
          total: 1,
        }),
      "POST /api/v1/offices/1/tickets": () =>
        json(ticket({ label: "B-007", laneId: 12, laneNameJa: "証明書", laneNameEn: "Certificates" }), 201),
    });
    renderRoute("/kiosk/1");

    expect(await screen.findByRole("button", { name: /住民異動/ })).toBeInTheDocument();
    const search = screen.getByLabelText("手続きの名前で探す");
    await userEvent.type(search, "ＭＯＶＩＮＧ");
    expect(screen.getByRole("button", { name: /住民異動/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /証明書/ })).not.toBeInTheDocument();
    await userEvent.clear(search);
    await userEvent.type(search, "じゅうみんひょう");
    expect(await screen.findByRole("button", { name: /証明書/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: /証明書/ }));
    await userEvent.click(screen.getByRole("button", { name: "ご高齢の方" }));
    expect(screen.getByRole("button", { name: "ご高齢の方" })).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(screen.getByRole("button", { name: "番号札を受け取る" }));

    expect(await screen.findByTestId("kiosk-number")).toHaveTextContent("B-007");
    expect(screen.getByText(/前に2人お待ちです/)).toHaveTextContent("前に2人お待ちです （約10分）");
    expect(screen.getByRole("button", { name: "番号札を印刷" })).toBeInTheDocument();
    const issued = requests.find((r) => r.method === "POST" && r.url.endsWith("/tickets"))!;
    expect(issued.headers.get("Authorization")).toBe("Bearer device-token");
    expect(issued.headers.get("Idempotency-Key")).toBeTruthy();
    expect(await issued.clone().json()).toEqual({ laneId: 12, priority: "ELDERLY" });

    await userEvent.click(screen.getByRole("button", { name: "終わる" }));
    expect(await screen.findByRole("heading", { level: 2, name: "ご用件をお選びください" })).toBeInTheDocument();
  });

  it("goes back to the start by itself once a ticket has been left on the screen for a minute", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    mockEventSource();
    saveDeviceCredentials({ clientId: "chuo-kiosk", clientSecret: "wardhub-demo-secret" });
    mockFetch({
      "GET /api/v1/offices/1/floor": () => json(chuoFloor),
      "POST /api/v1/auth/token": token,
      "POST /api/v1/offices/1/tickets": () => json(ticket({ label: "A-003" }), 201),
    });
    renderRoute("/kiosk/1");

    await user.click(await screen.findByRole("button", { name: /住民異動/ }));
    await user.click(screen.getByRole("button", { name: "番号札を受け取る" }));
    expect(await screen.findByTestId("kiosk-number")).toHaveTextContent("A-003");
    expect(screen.getByText("60秒たつと最初の画面に戻ります。")).toBeInTheDocument();

    vi.advanceTimersByTime(50_000);
    await user.keyboard("{Shift}"); // reading it: the minute starts again
    vi.advanceTimersByTime(50_000);
    expect(screen.getByTestId("kiosk-number")).toBeInTheDocument();
    vi.advanceTimersByTime(11_000);
    expect(await screen.findByRole("heading", { level: 2, name: "ご用件をお選びください" })).toBeInTheDocument();
    expect(screen.queryByTestId("kiosk-number")).not.toBeInTheDocument();
  });
});
