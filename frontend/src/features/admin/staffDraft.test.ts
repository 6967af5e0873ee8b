import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { searchParamsOf } from "../../lib/urlFilters";
import { emptyStaffDraft, staffFiltersOf, toStaffInput, withActive } from "./staffDraft";

const kita: Schema<"StaffAccount"> = {
  id: 4,
  username: "kita",
  displayName: "北 次郎",
  role: "WARD",
  wardCode: "431056",
  active: true,
  locked: false,
  passwordChangeRequired: false,
  version: 2,
};

describe("staff account drafts", () => {
  it("sends only the affiliation the role has", () => {
    const draft = { ...emptyStaffDraft(), username: " hq-new ", displayName: "本庁 花子", password: "long-enough-pw" };
    const mixed = { ...draft, wardCode: "431010", bureauCode: "policy", sectionCode: "ward-coordination" };
    expect(toStaffInput({ ...mixed, role: "WARD" }, true)).toMatchObject({
      username: "hq-new",
      wardCode: "431010",
      bureauCode: undefined,
      sectionCode: undefined,
    });
    expect(toStaffInput({ ...mixed, role: "HQ" }, true)).toMatchObject({
      wardCode: undefined,
      bureauCode: "policy",
      sectionCode: "ward-coordination",
    });
    expect(toStaffInput({ ...mixed, role: "ADMIN" }, true)).toMatchObject({
      wardCode: undefined,
      bureauCode: undefined,
      sectionCode: undefined,
      password: "long-enough-pw",
    });
  });

  it("keeps the password out of an update and changes only active when deactivating", () => {
    expect(withActive(kita, false)).toEqual({
      username: "kita",
      displayName: "北 次郎",
      role: "WARD",
      wardCode: "431056",
      bureauCode: undefined,
      sectionCode: undefined,
      password: undefined,
      active: false,
    });
  });

  it("reads the filters from the URL, ignoring what the API would refuse", () => {
    const filters = staffFiltersOf(new URLSearchParams("q=%20kita%20&role=PARTNER&ward=chuo&active=maybe&page=0"));
    expect(filters).toEqual({ q: "kita", role: undefined, ward: "", active: "", page: 1 });
    const kept = staffFiltersOf(new URLSearchParams("role=LIAISON&ward=431010&active=false&page=3"));
    expect(searchParamsOf(kept).toString()).toBe("role=LIAISON&ward=431010&active=false&page=3");
  });
});
