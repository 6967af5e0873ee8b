import type { Schema } from "../api/schemas";

export const registryCategory: Schema<"ProcedureCategory"> = {
  code: "registry",
  nameJa: "住民票・戸籍の証明",
  nameEn: "Resident and family register certificates",
  procedureCount: 2,
};

export const sealCategory: Schema<"ProcedureCategory"> = {
  code: "seal",
  nameJa: "印鑑登録",
  nameEn: "Seal registration",
  procedureCount: 1,
};

export const juminhyoSummary: Schema<"ProcedureSummary"> = {
  code: "juminhyo-copy",
  nameJa: "住民票の写し",
  nameKana: "じゅうみんひょうのうつし",
  nameEn: "Copy of the residence record (juminhyo)",
  categoryCode: "registry",
  categoryJa: "住民票・戸籍の証明",
  categoryEn: "Resident and family register certificates",
  feeYen: 300,
  status: "ACTIVE",
  ownerSectionCode: "ward-administration",
};

export const kisaiSummary: Schema<"ProcedureSummary"> = {
  code: "juminhyo-kisai",
  nameJa: "住民票記載事項証明書",
  nameKana: "じゅうみんひょうきさいじこうしょうめいしょ",
  nameEn: "Certificate of residence record entries",
  categoryCode: "registry",
  categoryJa: "住民票・戸籍の証明",
  categoryEn: "Resident and family register certificates",
  feeYen: 300,
  status: "ACTIVE",
  ownerSectionCode: "ward-administration",
};

export const inkanSummary: Schema<"ProcedureSummary"> = {
  code: "inkan-shomei",
  nameJa: "印鑑登録証明書",
  nameKana: "いんかんとうろくしょうめいしょ",
  nameEn: "Seal registration certificate",
  categoryCode: "seal",
  categoryJa: "印鑑登録",
  categoryEn: "Seal registration",
  feeYen: 300,
  status: "ACTIVE",
  ownerSectionCode: "ward-administration",
};

export const juminhyo: Schema<"Procedure"> = {
  code: "juminhyo-copy",
  categoryCode: "registry",
  nameJa: "住民票の写し",
  nameKana: "じゅうみんひょうのうつし",
  nameEn: "Copy of the residence record (juminhyo)",
  keywords: "住民票 住民票謄本",
  description: "住民基本台帳に記録された住所・氏名などを証明する書類です。",
  whatToBring: "本人確認書類（マイナンバーカード、運転免許証など）",
  feeYen: 300,
  feeNote: "1通につき",
  processingTime: "即日",
  ownerSectionCode: "ward-administration",
  legalBasis: "住民基本台帳法第12条",
  status: "ACTIVE",
  version: 3,
};

export function weekday(date: string, reasonJa?: string, reasonEn?: string): Schema<"DayHours"> {
  return {
    date,
    open: true,
    spans: [{ opens: "08:30", closes: "17:15" }],
    kind: reasonJa ? "OPEN" : "REGULAR",
    reasonJa,
    reasonEn,
  };
}

export function closedDay(
  date: string,
  kind: Schema<"DayHours">["kind"],
  reasonJa?: string,
  reasonEn?: string,
): Schema<"DayHours"> {
  return { date, open: false, spans: [], kind, reasonJa, reasonEn };
}

export const chuoPlace = {
  key: "office:2",
  kind: "OFFICE" as const,
  officeId: 2,
  nameJa: "中央区役所",
  nameEn: "Chuo Ward Office",
  wardCode: "431010",
  officeType: "WARD_OFFICE" as const,
};

export const kitaPlace = {
  key: "office:6",
  kind: "OFFICE" as const,
  officeId: 6,
  nameJa: "北区役所",
  nameEn: "Kita Ward Office",
  wardCode: "431056",
  officeType: "WARD_OFFICE" as const,
};

export const storePlace = {
  key: "channel:convenience-store",
  kind: "CHANNEL" as const,
  channelCode: "convenience-store",
  nameJa: "コンビニ交付",
  nameEn: "Convenience store issuance",
  channelKind: "CONVENIENCE_STORE" as const,
};

export const openAnswer: Schema<"FinderAnswer"> = {
  procedure: juminhyo,
  date: "2026-12-01",
  ward: "431056",
  results: [
    {
      place: kitaPlace,
      level: "FULL",
      residentsOnly: false,
      feeYen: 300,
      feeNote: "1通につき",
      hours: weekday("2026-12-01"),
    },
    {
      place: chuoPlace,
      level: "RECEPTION_ONLY",
      conditionsJa: "郵送でお届けします",
      conditionsEn: "Sent by post",
      residentsOnly: true,
      feeYen: 300,
      hours: weekday("2026-12-01"),
    },
    {
      place: storePlace,
      level: "FULL",
      conditionsJa: "マイナンバーカードが必要",
      residentsOnly: false,
      feeYen: 200,
      hours: { date: "2026-12-01", open: true, spans: [{ opens: "06:30", closes: "23:00" }], kind: "REGULAR" },
    },
  ],
  alternatives: [kisaiSummary],
};

export const closedAnswer: Schema<"FinderAnswer"> = {
  procedure: juminhyo,
  date: "2027-01-01",
  results: [],
  explanationJa:
    "2027-01-01 は、この手続きができる窓口・チャネルがすべて閉まっています（年末年始）。次に手続きできるのは 2027-01-04 です。",
  explanationEn: "On 2027-01-01 every office and channel that handles this procedure is closed (Year-end holidays).",
  nextOpenDate: "2027-01-04",
  alternatives: [],
};

export const matrix: Schema<"AvailabilityMatrix"> = {
  places: [chuoPlace, kitaPlace, storePlace],
  rows: [
    { procedure: juminhyoSummary, levels: ["FULL", "RECEPTION_ONLY", "FULL"], conditional: [2] },
    { procedure: kisaiSummary, levels: ["ISSUE_ONLY", "NONE", "NONE"], conditional: [] },
    { procedure: inkanSummary, levels: ["FULL", "FULL", "FULL"], conditional: [] },
  ],
};

export const admin: Schema<"Me"> = {
  username: "admin",
  displayName: "システム管理者",
  role: "ADMIN",
  ward: null,
  bureau: null,
  section: null,
  scopes: [],
  passwordChangeRequired: false,
};

export const hqStaff: Schema<"Me"> = {
  username: "hq",
  displayName: "本庁 太郎",
  role: "HQ",
  ward: null,
  bureau: { code: "policy", nameJa: "政策局", nameEn: "Policy Bureau" },
  section: { code: "ward-coordination", nameJa: "区政推進課", nameEn: "Ward Coordination Section" },
  scopes: [],
  passwordChangeRequired: false,
};
