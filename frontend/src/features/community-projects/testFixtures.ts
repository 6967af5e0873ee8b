import type { Schema } from "../../api/schemas";
import { chuoStaff } from "../../test/fixtures";

export const chuoLiaison: Schema<"Me"> = {
  ...chuoStaff,
  username: "chuo-liaison",
  displayName: "地域 健太",
  role: "LIAISON",
};

export const ideaSummary: Schema<"CommunityProjectSummary"> = {
  id: 11,
  wardCode: "431010",
  schoolDistrict: "慶徳校区",
  title: "慶徳校区 花いっぱい運動",
  status: "IDEA",
  visibility: "PUBLIC",
  groups: [{ id: 3, name: "慶徳校区自治協議会" }],
  nextMilestone: null,
  updatedAt: "2026-11-02T01:00:00Z",
};

export const activeSummary: Schema<"CommunityProjectSummary"> = {
  id: 12,
  wardCode: "431010",
  schoolDistrict: "白川校区",
  title: "白川河川敷の清掃",
  status: "ACTIVE",
  visibility: "INTERNAL",
  groups: [],
  nextMilestone: { id: 5, title: "秋の一斉清掃", dueOn: "2026-12-05", done: false, version: 0 },
  lastActivityOn: "2026-11-20",
  updatedAt: "2026-11-20T06:00:00Z",
};

export const planningProject: Schema<"CommunityProject"> = {
  id: 12,
  wardCode: "431010",
  schoolDistrict: "白川校区",
  title: "白川河川敷の清掃",
  summary: "自治会と一緒に河川敷を清掃する。",
  status: "PLANNING",
  visibility: "INTERNAL",
  baseOffice: { id: 19, nameJa: "白川まちづくりセンター", nameEn: "Shirakawa Community Center" },
  groups: [{ id: 3, name: "白川自治会" }],
  liaisons: [{ username: "chuo-liaison", displayName: "地域 健太" }],
  applications: [{ id: 8, programId: 1, title: "清掃用具の購入", status: "GRANTED" }],
  voices: [{ id: 41, reference: "V-2026-000041", status: "CLOSED" }],
  milestones: [
    { id: 5, title: "秋の一斉清掃", dueOn: "2026-12-05", done: false, version: 2 },
    { id: 4, title: "参加者の募集", dueOn: "2026-10-01", done: true, version: 1 },
  ],
  activities: [
    {
      id: 9,
      heldOn: "2026-11-20",
      description: "下見と打合せ",
      participants: 6,
      recordedBy: "chuo-liaison",
      recordedAt: "2026-11-20T06:00:00Z",
    },
  ],
  participantsTotal: 6,
  actions: ["START", "PAUSE"],
  editable: true,
  createdAt: "2026-09-10T01:00:00Z",
  updatedAt: "2026-11-20T06:00:00Z",
  version: 3,
};

export const stats: Schema<"CommunityProjectStats"> = {
  wards: [
    {
      key: "431010",
      labelJa: "中央区",
      labelEn: "Chuo Ward",
      idea: 1,
      planning: 2,
      active: 3,
      completed: 0,
      paused: 1,
      total: 7,
    },
    {
      key: "431056",
      labelJa: "北区",
      labelEn: "Kita Ward",
      idea: 0,
      planning: 0,
      active: 2,
      completed: 1,
      paused: 0,
      total: 3,
    },
  ],
  total: {
    key: "total",
    labelJa: "合計",
    labelEn: "Total",
    idea: 1,
    planning: 2,
    active: 5,
    completed: 1,
    paused: 1,
    total: 10,
  },
};

export const meeting: Schema<"DialogueMeeting"> = {
  id: 4,
  wardCode: "431010",
  title: "慶徳校区 区長と語る会",
  heldOn: "2026-11-14",
  place: "慶徳まちづくりセンター",
  participants: 21,
  minutes: "防犯灯について意見が出た。",
  voices: [],
  editable: true,
  createdBy: "chuo",
  createdAt: "2026-11-14T09:00:00Z",
  updatedAt: "2026-11-16T02:00:00Z",
  version: 1,
};

export const keitokuArea: Schema<"CommunityArea"> = {
  id: 31,
  wardCode: "431010",
  kind: "SCHOOL_DISTRICT",
  name: "慶徳校区",
  nameKana: "けいとくこうく",
  office: null,
  centre: { id: 30, kind: "COMMUNITY_CENTER", name: "五福まちづくりセンター" },
  districts: [],
  liaisons: [{ username: "chuo-liaison", displayName: "地域 健太", from: "2026-04-01", to: null, current: true }],
  history: [
    {
      username: "chuo-liaison",
      displayName: "地域 健太",
      from: "2026-04-01",
      to: null,
      assignedBy: "chuo",
      assignedAt: "2026-03-24T01:00:00Z",
      endedBy: null,
      endedAt: null,
    },
    {
      username: "former-liaison",
      displayName: "前任 一郎",
      from: "2025-04-01",
      to: "2026-03-31",
      assignedBy: "chuo",
      assignedAt: "2025-03-25T01:00:00Z",
      endedBy: "chuo",
      endedAt: "2026-03-24T01:00:00Z",
    },
  ],
  editable: true,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-03-24T01:00:00Z",
  version: 2,
};

export const keitokuSummary: Schema<"CommunityAreaSummary"> = {
  id: 31,
  wardCode: "431010",
  kind: "SCHOOL_DISTRICT",
  name: "慶徳校区",
  nameKana: "けいとくこうく",
  office: null,
  centre: { id: 30, kind: "COMMUNITY_CENTER", name: "五福まちづくりセンター" },
  liaisons: keitokuArea.liaisons,
  version: 2,
};

export const myKeitoku: Schema<"MyCommunityArea"> = {
  area: keitokuSummary,
  since: "2026-04-01",
  schoolDistricts: ["慶徳校区"],
  groups: [{ id: 3, type: "SCHOOL_DISTRICT_COUNCIL", name: "慶徳校区自治協議会", schoolDistrict: "慶徳校区" }],
  projects: [ideaSummary],
  upcomingMeetings: [
    {
      id: 7,
      wardCode: "431010",
      title: "慶徳校区 通学路の安全を話し合う会",
      heldOn: "2026-12-20",
      place: "五福まちづくりセンター",
      schoolDistrict: "慶徳校区",
      participants: 0,
      voices: 0,
    },
  ],
  recentVoices: [
    {
      id: 41,
      reference: "V-2026-000041",
      receivedOn: "2026-11-18",
      type: "REQUEST",
      status: "RECEIVED",
      schoolDistrict: "慶徳校区",
      excerpt: "通学路の防犯灯が切れています。",
    },
  ],
  openVoices: 3,
};
