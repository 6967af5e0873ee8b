import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { ApiError } from "../../api/client";
import {
  canAnswerProposal,
  canApproveProposalAnswer,
  canDraftProposal,
  canPublishProposalAnswer,
  canReportProposalProgress,
} from "../../lib/auth/permissions";
import { fiscalYearChoices, fiscalYearOf, parseFiscalYear } from "../../lib/fiscalYear";
import { figureValue, proposalValidationErrors, toProposalInput } from "./proposalDraft";
import { adoptingBureaus } from "./proposalEnums";
import { searchParamsOf } from "../../lib/urlFilters";
import { parseProposalFilters, toProposalQuery } from "./proposalFilters";
import { CHART_BAR_AREA, chartBars } from "./statsChart";
import { eventDetails } from "./timeline";

const policyStaff: Schema<"Me"> = {
  username: "hq",
  displayName: "本庁 太郎",
  role: "HQ",
  bureau: { code: "policy", nameJa: "政策局", nameEn: "Policy Bureau" },
  scopes: [],
  passwordChangeRequired: false,
};
const admin: Schema<"Me"> = {
  username: "admin",
  displayName: "管理者",
  role: "ADMIN",
  scopes: [],
  passwordChangeRequired: false,
};
const chuo: Schema<"Me"> = {
  username: "chuo",
  displayName: "中央 花子",
  role: "WARD",
  ward: { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" },
  scopes: [],
  passwordChangeRequired: false,
};

function answer(
  code: string,
  publication: Schema<"ProposalAnswer">["publication"],
  decision?: Schema<"ProposalAnswer">["decision"],
) {
  return {
    proposalId: 1,
    bureau: { code, nameJa: code, nameEn: code },
    publication,
    decision,
    dueOn: "2026-10-30",
    overdue: false,
    version: 0,
  } satisfies Schema<"ProposalAnswer">;
}

describe("fiscal years", () => {
  it("start in April", () => {
    expect(fiscalYearOf("2026-03-31")).toBe(2025);
    expect(fiscalYearOf("2026-04-01")).toBe(2026);
    expect(fiscalYearOf("2026-12-31")).toBe(2026);
  });

  it("offer next year back to five years ago, and keep a chosen year outside that range", () => {
    expect(fiscalYearChoices(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
    expect(fiscalYearChoices(2026, 2010)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2010]);
    expect(fiscalYearChoices(2026, 2025)).toHaveLength(7);
  });

  it("read only four-digit years the API accepts", () => {
    expect(parseFiscalYear("2026")).toBe(2026);
    expect(parseFiscalYear(" 2026 ")).toBe(2026);
    expect(parseFiscalYear("26")).toBeUndefined();
    expect(parseFiscalYear("1999")).toBeUndefined();
    expect(parseFiscalYear(null)).toBeUndefined();
  });
});

describe("list filters in the URL", () => {
  it("read every filter and drop unknown values", () => {
    const search =
      "status=SUBMITTED&ward=431010&bureau=children&fiscalYear=2026&kind=BUDGET_REQUEST&overdue=true&q=通学路&page=3";
    const filters = parseProposalFilters(new URLSearchParams(search));
    expect(filters).toEqual({
      status: "SUBMITTED",
      ward: "431010",
      bureau: "children",
      fiscalYear: 2026,
      kind: "BUDGET_REQUEST",
      overdue: true,
      q: "通学路",
      page: 3,
    });
    expect(parseProposalFilters(new URLSearchParams("status=LOST&kind=x&page=-1&overdue=yes"))).toMatchObject({
      status: "",
      kind: "",
      page: 1,
      overdue: false,
    });
  });

  it("write back what they read, leaving out the defaults", () => {
    const search = "status=DONE&bureau=policy&fiscalYear=2025&overdue=true&page=2";
    expect(searchParamsOf(parseProposalFilters(new URLSearchParams(search))).toString()).toBe(search);
    expect(searchParamsOf(parseProposalFilters(new URLSearchParams())).toString()).toBe("");
  });

  it("ask the API for a 0-based page and never for overdue=false", () => {
    const query = toProposalQuery(parseProposalFilters(new URLSearchParams("page=2")));
    expect(query).toMatchObject({ page: 1, size: 20, overdue: undefined, status: undefined, fiscalYear: undefined });
  });
});

describe("the proposal form", () => {
  it("reads figures as numbers, and a blank one as missing", () => {
    expect(figureValue("1,234.5")).toBe(1234.5);
    expect(figureValue("４２")).toBe(42);
    expect(figureValue(" ")).toBeNaN();
    // NaN goes out as null, which the API names as missing.
    expect(JSON.stringify({ value: figureValue("") })).toBe('{"value":null}');
  });

  it("builds the request body; only administrators name the ward", () => {
    const draft = {
      wardCode: "431010",
      kind: "BUDGET_REQUEST" as const,
      fiscalYear: "2027",
      title: " 通学路 ",
      background: "背景",
      content: "内容",
      expectedEffect: "効果",
      estimatedCostYen: "12000000",
      voiceRefs: ["V-2026-000123"],
      figures: [{ key: 1, label: "件数", value: "42", unit: "" }],
    };
    expect(toProposalInput(draft, false)).toEqual({
      wardCode: undefined,
      kind: "BUDGET_REQUEST",
      fiscalYear: 2027,
      title: "通学路",
      background: "背景",
      content: "内容",
      expectedEffect: "効果",
      estimatedCostYen: 12000000,
      voiceRefs: ["V-2026-000123"],
      figures: [{ label: "件数", value: 42, unit: undefined }],
    });
    expect(toProposalInput({ ...draft, fiscalYear: "", estimatedCostYen: "" }, true)).toMatchObject({
      wardCode: "431010",
      fiscalYear: undefined,
      estimatedCostYen: undefined,
    });
  });

  it("puts an error on one reference number under the reference-number field", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "入力内容に誤りがあります",
      titleEn: "Invalid input",
      status: 400,
      errors: [
        { field: "voiceRefs[1]", rule: "Pattern", message: "形が違います" },
        { field: "voiceRefs[2]", rule: "Unique", message: "二度あります" },
        { field: "figures[0].label", rule: "NotBlank", message: "必須です" },
      ],
    });
    expect(proposalValidationErrors(error)).toEqual({
      voiceRefs: "形が違います 二度あります",
      "figures[0].label": "必須です",
    });
  });
});

