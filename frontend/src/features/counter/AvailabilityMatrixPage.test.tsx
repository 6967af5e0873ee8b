import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { matrix, registryCategory, sealCategory } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

function matrixRequests(requests: Request[]): string[] {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/availability-matrix")
    .map((url) => url.search);
}

describe("availability matrix", () => {
  it("shows each level as a symbol with its meaning in hidden text, conditions marked, both axes as headers", async () => {
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/procedure-categories": () => json([registryCategory, sealCategory]),
      "GET /api/v1/availability-matrix": () => json(matrix),
    });

    renderRoute("/counter/matrix");

    expect(await screen.findByRole("heading", { level: 1, name: "取扱い一覧表" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("取扱い一覧表 | 区政ハブ"));
    const table = await screen.findByRole("table", { name: "手続きごとの取扱い（すべての区・すべての分類）" });
    const columns = Array.from(table.querySelectorAll<HTMLElement>("thead th"));
    expect(columns.map((header) => header.textContent)).toEqual(["手続き", "中央区役所", "北区役所", "コンビニ交付"]);
    columns.forEach((header) => expect(header).toHaveAttribute("scope", "col"));

    const row = within(table).getByRole("row", { name: /^住民票の写し/ });
    const rowHeader = within(row).getByRole("rowheader", { name: "住民票の写し" });
    expect(rowHeader).toHaveAttribute("scope", "row");
    const cells = within(row).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual(["◎取扱い", "△受付のみ", "◎取扱い※条件あり"]);
    // The symbol is for the eye; the words are for screen readers.
    expect(within(cells[1]).getByText("△")).toHaveAttribute("aria-hidden", "true");
    expect(within(cells[1]).getByText("受付のみ")).toHaveClass("sr-only");
    expect(within(cells[2]).getByText("条件あり")).toHaveClass("sr-only");

    const kisai = within(table).getByRole("row", { name: /^住民票記載事項証明書/ });
    expect(
      within(kisai)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["○証明書交付のみ", "—取扱いなし", "—取扱いなし"]);
    // Rows are grouped by category.
    expect(within(table).getByRole("columnheader", { name: "印鑑登録" })).toHaveAttribute("scope", "colgroup");

    const legend = screen.getByRole("region", { name: "記号の見かた" });
    for (const text of ["取扱い", "受付のみ", "証明書交付のみ", "取扱いなし", "条件あり"]) {
      expect(within(legend).getByText(text)).toBeInTheDocument();
    }
    expect(screen.getByRole("region", { name: "手続きごとの取扱い（すべての区・すべての分類）" })).toHaveAttribute(
      "tabindex",
      "0",
    );
  });

  it("filters by ward and category through the URL", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/procedure-categories": () => json([registryCategory, sealCategory]),
      "GET /api/v1/availability-matrix": () => json(matrix),
    });
    const { router } = renderRoute("/counter/matrix?category=seal");

    expect(
      await screen.findByRole("table", { name: "手続きごとの取扱い（すべての区・印鑑登録）" }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("分類")).toHaveValue("seal");
    expect(matrixRequests(requests)).toEqual(["?category=seal"]);

    await user.selectOptions(screen.getByLabelText("区"), "431010");

    expect(router.state.location.search).toBe("?ward=431010&category=seal");
    await screen.findByRole("table", { name: "手続きごとの取扱い（中央区・印鑑登録）" });
    await waitFor(() => expect(matrixRequests(requests)).toEqual(["?category=seal", "?ward=431010&category=seal"]));

    await user.selectOptions(screen.getByLabelText("分類"), "");
    expect(router.state.location.search).toBe("?ward=431010");
  });
});
