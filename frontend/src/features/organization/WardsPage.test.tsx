import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { chuoWardOffice, wards } from "../../test/fixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";

describe("wards", () => {
  it("lists the five wards, each linking to its page and to its offices", async () => {
    mockFetch({ "GET /api/v1/wards": () => json(wards) });

    renderRoute("/wards");

    const table = await screen.findByRole("table", { name: "熊本市の区" });
    expect(within(table).getAllByRole("row")).toHaveLength(6);
    expect(within(table).getByRole("link", { name: "中央区" })).toHaveAttribute("href", "/wards/431010");
    expect(within(table).getByRole("link", { name: "北区の施設" })).toHaveAttribute("href", "/offices?ward=431056");
    expect(within(table).getByText("ちゅうおうく")).toBeInTheDocument();
    expect(within(table).getByText("Chuo Ward")).toBeInTheDocument();
    expect(within(table).getByText("431010")).toBeInTheDocument();
  });

  it("shows a ward with its offices", async () => {
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/wards/431010": () => json(wards[0]),
      "GET /api/v1/offices": () => json({ items: [chuoWardOffice], page: 0, size: 100, total: 1 }),
    });

    renderRoute("/wards/431010");

    expect(await screen.findByRole("heading", { level: 1, name: "中央区" })).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "中央区役所" })).toHaveAttribute("href", "/offices/1");
    const officesQuery = requests
      .map((request) => new URL(request.url))
      .find((url) => url.pathname === "/api/v1/offices");
    expect(officesQuery?.searchParams.get("ward")).toBe("431010");
  });
});
