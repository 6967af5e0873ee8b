import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { chuoWardOffice, shimizuCenter, wards } from "../../test/fixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";

function page(items: Schema<"Office">[], total = items.length, pageIndex = 0): Schema<"OfficePage"> {
  return { items, page: pageIndex, size: 20, total };
}

function officeRequests(requests: Request[]): URLSearchParams[] {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/offices")
    .map((url) => url.searchParams);
}

describe("office directory", () => {
  it("lists the offices with name, kana, type, ward, address and phone", async () => {
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices": () => json(page([chuoWardOffice, shimizuCenter])),
    });

    renderRoute("/offices");

    expect(await screen.findByRole("heading", { level: 1, name: "施設一覧" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "検索結果" });
    expect(screen.getByRole("status")).toHaveTextContent("全2件");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    const headers = within(rows[0])
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers).toEqual(["名称", "よみがな", "施設の種類", "区", "所在地", "電話番号"]);
    const chuo = within(rows[1]);
    expect(chuo.getByRole("link", { name: "中央区役所" })).toHaveAttribute("href", "/offices/1");
    expect(chuo.getByText("ちゅうおうくやくしょ")).toBeInTheDocument();
    expect(chuo.getByText("区役所")).toBeInTheDocument();
    expect(await chuo.findByText("中央区")).toBeInTheDocument();
    expect(chuo.getByText("熊本市中央区手取本町1番1号")).toBeInTheDocument();
    expect(chuo.getByRole("link", { name: "096-328-2111" })).toHaveAttribute("href", "tel:096-328-2111");
    expect(within(rows[2]).getByText("まちづくりセンター")).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("施設一覧 | 区政ハブ"));
  });

  it("shows the empty state when nothing matches", async () => {
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices": () => json(page([])),
    });

    renderRoute("/offices?q=存在しない");

    expect(await screen.findByText("該当する施設はありません")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the problem's title and detail when the search fails", async () => {
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices": () =>
        problem({
          type: "https://wardhub.city/problems/validation",
          title: "検索条件が正しくありません",
          titleEn: "Invalid search",
          status: 400,
          detail: "size は 1 から 100 の間で指定してください。",
        }),
    });

    renderRoute("/offices");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("検索条件が正しくありません");
    expect(alert).toHaveTextContent("size は 1 から 100 の間で指定してください。");
  });

  it("reads the filters from a deep link and sends them to the API", async () => {
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices": () => json(page([shimizuCenter])),
    });

    renderRoute("/offices?ward=431056&type=COMMUNITY_CENTER&q=清水&page=2");

    await screen.findByRole("table");
    const query = officeRequests(requests)[0];
    expect(Object.fromEntries(query)).toEqual({
      ward: "431056",
      type: "COMMUNITY_CENTER",
      q: "清水",
      page: "1",
      size: "20",
    });
    await waitFor(() => expect(screen.getByLabelText("区")).toHaveValue("431056"));
    expect(screen.getByLabelText("施設の種類")).toHaveValue("COMMUNITY_CENTER");
    expect(screen.getByRole("searchbox", { name: "キーワード" })).toHaveValue("清水");
  });

  it("writes the chosen filters to the URL", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices": () => json(page([chuoWardOffice])),
    });
    const { router } = renderRoute("/offices");
    await screen.findByRole("table");
    await screen.findByRole("option", { name: "中央区" });

    await user.selectOptions(screen.getByLabelText("区"), "中央区");
    expect(router.state.location.search).toBe("?ward=431010");

    await user.selectOptions(screen.getByLabelText("施設の種類"), "区役所");
    expect(router.state.location.search).toBe("?ward=431010&type=WARD_OFFICE");

    await user.type(screen.getByRole("searchbox", { name: "キーワード" }), "手取");
    await user.click(screen.getByRole("button", { name: "検索" }));
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("手取");

    await waitFor(() => expect(officeRequests(requests).at(-1)?.get("q")).toBe("手取"));
    expect(officeRequests(requests).at(-1)?.get("ward")).toBe("431010");
    expect(officeRequests(requests).at(-1)?.get("type")).toBe("WARD_OFFICE");
  });

  it("pages through the results and keeps the page in the URL", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices": (request) => {
        const pageIndex = Number(new URL(request.url).searchParams.get("page"));
        return json(page([pageIndex === 0 ? chuoWardOffice : shimizuCenter], 45, pageIndex));
      },
    });
    const { router } = renderRoute("/offices?type=COMMUNITY_CENTER");

    await screen.findByRole("link", { name: "中央区役所" });
    expect(screen.getByText("1 / 3 ページ")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "前のページ" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "次のページ" }));

    expect(router.state.location.search).toBe("?type=COMMUNITY_CENTER&page=2");
    expect(await screen.findByRole("link", { name: "清水まちづくりセンター" })).toBeInTheDocument();
    expect(screen.getByText("2 / 3 ページ")).toBeInTheDocument();
    expect(officeRequests(requests).at(-1)?.get("page")).toBe("1");
  });
});
