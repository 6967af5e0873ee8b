import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import {
  admin,
  chuoPlace,
  hqStaff,
  juminhyo,
  juminhyoSummary,
  matrix,
  registryCategory,
  sealCategory,
  storePlace,
} from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoWardOffice, shimizuCenter, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const bureaus: Schema<"Bureau">[] = [
  {
    code: "culture-citizens",
    nameJa: "文化市民局",
    nameEn: "Culture and Citizens Bureau",
    sortOrder: 4,
    sections: [{ code: "ward-administration", nameJa: "区政課", nameEn: "Ward Administration Section" }],
    version: 0,
  },
  {
    code: "policy",
    nameJa: "政策局",
    nameEn: "Policy Bureau",
    sortOrder: 1,
    sections: [{ code: "ward-coordination", nameJa: "区政推進課", nameEn: "Ward Coordination Section" }],
    version: 0,
  },
];

const chuo = { ...chuoWardOffice, id: 2 };
const offices: Schema<"OfficePage"> = { items: [chuo, shimizuCenter], page: 0, size: 100, total: 2 };

const weekdays = (["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"] as const).map((day) => ({
  day,
  spans: [{ opens: "08:30", closes: "17:15" }],
}));
const everyDay = (["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const).map(
  (day) => ({ day, spans: [{ opens: "06:30", closes: "23:00" }] }),
);

const availability: Schema<"ProcedureAvailability"> = {
  procedure: juminhyoSummary,
  offers: [
    { place: chuoPlace, level: "FULL", residentsOnly: false, feeYen: 300, regularHours: weekdays, ownHours: false },
    {
      place: storePlace,
      level: "FULL",
      residentsOnly: false,
      conditionsJa: "マイナンバーカードが必要",
      feeYen: 200,
      regularHours: everyDay,
      ownHours: false,
    },
  ],
};

function handlers(extra: Record<string, (request: Request) => Response | Promise<Response>> = {}) {
  return {
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/procedure-categories": () => json([registryCategory, sealCategory]),
    "GET /api/v1/bureaus": () => json(bureaus),
    "GET /api/v1/procedures/juminhyo-copy": () => json(juminhyo),
    "GET /api/v1/procedures/juminhyo-copy/availability": () => json(availability),
    "GET /api/v1/offices": () => json(offices),
    "GET /api/v1/availability-matrix": () => json(matrix),
    ...extra,
  };
}

const precondition = {
  type: "https://wardhub.city/problems/precondition-failed",
  title: "他の人が先に更新しました",
  titleEn: "The record changed since you read it",
  status: 412,
};

describe("procedure editor", () => {
  it("saves the edited fields with the version read, as If-Match", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch(
      handlers({
        "PUT /api/v1/procedures/juminhyo-copy": () =>
          json({ ...juminhyo, processingTime: "即日（混雑時は30分程度）", version: 4 }),
      }),
    );
    renderRoute("/staff/procedures/juminhyo-copy");

    expect(await screen.findByRole("heading", { level: 1, name: "手続きの編集: 住民票の写し" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("手続きの編集: 住民票の写し | 区政ハブ"));
    const processing = screen.getByRole("textbox", { name: "処理期間（日本語）" });
    expect(processing).toHaveValue("即日");
    await user.clear(processing);
    await user.type(processing, "即日（混雑時は30分程度）");
    await user.click(screen.getByRole("button", { name: "保存する" }));

    expect(await screen.findByText("保存しました。")).toBeInTheDocument();
    const put = requests.find((request) => request.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"3"');
    expect(put.headers.get("Authorization")).toBe("Bearer token-abc");
    expect(await put.json()).toEqual({
      code: "juminhyo-copy",
      categoryCode: "registry",
      nameJa: "住民票の写し",
      nameKana: "じゅうみんひょうのうつし",
      nameEn: "Copy of the residence record (juminhyo)",
      keywords: "住民票 住民票謄本",
      description: "住民基本台帳に記録された住所・氏名などを証明する書類です。",
      whatToBring: "本人確認書類（マイナンバーカード、運転免許証など）",
      feeYen: 300,
      feeNote: "1通につき",
      processingTime: "即日（混雑時は30分程度）",
      ownerSectionCode: "ward-administration",
      legalBasis: "住民基本台帳法第12条",
      status: "ACTIVE",
    });
  });

  it("edits the English texts beside the Japanese ones and leaves out those left blank", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch(
      handlers({
        "GET /api/v1/procedures/juminhyo-copy": () =>
          json({ ...juminhyo, descriptionEn: "A certificate of your address.", feeNoteEn: "per copy" }),
        "PUT /api/v1/procedures/juminhyo-copy": () => json({ ...juminhyo, version: 4 }),
      }),
    );
    renderRoute("/staff/procedures/juminhyo-copy");

    const descriptionEn = await screen.findByRole("textbox", { name: "内容（英語）" });
    expect(descriptionEn).toHaveValue("A certificate of your address.");
    expect(descriptionEn).toHaveAttribute("lang", "en");
    expect(screen.getByRole("textbox", { name: /内容（日本語）/ })).toHaveValue(juminhyo.description);
    expect(screen.getByRole("textbox", { name: "持ち物（英語）" })).toHaveValue("");
    await user.type(screen.getByRole("textbox", { name: "持ち物（英語）" }), "Proof of identity");
    await user.clear(screen.getByRole("textbox", { name: "手数料の補足（英語）" }));
    await user.type(screen.getByRole("textbox", { name: "処理期間（英語）" }), "Same day");
    await user.click(screen.getByRole("button", { name: "保存する" }));

    expect(await screen.findByText("保存しました。")).toBeInTheDocument();
    const body: unknown = await requests.find((request) => request.method === "PUT")!.json();
    expect(body).toMatchObject({
      description: juminhyo.description,
      descriptionEn: "A certificate of your address.",
      whatToBring: juminhyo.whatToBring,
      whatToBringEn: "Proof of identity",
      feeNote: juminhyo.feeNote,
      processingTime: juminhyo.processingTime,
      processingTimeEn: "Same day",
    });
    expect(body).not.toHaveProperty("feeNoteEn");
  });

  it("says so when someone else saved first (412) and reloads the record", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    let reads = 0;
    mockFetch(
      handlers({
        "GET /api/v1/procedures/juminhyo-copy": () =>
          json(++reads === 1 ? juminhyo : { ...juminhyo, nameEn: "Residence record copy", version: 5 }),
        "PUT /api/v1/procedures/juminhyo-copy": () => problem(precondition),
      }),
    );
    renderRoute("/staff/procedures/juminhyo-copy");

    const nameEn = await screen.findByRole("textbox", { name: /名称（英語）/ });
    await user.type(nameEn, " (edited)");
    await user.click(screen.getByRole("button", { name: "保存する" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("他の人が先に更新しました。再読み込みしてください");
    await user.click(within(alert).getByRole("button", { name: "再読み込み" }));

    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: /名称（英語）/ })).toHaveValue("Residence record copy"),
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("warns staff outside the owning section and shows the API's refusal (403) readably", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    mockFetch(
      handlers({
        "PUT /api/v1/procedures/juminhyo-copy": () =>
          problem({
            type: "https://wardhub.city/problems/forbidden",
            title: "この操作を行う権限がありません",
            titleEn: "Not allowed",
            status: 403,
            detail: "手続きを変更できるのは所管課の職員と管理者だけです (only the owning section and administrators)",
          }),
      }),
    );
    renderRoute("/staff/procedures/juminhyo-copy");

    expect(await screen.findByText(/所管課（文化市民局 区政課）の職員と管理者です/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "保存する" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("この操作を行う権限がありません");
    expect(alert).toHaveTextContent("手続きを変更できるのは所管課の職員と管理者だけです");
  });
});

describe("availability editor", () => {
  it("lists every office and channel and saves the whole set with the procedure's version", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch(
      handlers({ "PUT /api/v1/procedures/juminhyo-copy/availability": () => json({ ...juminhyo, version: 4 }) }),
    );
    renderRoute("/staff/procedures/juminhyo-copy");

    const section = await screen.findByRole("region", { name: "取り扱う場所" });
    const chuoLevel = await within(section).findByRole("combobox", { name: "中央区役所 取扱い" });
    expect(chuoLevel).toHaveValue("FULL");
    expect(within(section).getByRole("combobox", { name: "清水まちづくりセンター 取扱い" })).toHaveValue("NONE");
    expect(within(section).getByRole("combobox", { name: "コンビニ交付 取扱い" })).toHaveValue("FULL");
    expect(within(section).getByText("2か所で取り扱います。")).toBeInTheDocument();

    // Chuo takes applications only, for its residents, with a condition in both languages.
    await user.selectOptions(chuoLevel, "RECEPTION_ONLY");
    expect(chuoLevel).toHaveValue("RECEPTION_ONLY");
    await user.type(within(section).getByRole("textbox", { name: "中央区役所 条件（日本語）" }), "予約制");
    await user.type(within(section).getByRole("textbox", { name: "中央区役所 条件（英語）" }), "By appointment");
    await user.click(within(section).getByRole("checkbox", { name: "中央区役所 その区の住民のみ" }));
    // Shimizu starts issuing certificates, for a fee of its own.
    await user.selectOptions(
      within(section).getByRole("combobox", { name: "清水まちづくりセンター 取扱い" }),
      "ISSUE_ONLY",
    );
    await user.type(within(section).getByRole("textbox", { name: "清水まちづくりセンター 手数料（円）" }), "350");
    // The convenience store stops.
    await user.selectOptions(within(section).getByRole("combobox", { name: "コンビニ交付 取扱い" }), "NONE");

    await user.click(within(section).getByRole("button", { name: "取り扱う場所を保存する" }));

    // one notice for the page, at the foot of the window
    expect(await within(screen.getByTestId("page-notice")).findByRole("status")).toHaveTextContent(
      "取り扱う場所を保存しました。",
    );
    const put = requests.find((request) => request.method === "PUT")!;
    expect(new URL(put.url).pathname).toBe("/api/v1/procedures/juminhyo-copy/availability");
    expect(put.headers.get("If-Match")).toBe('"3"');
    expect(await put.json()).toEqual({
      offers: [
        {
          placeKey: "office:2",
          level: "RECEPTION_ONLY",
          conditionsJa: "予約制",
          conditionsEn: "By appointment",
          residentsOnly: true,
          feeYen: 300,
        },
        { placeKey: "office:42", level: "ISSUE_ONLY", residentsOnly: false, feeYen: 350 },
      ],
    });
  });
});
