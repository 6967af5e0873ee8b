import type { Schema } from "../api/schemas";

export const bureaus: Schema<"Bureau">[] = [
  {
    code: "policy",
    nameJa: "政策局",
    nameEn: "Policy Bureau",
    sortOrder: 1,
    sections: [
      { code: "ward-coordination", nameJa: "区政推進課", nameEn: "Ward Coordination Section" },
      { code: "policy-planning", nameJa: "政策企画課", nameEn: "Policy Planning Section" },
    ],
    version: 0,
  },
  {
    code: "culture",
    nameJa: "文化市民局",
    nameEn: "Culture and Citizens Bureau",
    sortOrder: 4,
    sections: [{ code: "ward-administration", nameJa: "区政課", nameEn: "Ward Administration Section" }],
    version: 0,
  },
];

export const consultation: Schema<"Consultation"> = {
  id: 7,
  bureau: { code: "policy", nameJa: "政策局", nameEn: "Policy Bureau" },
  title: "通学路のカラー舗装",
  description: "市道の通学路区間に路側帯のカラー舗装を行います。",
  deadline: "2027-01-15",
  open: true,
  businessDaysLeft: 3,
  createdBy: "hq",
  createdAt: "2026-12-01T01:00:00Z",
  wards: [
    { ward: { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" } },
    {
      ward: { code: "431056", nameJa: "北区", nameEn: "Kita Ward" },
      response: {
        consultationId: 7,
        ward: { code: "431056", nameJa: "北区", nameEn: "Kita Ward" },
        stance: "CONCERNS",
        comments: "迂回路の安全確保が必要です",
        respondedBy: "kita",
        respondedAt: "2026-12-02T01:00:00Z",
        version: 0,
      },
    },
  ],
  reports: [],
  version: 0,
};

export const consultationSummary: Schema<"ConsultationSummary"> = {
  id: 7,
  bureau: consultation.bureau,
  title: consultation.title,
  deadline: consultation.deadline,
  open: true,
  businessDaysLeft: 3,
  wards: [
    { wardCode: "431010", stance: null },
    { wardCode: "431056", stance: "CONCERNS" },
  ],
  reports: 0,
  version: 0,
};

export const mynumberDuty: Schema<"Duty"> = {
  id: 5,
  titleJa: "マイナンバーカードの交付",
  titleEn: "Issuing My Number cards",
  description: "交付体制の計画は本庁、窓口での交付は区役所が担う。",
  side: "SHARED",
  reasons: ["COUNTER_SERVICE", "EFFICIENCY"],
  hqRole: "交付計画、予約システム",
  wardRole: "窓口での交付",
  contactSectionCode: "ward-coordination",
  contactSectionJa: "区政推進課",
  version: 2,
};
