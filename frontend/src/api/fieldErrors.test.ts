import { describe, expect, it } from "vitest";
import { ApiError } from "./client";
import { fieldErrorsOf, wholeList } from "./fieldErrors";

function invalid(errors: { field: string; rule: string; message: string }[]): ApiError {
  const title = "入力内容に誤りがあります";
  return new ApiError({ type: "about:blank", title, titleEn: "Invalid input", status: 400, errors });
}

describe("fieldErrorsOf", () => {
  it("keys the problem's field errors by field, the first message of each", () => {
    const error = invalid([
      { field: "title", rule: "NotBlank", message: "入力してください" },
      { field: "title", rule: "Size", message: "長すぎます" },
      { field: "officers[0].termTo", rule: "NotBeforeTermFrom", message: "任期の始まり以後にしてください" },
    ]);
    expect(fieldErrorsOf(error)).toEqual({
      title: "入力してください",
      "officers[0].termTo": "任期の始まり以後にしてください",
    });
  });

  it("names the fields as the form does", () => {
    const error = invalid([
      { field: "liaisons[1]", rule: "SameWard", message: "区の職員を指定してください" },
      { field: "liaisons[2]", rule: "SameWard", message: "別の職員です" },
      { field: "title", rule: "NotBlank", message: "入力してください" },
    ]);
    expect(fieldErrorsOf(error, wholeList)).toEqual({
      liaisons: "区の職員を指定してください",
      title: "入力してください",
    });
  });

  it("has nothing for other failures", () => {
    expect(fieldErrorsOf(new Error("network"))).toEqual({});
    expect(fieldErrorsOf(null)).toEqual({});
  });
});
