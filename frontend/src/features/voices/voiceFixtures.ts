import type { Schema } from "../../api/schemas";

/** Test data for the residents' voice pages. */
export const categories: Schema<"VoiceCategory">[] = [
  { code: "roads", nameJa: "道路", nameEn: "Roads", groupJa: "まちの基盤" },
  { code: "parks", nameJa: "公園", nameEn: "Parks", groupJa: "まちの基盤" },
  { code: "safety", nameJa: "防犯・防災", nameEn: "Safety and disaster prevention", groupJa: "くらしの安全" },
];

export const bureaus: Schema<"Bureau">[] = [
  {
    code: "policy",
    nameJa: "政策局",
    nameEn: "Policy Bureau",
    sortOrder: 1,
    sections: [{ code: "ward-coordination", nameJa: "区政推進課", nameEn: "Ward Coordination Section" }],
    version: 0,
  },
];

export const receivedVoice: Schema<"Voice"> = {
  id: 123,
  reference: "V-2026-000123",
  channel: "PHONE",
  type: "REQUEST",
  categories: ["roads", "safety"],
  wardCode: "431010",
  schoolDistrict: "慶徳校区",
  text: "通学路の街灯が切れていて夜は真っ暗です。",
  location: "中央区新町2丁目",
  receivedOn: "2026-11-20",
  dueOn: "2026-12-04",
  overdue: false,
  status: "RECEIVED",
  publication: { status: "UNDECIDED" },
  hasPersonalData: true,
  canReadPersonalData: true,
  photos: [],
  createdBy: "chuo",
  createdAt: "2026-11-20T01:00:00Z",
  updatedAt: "2026-11-20T01:00:00Z",
  actions: ["TRIAGE"],
  history: [{ occurredAt: "2026-11-20T01:00:00Z", actor: "chuo", action: "RECEIVE", toStatus: "RECEIVED" }],
  version: 0,
};

export const overdueSummary: Schema<"VoiceSummary"> = {
  id: 45,
  reference: "V-2026-000045",
  channel: "COUNTER",
  type: "COMPLAINT",
  categories: ["parks"],
  wardCode: "431056",
  excerpt: "公園の草が伸び放題です。",
  receivedOn: "2026-10-01",
  dueOn: "2026-10-15",
  overdue: true,
  status: "ASSIGNED",
  assignedWardCode: "431056",
  publication: "UNDECIDED",
  version: 2,
};

export const triagedSummary: Schema<"VoiceSummary"> = {
  id: 46,
  reference: "V-2026-000046",
  channel: "PHONE",
  type: "REQUEST",
  categories: ["roads"],
  wardCode: "431010",
  excerpt: "街灯が切れています。",
  receivedOn: "2026-11-01",
  dueOn: "2026-11-15",
  overdue: false,
  status: "TRIAGED",
  publication: "UNDECIDED",
  version: 1,
};

/** The people voices can be assigned to: ward staff and HQ staff of a section. */
export const assignees: Schema<"VoiceAssignee">[] = [
  { username: "chuo", displayName: "中央 花子", role: "WARD", wardCode: "431010" },
  { username: "chuo-kessai", displayName: "決裁 一郎", role: "WARD", wardCode: "431010" },
  { username: "hq", displayName: "本庁 太郎", role: "HQ", bureauCode: "policy", sectionCode: "ward-coordination" },
];

export function page(items: Schema<"VoiceSummary">[], total = items.length): Schema<"VoicePage"> {
  return { items, page: 0, size: 20, total };
}

export function stats(groupBy: string, buckets: [string, string, number][], total?: number): Schema<"VoiceStats"> {
  return {
    groupBy,
    total: total ?? buckets.reduce((sum, [, , count]) => sum + count, 0),
    buckets: buckets.map(([key, labelJa, count]) => ({ key, labelJa, labelEn: key, count })),
  };
}
