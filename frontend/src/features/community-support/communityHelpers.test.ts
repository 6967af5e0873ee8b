import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { searchParamsOf } from "../../lib/urlFilters";
import { parseApplicationFilters, parseGroupFilters, parseProgramFilters } from "./communityFilters";
import {
  emptyGroupDraft,
  groupFormField,
  newOfficerRow,
  toGroupInput,
  toProgramInput,
  unreadableAmounts,
} from "./drafts";
import { grantsCsvFileName, parseGrantStatsParams } from "./grantStats";

describe("filters in the URL", () => {
  it("keep only known values and count pages from 1", () => {
    expect(parseGroupFilters(new URLSearchParams("q=+ｹｲﾄｸ+&type=NPO&ward=431010&page=3"))).toEqual({
      q: "ｹｲﾄｸ",
      ward: "431010",
      type: "NPO",
      schoolDistrict: "",
      page: 3,
    });
    expect(parseGroupFilters(new URLSearchParams("type=CLUB&page=-1")).type).toBe("");
    expect(parseProgramFilters(new URLSearchParams("fiscalYear=26")).fiscalYear).toBeUndefined();
    expect(parseApplicationFilters(new URLSearchParams("status=GRANTED")).status).toBe("GRANTED");
    expect(parseGrantStatsParams(new URLSearchParams("groupBy=bureau"))).toEqual({ groupBy: "program" });
  });

  it("write only what is set, page 1 left out", () => {
    const params = searchParamsOf({ q: "けいとく", ward: "", type: "", schoolDistrict: "慶徳校区", page: 1 });
    expect(params.toString()).toBe(new URLSearchParams({ q: "けいとく", schoolDistrict: "慶徳校区" }).toString());
  });
});

describe("drafts", () => {
  it("send a group without empty area rows, and a contact only when it is entered", () => {
    const draft = {
      ...emptyGroupDraft("431010"),
      type: "NPO" as const,
      name: " 見本の会 ",
      nameKana: "みほんのかい",
      officers: [{ ...newOfficerRow(), name: "見本 一郎", termFrom: "2026-04-01" }],
      phone: "096-000-0000",
    };
    const input = toGroupInput(draft);
    expect(input.name).toBe("見本の会");
    expect(input.activityAreas).toEqual([]);
    expect(input.officers).toEqual([{ role: "PRESIDENT", name: "見本 一郎", termFrom: "2026-04-01" }]);
    expect(input.contact).toEqual({ phone: "096-000-0000" });
    expect(toGroupInput({ ...draft, replaceContact: false }).contact).toBeUndefined();
  });

  it("read amounts and the rate of a programme as whole numbers", () => {
    const input = toProgramInput({
      wardCode: "",
      fiscalYear: "2026",
      name: "見本の制度",
      description: "説明",
      eligibility: "対象",
      totalBudget: "1,000,000",
      maximum: "￥300,000",
      minimum: "",
      rateNumerator: "2",
      rateDenominator: "3",
      applicationFrom: "2026-06-01",
      applicationTo: "2027-01-29",
    });
    expect(input).toMatchObject({
      wardCode: undefined,
      fiscalYear: 2026,
      totalBudgetYen: 1_000_000,
      maximumPerApplicationYen: 300_000,
      minimumPerApplicationYen: undefined,
      subsidyRate: { numerator: 2, denominator: 3 },
    });
    expect(unreadableAmounts({ totalBudgetYen: "百万", maximumPerApplicationYen: "", x: "1,000" }, "!")).toEqual({
      totalBudgetYen: "!",
    });
  });

  it("key the API's errors as the form names its fields", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "入力内容に誤りがあります",
      titleEn: "Invalid input",
      status: 400,
      errors: [
        { field: "activityAreas[1]", rule: "NotBlank", message: "空です" },
        { field: "contact.email", rule: "Email", message: "メールアドレスではありません" },
        { field: "officers[0].termTo", rule: "NotBeforeTermFrom", message: "任期の始まり以後にしてください" },
      ],
    });
    expect(fieldErrorsOf(error, groupFormField)).toEqual({
      "activityAreas[1]": "空です",
      email: "メールアドレスではありません",
      "officers[0].termTo": "任期の始まり以後にしてください",
    });
  });

  it("name the CSV after what it holds", () => {
    expect(grantsCsvFileName(2026, "2026-11-26")).toBe("grants_FY2026_2026-11-26.csv");
    expect(grantsCsvFileName(undefined, "2026-11-26")).toBe("grants_all_2026-11-26.csv");
  });
});
