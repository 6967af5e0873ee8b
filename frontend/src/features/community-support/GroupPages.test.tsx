import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { keitoku, noNotifications } from "./testFixtures";
import type { Schema } from "../../api/schemas";

describe("community groups", () => {
  it("searches with the filters in the URL and lists the groups found", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/community/groups": () =>
        json({ items: [{ ...keitoku, officers: undefined }], page: 0, size: 20, total: 1 }),
    });
    const { router } = renderRoute("/community/groups?type=SCHOOL_DISTRICT_COUNCIL");

    expect(await screen.findByRole("link", { name: "慶徳校区自治協議会" })).toHaveAttribute(
      "href",
      "/community/groups/1",
    );
    expect(screen.getByText("1団体")).toBeInTheDocument();
    // ward staff see only their ward's groups: no ward to choose
    expect(screen.queryByLabelText("区")).not.toBeInTheDocument();
    const first = new URL(requests.find((request) => request.url.includes("/community/groups"))!.url);
    expect(first.searchParams.get("type")).toBe("SCHOOL_DISTRICT_COUNCIL");

    await user.type(screen.getByRole("searchbox", { name: "団体名・よみがな" }), "ｹｲﾄｸ{Enter}");
    await waitFor(() => expect(router.state.location.search).toContain("q=%EF%BD%B9"));
    expect(router.state.location.search).toContain("type=SCHOOL_DISTRICT_COUNCIL");
    await waitFor(() =>
      expect(requests.some((request) => new URL(request.url).searchParams.get("q") === "ｹｲﾄｸ")).toBe(true),
    );
  });

  it("reads the contact only when asked, and says that the read is recorded", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/community/groups/1": () => json(keitoku),
      "GET /api/v1/community/groups/1/contact": () =>
        json({ groupId: 1, groupName: keitoku.name, representativeName: "見本 一郎", phone: "096-000-0101" }),
    });
    renderRoute("/community/groups/1");

    expect(await screen.findByRole("heading", { level: 1, name: keitoku.name })).toBeInTheDocument();
    const officers = screen.getByRole("table", { name: "役員と任期" });
    expect(within(officers).getAllByRole("row")).toHaveLength(3);
    expect(officers).toHaveTextContent("任期中");
    expect(officers).toHaveTextContent("任期外");
    expect(screen.getByRole("link", { name: "団体の情報を編集する" })).toHaveAttribute(
      "href",
      "/community/groups/1/edit",
    );
    expect(requests.some((request) => request.url.endsWith("/contact"))).toBe(false);

    await user.click(screen.getByRole("button", { name: "連絡先を表示する（閲覧を記録します）" }));
    expect(await screen.findByText("096-000-0101")).toBeInTheDocument();
    expect(screen.getByText("連絡先を表示しました。この閲覧は記録されました。")).toBeInTheDocument();
    expect(requests.filter((request) => request.url.endsWith("/contact"))).toHaveLength(1);
  });

  it("edits a group with If-Match, officers and areas as rows that keyboard users add and remove", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/community/groups/1": () => json(keitoku),
      "PUT /api/v1/community/groups/1": () => json({ ...keitoku, version: 4 }),
    });
    renderRoute("/community/groups/1/edit");

    expect(
      await screen.findByRole("heading", { level: 1, name: "「慶徳校区自治協議会」を編集する" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "活動地域を追加する" }));
    expect(screen.getByLabelText("活動地域 3")).toHaveFocus();
    await user.keyboard("新町3丁目");
    await user.click(screen.getByRole("button", { name: "役員 2 を削除する" }));
    expect(screen.getByRole("button", { name: "役員を追加する" })).toHaveFocus();
    expect(screen.queryByRole("group", { name: "役員 2" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "変更を保存する" }));

    expect(await screen.findByText("保存しました。")).toBeInTheDocument();
    const put = requests.find((request) => request.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"3"');
    const body = (await put.json()) as Schema<"CommunityGroupInput">;
    expect(body.activityAreas).toEqual(["新町1丁目", "魚屋町", "新町3丁目"]);
    expect(body.officers).toEqual([
      { role: "PRESIDENT", name: "見本 一郎", termFrom: "2026-04-01", termTo: "2028-03-31" },
    ]);
    // the contact is left as it is unless re-entered
    expect(body.contact).toBeUndefined();
  });
});
