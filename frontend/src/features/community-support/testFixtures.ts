import { json } from "../../test/fetchMock";
import type { CommunityGroup, GrantStats, SupportApplication, SupportProgram } from "./communityTypes";

export const noNotifications = () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 });

export const keitoku: CommunityGroup = {
  id: 1,
  type: "SCHOOL_DISTRICT_COUNCIL",
  name: "慶徳校区自治協議会",
  nameKana: "けいとくこうくじちきょうぎかい",
  wardCode: "431010",
  schoolDistrict: "慶徳校区",
  activityAreas: ["新町1丁目", "魚屋町"],
  officers: [
    { role: "PRESIDENT", name: "見本 一郎", termFrom: "2026-04-01", termTo: "2028-03-31", current: true },
    { role: "PRESIDENT", name: "架空 源太", termFrom: "2024-04-01", termTo: "2026-03-31", current: false },
  ],
  hasContact: true,
  editable: true,
  version: 3,
};

export const chuoProgram: SupportProgram = {
  id: 1,
  wardCode: "431010",
  cityWide: false,
  fiscalYear: 2026,
  name: "中央区地域づくり活動補助金（サンプル）",
  description: "地域の活動を補助します。",
  eligibility: "区内の団体",
  totalBudgetYen: 1_000_000,
  maximumPerApplicationYen: 300_000,
  minimumPerApplicationYen: 25_000,
  subsidyRate: { numerator: 1, denominator: 2 },
  subsidyRatePercent: 50,
  applicationFrom: "2026-06-01",
  applicationTo: "2027-01-29",
  acceptingApplications: true,
  budgetGrantedYen: 630_000,
  budgetRemainingYen: 370_000,
  version: 0,
};

export const underReview: SupportApplication = {
  id: 11,
  programId: 1,
  programName: chuoProgram.name,
  programWardCode: "431010",
  fiscalYear: 2026,
  groupId: 1,
  groupName: keitoku.name,
  groupWardCode: "431010",
  title: "校区ふれあい夏まつり",
  plannedActivity: "夏まつりを開く。",
  activityFrom: "2027-02-01",
  activityTo: "2027-02-28",
  eligibleCostYen: 100_000,
  requestedAmountYen: 80_000,
  status: "UNDER_REVIEW",
  submittedOn: "2026-11-20",
  actions: ["GRANT", "DECLINE"],
  history: [
    { occurredAt: "2026-11-19T01:00:00Z", actor: "chuo", action: "CREATE", toStatus: "DRAFT" },
    { occurredAt: "2026-11-20T01:00:00Z", actor: "chuo", action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED" },
    {
      occurredAt: "2026-11-21T01:00:00Z",
      actor: "chuo",
      action: "REVIEW",
      fromStatus: "SUBMITTED",
      toStatus: "UNDER_REVIEW",
    },
  ],
  createdBy: "chuo",
  version: 2,
};

export const statsByProgram: GrantStats = {
  groupBy: "program",
  groups: [
    {
      key: "1",
      labelJa: chuoProgram.name,
      labelEn: "Chuo Ward community subsidy (sample)",
      applications: 7,
      grantedCount: 4,
      grantedAmountYen: 630_000,
      settledAmountYen: 90_000,
      budgetYen: 1_000_000,
      budgetUsedYen: 630_000,
      budgetUsedPercent: 63,
    },
    {
      key: "2",
      labelJa: "東区まちづくり活動応援補助金（サンプル）",
      labelEn: "Higashi Ward subsidy (sample)",
      applications: 0,
      grantedCount: 0,
      grantedAmountYen: 0,
      settledAmountYen: 0,
      budgetYen: 800_000,
      budgetUsedYen: 0,
      budgetUsedPercent: 0,
    },
  ],
  total: {
    key: "total",
    labelJa: "合計",
    labelEn: "Total",
    applications: 7,
    grantedCount: 4,
    grantedAmountYen: 630_000,
    settledAmountYen: 90_000,
    budgetYen: 1_800_000,
    budgetUsedYen: 630_000,
    budgetUsedPercent: 35,
  },
};
