import { describe, expect, it } from "vitest";
import { emptyVoiceDraft, errorFor, parseAssignee, toAssignInput, toVoiceInput } from "./voiceDraft";
import { toggleCategory } from "../../lib/voiceCategories";

describe("voice intake draft", () => {
  it("sends what was typed, trimmed, leaving out blank fields and absent personal data", () => {
    const input = toVoiceInput({
      ...emptyVoiceDraft("431010"),
      type: "REQUEST",
      channel: "COUNTER",
      categories: ["roads"],
      schoolDistrict: " 慶徳校区 ",
      text: " 街灯が切れています。 ",
      consentToContact: true,
    });
    expect(input).toEqual({
      type: "REQUEST",
      channel: "COUNTER",
      categories: ["roads"],
      wardCode: "431010",
      schoolDistrict: "慶徳校区",
      text: "街灯が切れています。",
      receivedOn: undefined,
      location: undefined,
      personalData: undefined,
    });
  });

  it("sends the personal data when any of it was given, and leaves an unchosen type for the API to name", () => {
    const input = toVoiceInput({ ...emptyVoiceDraft(), phone: "096-000-0000", consentToContact: true, text: "x" });
    expect(input.type).toBeUndefined();
    expect(input.wardCode).toBeUndefined();
    expect(input.personalData).toEqual({
      name: undefined,
      address: undefined,
      phone: "096-000-0000",
      email: undefined,
      consentToContact: true,
    });
  });

  it("keeps chosen categories in the list's order", () => {
    const order = ["roads", "parks", "waste"];
    expect(toggleCategory(["waste"], "roads", true, order)).toEqual(["roads", "waste"]);
    expect(toggleCategory(["roads", "waste"], "roads", false, order)).toEqual(["waste"]);
  });

  it("finds the API's error for a field or one of its items", () => {
    expect(errorFor({ "categories[1]": "存在しない分類です" }, "categories")).toBe("存在しない分類です");
    expect(errorFor({ categories: "必須です" }, "categories")).toBe("必須です");
    expect(errorFor({ text: "必須です" }, "categories")).toBeUndefined();
  });
});

describe("assignees", () => {
  it("are read as the history writes them", () => {
    expect(parseAssignee("ward:431010")).toEqual({ kind: "ward", code: "431010" });
    expect(parseAssignee("section:road-maintenance")).toEqual({ kind: "section", code: "road-maintenance" });
    expect(parseAssignee("someone")).toBeUndefined();
    expect(parseAssignee(undefined)).toBeUndefined();
  });

  it("become a ward or a section to assign to, never both", () => {
    expect(toAssignInput({ kind: "ward", code: "431052" }, " 北区へ ")).toEqual({
      wardCode: "431052",
      sectionCode: undefined,
      note: "北区へ",
    });
    expect(toAssignInput({ kind: "section", code: "ward-administration" }, "")).toEqual({
      wardCode: undefined,
      sectionCode: "ward-administration",
      note: undefined,
    });
  });
});