describe("who may do what (mirroring ProposalPolicy)", () => {
  it("lets a ward's own staff and administrators draft", () => {
    expect(canDraftProposal(chuo, "431010")).toBe(true);
    expect(canDraftProposal(chuo, "431052")).toBe(false);
    expect(canDraftProposal(admin, "431052")).toBe(true);
    expect(canDraftProposal(policyStaff, "431010")).toBe(false);
  });

  it("lets only the bureau's own staff answer, and a colleague or an administrator approve", () => {
    expect(canAnswerProposal(policyStaff, "policy")).toBe(true);
    expect(canAnswerProposal(policyStaff, "children")).toBe(false);
    expect(canAnswerProposal(admin, "policy")).toBe(false);
    expect(canApproveProposalAnswer(policyStaff, "policy", "hq")).toBe(false);
    expect(canApproveProposalAnswer(policyStaff, "policy", "hq-seisaku")).toBe(true);
    expect(canApproveProposalAnswer(admin, "policy", "hq")).toBe(true);
    expect(canPublishProposalAnswer(policyStaff, "policy")).toBe(true);
    expect(canPublishProposalAnswer(chuo, "policy")).toBe(false);
  });

  it("lets adopting bureaus report progress", () => {
    const answers = [
      answer("policy", "PUBLISHED", "PARTIALLY_ADOPTED"),
      answer("children", "PUBLISHED", "NOT_ADOPTED"),
    ];
    expect(adoptingBureaus(answers)).toEqual(["policy"]);
    expect(adoptingBureaus([answer("policy", "PENDING_PUBLICATION", "ADOPTED")])).toEqual([]);
    expect(canReportProposalProgress(policyStaff, ["policy"])).toBe(true);
    expect(canReportProposalProgress(policyStaff, ["children"])).toBe(false);
    expect(canReportProposalProgress(admin, [])).toBe(true);
    expect(canReportProposalProgress(chuo, ["policy"])).toBe(false);
  });
});

describe("the timeline", () => {
  const names: Record<string, string> = { policy: "政策局", children: "こども局" };
  const name = (code: string) => names[code] ?? code;

  it("names the bureaus a proposal was submitted to", () => {
    const submitted: Schema<"ProposalEvent"> = {
      occurredAt: "2026-09-16T02:00:00Z",
      actor: "chuo",
      kind: "SUBMITTED",
      note: "policy, children",
    };
    expect(eventDetails(submitted, name)).toEqual({ bureaus: ["政策局", "こども局"] });
  });

  it("keeps other notes and names the step's bureau", () => {
    expect(
      eventDetails(
        { occurredAt: "2026-09-16T02:00:00Z", actor: "hq", kind: "PROGRESS", bureauCode: "policy", note: "40%" },
        name,
      ),
    ).toEqual({ bureaus: ["政策局"], note: "40%" });
    expect(eventDetails({ occurredAt: "2026-09-01T00:00:00Z", actor: "chuo", kind: "DRAFTED" }, name)).toEqual({
      bureaus: [],
      note: undefined,
    });
  });
});

describe("the reflection chart", () => {
  it("scales bars to 0–100 % and draws none for a group without answers", () => {
    const bars = chartBars([
      { key: "policy", label: "政策局", rate: 75 },
      { key: "children", label: "こども局", rate: null },
      { key: "finance", label: "財政局", rate: 100 },
    ]);
    expect(bars.map((bar) => bar.width)).toEqual([CHART_BAR_AREA * 0.75, 0, CHART_BAR_AREA]);
    expect(bars.map((bar) => bar.rate)).toEqual([75, null, 100]);
    expect(bars[1].y).toBeGreaterThan(bars[0].y);
  });
});
