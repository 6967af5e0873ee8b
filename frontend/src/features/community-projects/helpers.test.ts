import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { fieldErrorsOf, wholeList } from "../../api/fieldErrors";
import { chuoStaff } from "../../test/fixtures";
import { participantsOf } from "./ActivityForm";
import { emptyProjectDraft, projectDraftOf, toProjectInput, toggled } from "./projectDraft";
import {
  boardColumns,
  boardSearchParams,
  parseBoardFilters,
  parseMeetingFilters,
  projectsCsvFileName,
  toBoardQuery,
  toMeetingQuery,
  toPublicQuery,
} from "./projectFilters";
import { countOf, wardBars } from "./projectStats";
import { activeSummary, ideaSummary, planningProject, stats } from "./testFixtures";
import { projectTimeline } from "./timeline";

const hq = { ...chuoStaff, role: "HQ" as const, ward: null };

describe("board filters", () => {
  it("start ward staff at their own ward and others at every ward", () => {
    expect(parseBoardFilters(new URLSearchParams(), chuoStaff).ward).toBe("431010");
    expect(parseBoardFilters(new URLSearchParams(), hq).ward).toBe("all");
    expect(toBoardQuery(parseBoardFilters(new URLSearchParams(), hq)).ward).toBeUndefined();
  });

  it("keep the default ward out of the URL and other choices in it", () => {
    expect(boardSearchParams({ ward: "431010", visibility: "", q: "" }, chuoStaff).toString()).toBe("");
    expect(boardSearchParams({ ward: "all", visibility: "PUBLIC", q: "花壇" }, chuoStaff).toString()).toBe(
      "ward=all&visibility=PUBLIC&q=%E8%8A%B1%E5%A3%87",
    );
    expect(parseBoardFilters(new URLSearchParams("visibility=SECRET"), hq).visibility).toBe("");
  });

  it("put each project in its status column, every column in board order", () => {
    const columns = boardColumns([activeSummary, ideaSummary]);
    expect(columns.map((column) => column.status)).toEqual(["IDEA", "PLANNING", "ACTIVE", "PAUSED", "COMPLETED"]);
    expect(columns[0].projects).toEqual([ideaSummary]);
    expect(columns[2].projects).toEqual([activeSummary]);
  });

  it("ask the public list for public projects only", () => {
    expect(toPublicQuery({ ward: "", status: "ACTIVE" })).toMatchObject({ visibility: "PUBLIC", status: "ACTIVE" });
  });
});

describe("meeting filters", () => {
  it("take dates only when they are dates, and count pages from 1", () => {
    const filters = parseMeetingFilters(new URLSearchParams("from=2026-04-01&to=2026-13-40&page=3&ward=431010"));
    expect(filters).toEqual({ ward: "431010", from: "2026-04-01", to: "", page: 3 });
    expect(toMeetingQuery(filters)).toMatchObject({ ward: "431010", from: "2026-04-01", to: undefined, page: 2 });
  });
});

describe("project timeline", () => {
  it("merges activities and milestones by date, what was done first on the same day", () => {
    const sameDay = { ...planningProject.milestones[0], id: 6, dueOn: "2026-11-20", title: "下見" };
    const entries = projectTimeline(planningProject.activities, [...planningProject.milestones, sameDay]);
    expect(entries.map((entry) => entry.key)).toEqual(["milestone-4", "activity-9", "milestone-6", "milestone-5"]);
  });
});

describe("project form", () => {
  it("keeps the links the form does not show when editing", () => {
    const input = toProjectInput({ ...projectDraftOf(planningProject), title: " 白川の清掃 " });
    expect(input).toMatchObject({
      title: "白川の清掃",
      baseOfficeId: 19,
      groupIds: [3],
      liaisons: ["chuo-liaison"],
      applicationIds: [8],
      voiceIds: [41],
    });
    expect(toProjectInput(emptyProjectDraft("431010"))).toMatchObject({
      baseOfficeId: undefined,
      schoolDistrict: undefined,
    });
  });

  it("toggles choices and files list errors under the list", () => {
    expect(toggled([1, 2], 3, true)).toEqual([1, 2, 3]);
    expect(toggled([1, 2], 1, false)).toEqual([2]);
    const error = new ApiError({
      type: "about:blank",
      title: "入力内容に誤りがあります",
      titleEn: "Invalid input",
      status: 400,
      errors: [{ field: "liaisons[1]", rule: "SameWard", message: "事業の区の地域担当職員を指定してください" }],
    });
    expect(fieldErrorsOf(error, wholeList)).toEqual({ liaisons: "事業の区の地域担当職員を指定してください" });
  });

  it("reads participants as whole numbers only", () => {
    expect(participantsOf(" 24 ")).toBe(24);
    expect(Number.isNaN(participantsOf("二十"))).toBe(true);
  });
});

describe("project statistics", () => {
  it("reads each status's count and makes one bar per ward", () => {
    expect(countOf(stats.wards[0], "PAUSED")).toBe(1);
    const bars = wardBars(
      stats.wards,
      (row) => row.labelJa,
      (count) => `実施中 ${count}件`,
    );
    expect(bars).toEqual([
      { key: "431010", label: "中央区", count: 7, extra: "実施中 3件" },
      { key: "431056", label: "北区", count: 3, extra: "実施中 2件" },
    ]);
  });

  it("names the CSV after the ward and the day", () => {
    expect(projectsCsvFileName("431010", "2026-11-26")).toBe("community-projects_431010_2026-11-26.csv");
    expect(projectsCsvFileName(undefined, "2026-11-26")).toBe("community-projects_all_2026-11-26.csv");
  });
});
