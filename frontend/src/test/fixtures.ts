import type { Schema } from "../api/schemas";

export const wards: Schema<"Ward">[] = [
  { code: "431010", nameJa: "中央区", nameKana: "ちゅうおうく", nameEn: "Chuo Ward", officeId: 1, version: 1 },
  { code: "431021", nameJa: "東区", nameKana: "ひがしく", nameEn: "Higashi Ward", officeId: 2, version: 1 },
  { code: "431030", nameJa: "西区", nameKana: "にしく", nameEn: "Nishi Ward", officeId: 3, version: 1 },
  { code: "431048", nameJa: "南区", nameKana: "みなみく", nameEn: "Minami Ward", officeId: 4, version: 1 },
  { code: "431056", nameJa: "北区", nameKana: "きたく", nameEn: "Kita Ward", officeId: 5, version: 1 },
];

export const chuoWardOffice: Schema<"Office"> = {
  id: 1,
  type: "WARD_OFFICE",
  wardCode: "431010",
  nameJa: "中央区役所",
  nameKana: "ちゅうおうくやくしょ",
  nameEn: "Chuo Ward Office",
  poiCode: "P-431010-001",
  postalCode: "860-8601",
  address: "熊本市中央区手取本町1番1号",
  phone: "096-328-2111",
  closedOnHolidays: true,
  closedYearEnd: true,
  version: 3,
};

export const shimizuCenter: Schema<"Office"> = {
  id: 42,
  type: "COMMUNITY_CENTER",
  wardCode: "431056",
  nameJa: "清水まちづくりセンター",
  nameKana: "しみずまちづくりせんたー",
  nameEn: "Shimizu Community Development Center",
  poiCode: "P-431056-042",
  address: "熊本市北区清水本町1番1号",
  phone: "096-343-0000",
  closedOnHolidays: true,
  closedYearEnd: true,
  version: 1,
};

export const chuoStaff: Schema<"Me"> = {
  username: "chuo",
  displayName: "中央 花子",
  role: "WARD",
  ward: { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" },
  bureau: null,
  section: null,
  scopes: ["offices:read"],
  passwordChangeRequired: false,
};
