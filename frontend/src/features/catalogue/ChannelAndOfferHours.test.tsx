import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { startSession } from "../../lib/auth/session";
import { admin, chuoPlace, hqStaff, juminhyo, juminhyoSummary, storePlace } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const store: Schema<"Channel"> = {
  code: "convenience-store",
  kind: "CONVENIENCE_STORE",
  nameJa: "コンビニ交付",
  nameKana: "こんびにこうふ",
  nameEn: "Convenience store issuance",
  description: "マイナンバーカードで証明書を取れます。",
  requirements: "マイナンバーカードと暗証番号",
};

const common = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/wards": () => json(wards),
};

describe("a channel's hours", () => {
  it("lists the channels and adds a maintenance closure to one", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/channels": () => json([store]),
      "GET /api/v1/channels/convenience-store/opening-periods": () => json([]),
      "GET /api/v1/channels/convenience-store/hours": () =>
        json({ place: storePlace, from: "2027-01-01", to: "2027-01-02", days: [] }),
      "POST /api/v1/channels/convenience-store/opening-periods": () =>
        json({ id: 21, ownerKey: "channel:convenience-store", kind: "CLOSED", spans: [], version: 0 }, 201),
    });
    renderRoute("/admin/channels");

    await user.click(await screen.findByRole("link", { name: "「コンビニ交付」の利用時間を設定する" }));
    expect(await screen.findByRole("heading", { level: 1, name: "利用時間の設定: コンビニ交付" })).toBeInTheDocument();
    expect(await screen.findByText("期間は登録されていません。")).toBeInTheDocument();
    const form = screen.getByRole("region", { name: "期間を追加する" });
    fireEvent.change(within(form).getByLabelText(/開始日/), { target: { value: "2027-02-14" } });
    await user.type(within(form).getByRole("textbox", { name: "理由（日本語）" }), "システムメンテナンス");
    await user.click(within(form).getByRole("button", { name: "期間を追加する" }));

    expect(await screen.findByText("期間を追加しました。")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toMatchObject({ kind: "CLOSED", startsOn: "2027-02-14", endsOn: "2027-02-14" });
  });
});

describe("a procedure's own hours at a place", () => {
  it("lists the procedure's periods at the place and adds narrower hours there", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    const availability: Schema<"ProcedureAvailability"> = {
      procedure: juminhyoSummary,
      offers: [{ place: chuoPlace, level: "FULL", residentsOnly: false, regularHours: [], ownHours: false }],
    };
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/procedures/juminhyo-copy": () => json(juminhyo),
      "GET /api/v1/procedures/juminhyo-copy/availability": () => json(availability),
      "GET /api/v1/procedures/juminhyo-copy/availability/office%3A2/opening-periods": () => json([]),
      "POST /api/v1/procedures/juminhyo-copy/availability/office%3A2/opening-periods": () =>
        json({ id: 31, ownerKey: "availability:7", kind: "REGULAR", spans: [], version: 0 }, 201),
    });
    renderRoute(`/staff/procedures/juminhyo-copy/hours/${encodeURIComponent("office:2")}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: /^受付時間の設定: .+（中央区役所）$/ }),
    ).toBeInTheDocument();
    const form = await screen.findByRole("region", { name: "期間を追加する" });
    await user.selectOptions(within(form).getByLabelText(/種類/), "REGULAR");
    await user.click(within(form).getByRole("button", { name: "期間を追加する" }));

    expect(await screen.findByText("期間を追加しました。")).toBeInTheDocument();
    expect(requests.some((request) => request.method === "POST")).toBe(true);
  });
});
