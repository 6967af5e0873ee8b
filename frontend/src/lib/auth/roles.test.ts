import { describe, expect, it } from "vitest";
import i18n from "../../app/i18n";
import { ROLES, roleLabelKey } from "./roles";

describe("role labels", () => {
  it("labels every role in Japanese", () => {
    const t = i18n.getFixedT("ja");
    expect(Object.fromEntries(ROLES.map((role) => [role, t(roleLabelKey(role))]))).toEqual({
      ADMIN: "管理者",
      HQ: "本庁職員",
      WARD: "区職員",
      FLOOR: "フロアマネージャー",
      LIAISON: "地域担当職員",
      PARTNER: "連携システム",
    });
  });

  it("labels every role in English", () => {
    const t = i18n.getFixedT("en");
    expect(ROLES.map((role) => t(roleLabelKey(role)))).toEqual([
      "Administrator",
      "Headquarters staff",
      "Ward staff",
      "Floor manager",
      "Community liaison staff",
      "Partner system",
    ]);
  });
});
