import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import i18n from "../app/i18n";
import { Providers } from "../app/Providers";
import { createQueryClient } from "../app/queryClient";
import { json, mockFetch } from "../test/fetchMock";
import { wards } from "../test/fixtures";
import { WardSelect } from "./WardSelect";
import { WardSelectInput } from "./WardSelectInput";

function renderWithQueries(ui: React.ReactNode) {
  return render(<Providers queryClient={createQueryClient()}>{ui}</Providers>);
}

function optionTexts(select: HTMLElement) {
  return within(select)
    .getAllByRole("option")
    .map((option) => [(option as HTMLOptionElement).value, option.textContent]);
}

describe("WardSelect", () => {
  it("offers the empty choice and then the city's wards in their order, by local name", async () => {
    mockFetch({ "GET /api/v1/wards": () => json(wards) });
    renderWithQueries(
      <WardSelect id="ward" name="ward" label="区" value="" emptyLabel="すべての区" onChange={vi.fn()} hint="ヒント" />,
    );
    const select = screen.getByLabelText("区");
    await within(select).findByRole("option", { name: "中央区" });
    expect(optionTexts(select)).toEqual([["", "すべての区"], ...wards.map((ward) => [ward.code, ward.nameJa])]);
    expect(select).toHaveAccessibleDescription("ヒント");
  });

  it("still shows a ward from a link that the city's list does not hold", async () => {
    mockFetch({ "GET /api/v1/wards": () => json(wards) });
    renderWithQueries(
      <WardSelect id="ward" name="ward" label="区" value="999999" emptyLabel="すべての区" onChange={vi.fn()} />,
    );
    const select = screen.getByLabelText("区");
    await within(select).findByRole("option", { name: "中央区" });
    expect(optionTexts(select).at(-1)).toEqual(["999999", "999999"]);
    expect(select).toHaveValue("999999");
  });
});

describe("WardSelectInput", () => {
  it("uses English names in English, leaves out the empty choice when it has no label and keeps the value", async () => {
    await i18n.changeLanguage("en");
    mockFetch({ "GET /api/v1/wards": () => json(wards) });
    renderWithQueries(<WardSelectInput aria-label="Ward" value="431021" onChange={vi.fn()} />);
    const select = screen.getByLabelText("Ward");
    await within(select).findByRole("option", { name: "Chuo Ward" });
    expect(optionTexts(select)).toEqual(wards.map((ward) => [ward.code, ward.nameEn]));
    // a controlled value given before the wards have loaded is chosen once they have
    expect(select).toHaveValue("431021");
  });

  it("names the empty choice's value when the caller's filter does", async () => {
    mockFetch({ "GET /api/v1/wards": () => json(wards) });
    renderWithQueries(<WardSelectInput aria-label="区" emptyLabel="すべての区" emptyValue="ALL" />);
    const select = screen.getByLabelText("区");
    await within(select).findByRole("option", { name: "中央区" });
    expect(optionTexts(select)[0]).toEqual(["ALL", "すべての区"]);
  });
});
