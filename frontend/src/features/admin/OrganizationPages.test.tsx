import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { startSession } from "../../lib/auth/session";
import { admin } from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoWardOffice, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { bureauDraftOf, moveSection, newSection, toBureauInput } from "./bureauDraft";
import { emptyOfficeDraft, toOfficeInput } from "./officeDraft";

const common = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/wards": () => json(wards),
};

const policy: Schema<"Bureau"> = {
  code: "policy",
  nameJa: "政策局",
  nameEn: "Policy Bureau",
  sortOrder: 1,
  sections: [
    { code: "ward-coordination", nameJa: "区政推進課", nameEn: "Ward Coordination Section" },
    { code: "digital-policy", nameJa: "デジタル戦略課", nameEn: "Digital Policy Section" },
  ],
  version: 5,
};

describe("registry drafts", () => {
  it("leave blank optional office fields out and send coordinates as numbers", () => {
    const input = toOfficeInput({
      ...emptyOfficeDraft(),
      type: "COMMUNITY_HALL",
      wardCode: "431010",
      nameJa: " 試験公民館 ",
      nameKana: "しけんこうみんかん",
      nameEn: "Test Hall",
      address: "熊本市中央区試験町1-1",
      latitude: "32.80",
      closedYearEnd: false,
    });
    expect(input).toEqual({
      type: "COMMUNITY_HALL",
      wardCode: "431010",
      nameJa: "試験公民館",
      nameKana: "しけんこうみんかん",
      nameEn: "Test Hall",
      address: "熊本市中央区試験町1-1",
      latitude: 32.8,
      closedOnHolidays: true,
      closedYearEnd: false,
    });
  });

  it("keep the sections in the order shown and drop rows left empty", () => {
    const draft = bureauDraftOf(policy);
    const moved = moveSection(draft.sections, 1, -1);
    expect(moved.map((section) => section.code)).toEqual(["digital-policy", "ward-coordination"]);
    expect(moveSection(moved, 0, -1)).toBe(moved);
    const input = toBureauInput({ ...draft, sections: [...moved, newSection()] });
    expect(input.sections.map((section) => section.code)).toEqual(["digital-policy", "ward-coordination"]);
    expect(input.sortOrder).toBe(1);
  });
});

describe("offices", () => {
  it("registers an office and opens it, saying so", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const created = { ...chuoWardOffice, id: 99, type: "COMMUNITY_HALL" as const, nameJa: "試験公民館" };
    const { requests } = mockFetch({
      ...common,
      "POST /api/v1/offices": () => json(created, 201),
      "GET /api/v1/offices/99": () => json(created),
    });
    renderRoute("/admin/offices/new");

    await user.selectOptions(await screen.findByLabelText(/施設の種類/), "COMMUNITY_HALL");
    await waitFor(() => expect(screen.getByRole("option", { name: "中央区" })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText(/^区/), "431010");
    await user.type(screen.getByRole("textbox", { name: /^名称/ }), "試験公民館");
    await user.type(screen.getByRole("textbox", { name: /^よみがな/ }), "しけんこうみんかん");
    await user.type(screen.getByRole("textbox", { name: /^英語名/ }), "Test Hall");
    await user.type(screen.getByRole("textbox", { name: /^所在地/ }), "熊本市中央区試験町1-1");
    await user.click(screen.getByRole("checkbox", { name: "祝日は休み" }));
    await user.click(screen.getByRole("button", { name: "登録する" }));

    expect(await screen.findByText("施設を登録しました。")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("施設の編集: 試験公民館");
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toMatchObject({
      type: "COMMUNITY_HALL",
      wardCode: "431010",
      nameJa: "試験公民館",
      closedOnHolidays: false,
      closedYearEnd: true,
    });
  });

  it("saves a change with the version read and shows a refused field under it", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    let calls = 0;
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/offices/1": () => json(chuoWardOffice),
      "PUT /api/v1/offices/1": () =>
        ++calls === 1
          ? problem({
              type: "https://wardhub.city/problems/validation",
              title: "入力内容に誤りがあります",
              titleEn: "Invalid input",
              status: 400,
              errors: [{ field: "phone", rule: "Pattern", message: "電話番号の形式が正しくありません" }],
            })
          : json({ ...chuoWardOffice, phone: "096-328-2112", version: 4 }),
    });
    renderRoute("/admin/offices/1");

    const phone = await screen.findByRole("textbox", { name: /^電話番号/ });
    await user.clear(phone);
    await user.type(phone, "abc");
    await user.click(screen.getByRole("button", { name: "変更を保存する" }));
    expect(await screen.findAllByText("電話番号の形式が正しくありません")).not.toHaveLength(0);

    await user.clear(phone);
    await user.type(phone, "096-328-2112");
    await user.click(screen.getByRole("button", { name: "変更を保存する" }));
    expect(await screen.findByText("変更を保存しました。")).toBeInTheDocument();
    const puts = requests.filter((request) => request.method === "PUT");
    expect(puts[1].headers.get("If-Match")).toBe('"3"');
    expect(await puts[1].json()).toMatchObject({ phone: "096-328-2112", postalCode: "860-8601" });
  });
});

describe("bureaus", () => {
  it("adds a section, moves it to the top and saves the bureau with its version; saved codes stay", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/bureaus/policy": () => json(policy),
      "PUT /api/v1/bureaus/policy": async (request) => {
        const body = (await request.clone().json()) as Schema<"BureauInput">;
        return json({ ...policy, sections: body.sections, version: 6 });
      },
    });
    renderRoute("/admin/bureaus/policy");

    expect(await screen.findByRole("heading", { level: 1, name: "局の編集: 政策局" })).toBeInTheDocument();
    const first = screen.getByRole("group", { name: "課 1" });
    expect(within(first).getByRole("textbox", { name: /^課のコード/ })).toHaveAttribute("readonly");
    await user.click(screen.getByRole("button", { name: "課を追加する" }));
    const third = screen.getByRole("group", { name: "課 3" });
    await user.type(within(third).getByRole("textbox", { name: /^課のコード/ }), "policy-planning");
    await user.type(within(third).getByRole("textbox", { name: /^課の名称/ }), "政策企画課");
    await user.type(within(third).getByRole("textbox", { name: /^課の英語名/ }), "Policy Planning Section");
    await user.click(screen.getByRole("button", { name: "課 3 を上へ" }));
    await user.click(screen.getByRole("button", { name: "課 2 を上へ" }));
    fireEvent.submit(screen.getByRole("button", { name: "変更を保存する" }).closest("form")!);

    expect(await screen.findByText("変更を保存しました。")).toBeInTheDocument();
    const put = requests.find((request) => request.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"5"');
    expect(((await put.json()) as Schema<"BureauInput">).sections.map((section) => section.code)).toEqual([
      "policy-planning",
      "ward-coordination",
      "digital-policy",
    ]);
    expect(
      within(screen.getByRole("group", { name: "課 1" })).getByRole("textbox", { name: /^課のコード/ }),
    ).toHaveAttribute("readonly");
  });
});
