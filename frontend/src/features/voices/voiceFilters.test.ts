import { describe, expect, it } from "vitest";
import {
  NO_VOICE_FILTERS,
  parseVoiceFilters,
  queueOf,
  toVoiceApiQuery,
  toVoiceSearchParams,
  withQueue,
} from "./voiceFilters";

describe("voice filters in the URL", () => {
  it("read every filter the API takes", () => {
    const filters = parseVoiceFilters(
      new URLSearchParams(
        "status=ASSIGNED&type=COMPLAINT&channel=PHONE&category=roads&ward=431010&overdue=true&from=2026-04-01&to=2026-09-30&q=%20街灯%20&page=3",
      ),
    );
    expect(filters).toEqual({
      status: "ASSIGNED",
      type: "COMPLAINT",
      channel: "PHONE",
      category: "roads",
      ward: "431010",
      overdue: true,
      from: "2026-04-01",
      to: "2026-09-30",
      q: "街灯",
      assignee: "",
      section: "",
      page: 3,
    });
  });

  it("keep the work queue beside the other filters", () => {
    const filters = parseVoiceFilters(new URLSearchParams("assignee=me&status=TRIAGED"));
    expect(queueOf(filters)).toBe("mine");
    expect(toVoiceApiQuery(filters)).toEqual({ status: "TRIAGED", assignee: "me" });
    const section = withQueue(filters, "section");
    expect(toVoiceSearchParams(section).toString()).toBe("status=TRIAGED&section=mine");
    expect(queueOf(section)).toBe("section");
    expect(queueOf(withQueue(section, "all"))).toBe("all");
    expect(queueOf(parseVoiceFilters(new URLSearchParams("assignee=chuo")))).toBeUndefined();
  });

  it("drop what the API would refuse", () => {
    const filters = parseVoiceFilters(
      new URLSearchParams("status=LOST&type=x&channel=FAX&overdue=yes&from=2026-02-30&to=tomorrow&page=-1"),
    );
    expect(filters).toEqual(NO_VOICE_FILTERS);
  });

  it("go back into the URL and to the API unchanged, without empty values", () => {
    const url = "status=TRIAGED&ward=431052&overdue=true&from=2026-01-01&q=公園&page=2";
    const filters = parseVoiceFilters(new URLSearchParams(url));
    expect(toVoiceSearchParams(filters).toString()).toBe(new URLSearchParams(url).toString());
    expect(toVoiceApiQuery(filters)).toEqual({
      status: "TRIAGED",
      ward: "431052",
      overdue: "true",
      from: "2026-01-01",
      q: "公園",
    });
    expect(toVoiceSearchParams(NO_VOICE_FILTERS).toString()).toBe("");
  });
});
