import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Providers } from "../../app/Providers";
import { createQueryClient } from "../../app/queryClient";
import { json, mockFetch } from "../../test/fetchMock";
import { ProcedureSearchField } from "./ProcedureSearchField";

// The combo box's script arrives when the test says so, as it would on a slow line.
const comboBoxScript = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive: () => arrive(), arrived };
});
vi.mock("./ProcedureComboBox", async (importOriginal) => {
  await comboBoxScript.arrived;
  return importOriginal();
});

function SearchForm() {
  const [text, setText] = useState("");
  return (
    <>
      <ProcedureSearchField text={text} onTextChange={setText} onPick={() => {}} />
      <button type="button">探す</button>
    </>
  );
}

describe("the finder's search box", () => {
  it("takes the resident's words before its suggestions load, and becomes the combo box only once left", async () => {
    const user = userEvent.setup();
    mockFetch({ "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 10, total: 0 }) });
    render(
      <Providers queryClient={createQueryClient()}>
        <SearchForm />
      </Providers>,
    );

    const plain = screen.getByRole("textbox", { name: "手続きを探す" });
    expect(plain).toHaveAccessibleDescription(/ひらがな/);
    await user.type(plain, "じゅうみん");
    comboBoxScript.arrive();
    await comboBoxScript.arrived;
    await user.type(plain, "ひょう");
    // still the field being typed in: a new element would take the focus (and close a phone's keyboard)
    expect(plain).toHaveFocus();
    expect(plain).toHaveValue("じゅうみんひょう");
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();

    await user.tab();
    const comboBox = await screen.findByRole("combobox", { name: "手続きを探す" });
    expect(comboBox).toHaveValue("じゅうみんひょう");
    expect(screen.getByRole("button", { name: "探す" })).toHaveFocus();
  });
});
